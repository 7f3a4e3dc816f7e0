import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useSessionStore, type ConsoleUser } from '@/stores';
import { guard, routes } from './index';

function router() {
  const r = createRouter({ history: createMemoryHistory(), routes });
  r.beforeEach(guard);
  return r;
}

function user(permissions: string[], agent: boolean): ConsoleUser {
  return {
    id: 'u1',
    username: 'someone',
    firstName: '',
    lastName: '',
    role: { name: 'role', builtIn: null, permissions },
    agentProfile: agent ? ({ id: 'a1', sipExtension: 1001, phoneType: 'WEBRTC', group: {} } as never) : null,
  } as ConsoleUser;
}

const agent = () => user(['AGENT_CONSOLE'], true);
const supervisor = () => user(['SUPERVISION', 'CAMPAIGNS_READ', 'TELEPHONY_READ'], false);
const administrator = () => user(['SUPERVISION', 'CAMPAIGNS_MANAGE', 'TELEPHONY_READ', 'TELEPHONY_MANAGE'], false);

function signIn(me: ConsoleUser | null) {
  const session = useSessionStore();
  session.setToken('token');
  session.setMe(me);
}

beforeEach(() => setActivePinia(createPinia()));

describe('the router guard', () => {
  it('sends an unauthenticated visitor to /login, remembering where it was going', async () => {
    const r = router();
    await r.push('/agenda');
    expect(r.currentRoute.value.fullPath).toBe('/login?redirect=/agenda');
    await r.push('/');
    expect(r.currentRoute.value.path).toBe('/login');
    await r.push('/supervision');
    expect(r.currentRoute.value.fullPath).toBe('/login?redirect=/supervision');
  });

  it('lets an agent with a session in, and skips the login screen', async () => {
    signIn(agent());
    const r = router();
    await r.push('/calls');
    expect(r.currentRoute.value.path).toBe('/calls');
    await r.push('/login');
    expect(r.currentRoute.value.path).toBe('/');
  });

  it('refuses the supervision area and the wallboard to an agent: back to its workspace', async () => {
    signIn(agent());
    const r = router();
    for (const path of ['/supervision', '/supervision/campaigns/c1', '/wallboard']) {
      await r.push(path);
      expect(r.currentRoute.value.name, path).toBe('workspace');
    }
  });

  it('lands a supervisor on the agents grid and refuses it the agent workspace', async () => {
    signIn(supervisor());
    const r = router();
    await r.push('/login');
    expect(r.currentRoute.value.name).toBe('supervision');
    for (const path of ['/', '/agenda', '/calls', '/contacts']) {
      await r.push(path);
      expect(r.currentRoute.value.name, path).toBe('supervision');
    }
    await r.push('/wallboard');
    expect(r.currentRoute.value.name).toBe('wallboard');
    await r.push('/supervision/campaigns/c1');
    expect(r.currentRoute.value.params['campaignId']).toBe('c1');
  });

  it('lets an agent whose role also supervises into both areas, landing in the workspace', async () => {
    signIn(user(['AGENT_CONSOLE', 'SUPERVISION'], true));
    const r = router();
    await r.push('/login');
    expect(r.currentRoute.value.name).toBe('workspace');
    await r.push('/supervision');
    expect(r.currentRoute.value.name).toBe('supervision');
  });

  it('opens the administration to administrators only: a supervisor and an agent are sent home', async () => {
    const r = router();
    signIn(supervisor());
    for (const path of ['/admin', '/admin/ivrs', '/admin/time-groups', '/admin/time-conditions', '/admin/audio']) {
      await r.push(path);
      expect(r.currentRoute.value.name, path).toBe('supervision');
    }
    signIn(agent());
    await r.push('/admin/audio');
    expect(r.currentRoute.value.name).toBe('workspace');
  });

  it('lets an administrator into the administration and the supervision, landing in supervision', async () => {
    signIn(administrator());
    const r = router();
    await r.push('/login');
    expect(r.currentRoute.value.name).toBe('supervision');
    for (const [path, name] of [
      ['/admin', 'admin'],
      ['/admin/ivrs', 'admin-ivrs'],
      ['/admin/time-groups', 'admin-time-groups'],
      ['/admin/time-conditions', 'admin-time-conditions'],
      ['/admin/audio', 'admin-audio'],
    ]) {
      await r.push(path!);
      expect(r.currentRoute.value.name, path).toBe(name);
    }
    await r.push('/');
    expect(r.currentRoute.value.name).toBe('supervision');
  });

  it('sends an unauthenticated visitor of the administration to /login', async () => {
    const r = router();
    await r.push('/admin/ivrs');
    expect(r.currentRoute.value.fullPath).toBe('/login?redirect=/admin/ivrs');
  });

  it('lets the route through while `me` is still unknown (main.ts re-checks once it is)', async () => {
    signIn(null);
    const r = router();
    await r.push('/supervision');
    expect(r.currentRoute.value.name).toBe('supervision');
  });
});

describe('the session store', () => {
  it('says where each user belongs', () => {
    const session = useSessionStore();
    expect(session.home).toBeNull();
    session.setMe(agent());
    expect([session.isAgent, session.canSupervise, session.home]).toEqual([true, false, 'agent']);
    session.setMe(supervisor());
    expect([session.isAgent, session.canSupervise, session.home]).toEqual([false, true, 'supervision']);
    session.setMe(user(['REPORTS_READ'], false));
    expect(session.home).toBeNull();
    session.setMe(administrator());
    expect([session.canSupervise, session.canAdminister, session.home]).toEqual([true, true, 'supervision']);
    session.setMe(supervisor());
    expect(session.canAdminister).toBe(false);
  });
});
