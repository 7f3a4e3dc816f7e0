import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router';
import { useSessionStore } from '@/stores';
import WorkspaceView from '@/views/WorkspaceView.vue';
import LoginView from '@/views/LoginView.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (only the login screen). */
    public?: boolean;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: LoginView, meta: { public: true } },
  { path: '/', name: 'workspace', component: WorkspaceView },
  // The workspace is what an agent opens first; the rest loads when asked for.
  { path: '/agenda', name: 'agenda', component: () => import('@/views/AgendaView.vue') },
  { path: '/calls', name: 'calls', component: () => import('@/views/CallsView.vue') },
  { path: '/contacts', name: 'contacts', component: () => import('@/views/ContactsView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

/** Unauthenticated visitors go to /login (and come back after); a session skips the login. */
export function guard(to: RouteLocationNormalized) {
  const authenticated = useSessionStore().isAuthenticated;
  if (!to.meta.public && !authenticated) {
    return to.fullPath === '/' ? { name: 'login' } : { name: 'login', query: { redirect: to.fullPath } };
  }
  if (to.name === 'login' && authenticated) return { name: 'workspace' };
  return true;
}

export const router = createRouter({ history: createWebHistory(), routes });
router.beforeEach(guard);
