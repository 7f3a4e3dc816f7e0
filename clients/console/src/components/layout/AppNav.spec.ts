import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { defineComponent } from 'vue';
import type { ConsoleUser } from '@/stores';
import { mountScreen } from '../spec-helpers';
import AppNav from './AppNav.vue';

const Page = defineComponent({ render: () => null });

function user(permissions: string[]): ConsoleUser {
  return {
    id: 'u1',
    username: 'admin',
    firstName: '',
    lastName: '',
    role: { name: 'role', builtIn: null, permissions },
    agentProfile: null,
  } as ConsoleUser;
}

async function mountNav(area: 'supervision' | 'admin', permissions: string[], locale: 'en' | 'es' = 'en') {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: Page }] });
  await router.push(area === 'admin' ? '/admin/ivrs' : '/supervision');
  const mounted = mountScreen(AppNav, {
    locale,
    props: { area },
    plugins: [router],
    state: { session: { token: 't', me: user(permissions) } },
  });
  await flushPromises();
  return mounted;
}

const links = (wrapper: Awaited<ReturnType<typeof mountNav>>['wrapper']) =>
  wrapper.findAll('nav a').map((a) => [a.text(), a.attributes('href')]);

describe('AppNav', () => {
  it("lists the administration's pages, and the way back to supervision for a supervising administrator", async () => {
    const { wrapper } = await mountNav('admin', ['SUPERVISION', 'TELEPHONY_MANAGE']);
    expect(wrapper.find('nav').attributes('aria-label')).toBe('Administration');
    expect(links(wrapper)).toEqual([
      ['Inbound routes', '/admin'],
      ['IVRs', '/admin/ivrs'],
      ['Time groups', '/admin/time-groups'],
      ['Time conditions', '/admin/time-conditions'],
      ['Audio library', '/admin/audio'],
      ['Supervision', '/supervision'],
    ]);
    expect(wrapper.find('a.current').text()).toBe('IVRs');
  });

  it('offers the administration from the supervision bar only to a role that administers', async () => {
    const admin = await mountNav('supervision', ['SUPERVISION', 'TELEPHONY_MANAGE'], 'es');
    expect(links(admin.wrapper).at(-1)).toEqual(['Administración', '/admin']);
    admin.wrapper.unmount();
    const supervisor = await mountNav('supervision', ['SUPERVISION', 'TELEPHONY_READ']);
    expect(links(supervisor.wrapper).map(([, href]) => href)).not.toContain('/admin');
  });
});
