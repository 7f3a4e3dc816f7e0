import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useSessionStore } from '@/stores';
import { guard, routes } from './index';

function router() {
  const r = createRouter({ history: createMemoryHistory(), routes });
  r.beforeEach(guard);
  return r;
}

beforeEach(() => setActivePinia(createPinia()));

describe('the router guard', () => {
  it('sends an unauthenticated visitor to /login, remembering where it was going', async () => {
    const r = router();
    await r.push('/agenda');
    expect(r.currentRoute.value.fullPath).toBe('/login?redirect=/agenda');
    await r.push('/');
    expect(r.currentRoute.value.path).toBe('/login');
  });

  it('lets an agent with a session in, and skips the login screen', async () => {
    useSessionStore().setToken('token');
    const r = router();
    await r.push('/calls');
    expect(r.currentRoute.value.path).toBe('/calls');
    await r.push('/login');
    expect(r.currentRoute.value.path).toBe('/');
  });
});
