import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router';
import { useSessionStore, type ConsoleArea } from '@/stores';
import WorkspaceView from '@/views/WorkspaceView.vue';
import LoginView from '@/views/LoginView.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (only the login screen). */
    public?: boolean;
    /** The part of the console the route belongs to: agents' workspace, supervision or administration. */
    area?: ConsoleArea;
    /** Full screen, without the console's navigation (the wallboard on a TV). */
    bare?: boolean;
  }
}

const agent = { area: 'agent' } as const;
const supervision = { area: 'supervision' } as const;
const admin = { area: 'admin' } as const;

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: LoginView, meta: { public: true } },
  { path: '/', name: 'workspace', component: WorkspaceView, meta: agent },
  // The workspace is what an agent opens first; the rest loads when asked for.
  { path: '/agenda', name: 'agenda', component: () => import('@/views/AgendaView.vue'), meta: agent },
  { path: '/calls', name: 'calls', component: () => import('@/views/CallsView.vue'), meta: agent },
  { path: '/contacts', name: 'contacts', component: () => import('@/views/ContactsView.vue'), meta: agent },
  {
    path: '/supervision',
    name: 'supervision',
    component: () => import('@/views/SupervisionAgentsView.vue'),
    meta: supervision,
  },
  {
    path: '/supervision/campaigns/:campaignId?',
    name: 'supervision-campaigns',
    component: () => import('@/views/SupervisionCampaignsView.vue'),
    meta: supervision,
  },
  {
    path: '/wallboard',
    name: 'wallboard',
    component: () => import('@/views/WallboardView.vue'),
    meta: { ...supervision, bare: true },
  },
  // Administration: the inbound call flows (routes, IVRs, time groups and conditions) and audios.
  {
    path: '/admin',
    name: 'admin',
    component: () => import('@/views/AdminInboundRoutesView.vue'),
    meta: admin,
  },
  { path: '/admin/ivrs', name: 'admin-ivrs', component: () => import('@/views/AdminIvrsView.vue'), meta: admin },
  {
    path: '/admin/time-groups',
    name: 'admin-time-groups',
    component: () => import('@/views/AdminTimeGroupsView.vue'),
    meta: admin,
  },
  {
    path: '/admin/time-conditions',
    name: 'admin-time-conditions',
    component: () => import('@/views/AdminTimeConditionsView.vue'),
    meta: admin,
  },
  { path: '/admin/audio', name: 'admin-audio', component: () => import('@/views/AdminAudioView.vue'), meta: admin },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

/** The first page of each area. */
export const areaHome: Record<ConsoleArea, string> = { agent: 'workspace', supervision: 'supervision', admin: 'admin' };

type Session = Pick<ReturnType<typeof useSessionStore>, 'isAgent' | 'canSupervise' | 'canAdminister'>;

/** Whether the user's role opens an area: agents the workspace, supervisors supervision, administrators administration. */
export function areaAllowed(area: ConsoleArea, session: Session): boolean {
  if (area === 'agent') return session.isAgent;
  return area === 'supervision' ? session.canSupervise : session.canAdminister;
}

/**
 * Unauthenticated visitors go to /login (and come back after); a session skips the login. Each
 * area is for its role: an agent asking for a supervision page lands in its workspace, a
 * supervisor asking for the workspace or the administration in the supervision area. Until `me` is known (a reload
 * restoring the session) the route is let through: main.ts re-checks it once `me` arrives.
 */
export function guard(to: RouteLocationNormalized) {
  const session = useSessionStore();
  const authenticated = session.isAuthenticated;
  if (!to.meta.public && !authenticated) {
    return to.fullPath === '/' ? { name: 'login' } : { name: 'login', query: { redirect: to.fullPath } };
  }
  const home = session.home;
  if (to.name === 'login' && authenticated) return { name: home ? areaHome[home] : 'workspace' };
  if (to.meta.area && session.me && !areaAllowed(to.meta.area, session)) {
    // A user with neither role has no page: back to the login with the session's refusal.
    return home ? { name: areaHome[home] } : false;
  }
  return true;
}

export const router = createRouter({ history: createWebHistory(), routes });
router.beforeEach(guard);
