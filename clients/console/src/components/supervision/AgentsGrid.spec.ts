import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { SwitchboardError } from '@/api';
import {
  ForceAgentLogoutDocument,
  ForceAgentPauseDocument,
  ForceAgentUnpauseDocument,
  MySpySessionDocument,
  PauseReasonsDocument,
  SupervisedCampaignsDocument,
  SupervisedGroupsDocument,
} from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { agentLive } from '@/testing/fixtures';
import type { AgentLive } from '@/stores';
import { asked, mountScreen } from '../spec-helpers';
import AgentsGrid from './AgentsGrid.vue';

const NOW = Date.parse('2026-12-02T10:10:00.000Z');
const secondsAgo = (s: number) => new Date(NOW - s * 1000).toISOString();

function directoryApi() {
  return new FakeApi()
    .on(SupervisedCampaignsDocument, {
      campaigns: {
        nodes: [
          { id: 'c-sales', name: 'Sales', type: 'INBOUND', state: 'ACTIVE' },
          { id: 'c-debt', name: 'Debt', type: 'DIALER', state: 'ACTIVE' },
        ],
      },
    })
    .on(SupervisedGroupsDocument, {
      agentGroups: {
        nodes: [
          { id: 'g-day', name: 'Day shift' },
          { id: 'g-night', name: 'Night shift' },
        ],
      },
    })
    .on(PauseReasonsDocument, { pauses: { nodes: [{ id: 'p-lunch', name: 'Lunch', type: 'RECREATIONAL' }] } })
    .on(MySpySessionDocument, { mySpySession: null });
}

const ana = agentLive({
  agentId: 'a-ana',
  username: 'ana',
  groupId: 'g-day',
  campaignIds: ['c-sales'],
  state: 'ON_CALL',
  since: secondsAgo(125),
  callId: 'call-1',
  callCampaignId: 'c-sales',
  phone: '5551234',
});
const bruno = agentLive({
  agentId: 'a-bruno',
  username: 'bruno',
  groupId: 'g-night',
  campaignIds: ['c-debt'],
  state: 'PAUSED',
  pauseId: 'p-lunch',
  pauseName: 'Lunch',
  since: secondsAgo(61),
});
const carla = agentLive({
  agentId: 'a-carla',
  username: 'carla',
  groupId: 'g-day',
  campaignIds: ['c-debt'],
  state: 'READY',
  since: secondsAgo(5),
});

function mountGrid(
  agents: AgentLive[],
  { api = directoryApi(), locale = 'en' as 'en' | 'es', serverOffsetMs = 0 } = {},
) {
  return mountScreen(AgentsGrid, {
    api,
    locale,
    state: {
      supervisedAgents: { byAgentId: Object.fromEntries(agents.map((a) => [a.agentId, a])), stale: false },
      connection: { status: 'connected', serverOffsetMs, changedAt: NOW, reconnects: 0 },
    },
  });
}

const row = (wrapper: ReturnType<typeof mountGrid>['wrapper'], username: string) =>
  wrapper.find(`tr[data-agent="${username}"]`);

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setInterval', 'clearInterval'] });
});
afterEach(() => vi.useRealTimers());

describe('AgentsGrid', () => {
  it('shows each agent: group, state, time in state from the server clock, pause, current call', async () => {
    const { wrapper } = mountGrid([bruno, ana, carla], { serverOffsetMs: 2000 });
    await flushPromises();
    expect(wrapper.findAll('tbody tr').map((tr) => tr.attributes('data-agent'))).toEqual(['ana', 'bruno', 'carla']);
    const anaRow = row(wrapper, 'ana');
    expect(anaRow.find('td').text()).toBe('Day shift');
    expect(anaRow.find('[data-test="state"]').text()).toBe('On call');
    expect(anaRow.find('[data-test="time"]').text()).toBe('02:07');
    expect(anaRow.findAll('[data-test="call"] span').map((span) => span.text())).toEqual(['Sales', '5551234', '02:07']);
    expect(row(wrapper, 'bruno').find('[data-test="state"]').text()).toBe('Paused');
    expect(row(wrapper, 'bruno').find('[data-test="pause"]').text()).toBe('Lunch');
    expect(row(wrapper, 'carla').find('[data-test="call"]').text()).toBe('');

    vi.advanceTimersByTime(3000);
    await flushPromises();
    expect(anaRow.find('[data-test="time"]').text()).toBe('02:10');
  });

  it('names after-call work and the supervisor pause', async () => {
    const acw = agentLive({ agentId: 'x', username: 'xavi', state: 'PAUSED', pauseId: 'ACW', pauseName: 'ACW' });
    const forced = agentLive({ agentId: 'y', username: 'yara', state: 'PAUSED', pauseId: 'SUPERVISOR' });
    const { wrapper } = mountGrid([acw, forced]);
    await flushPromises();
    expect(row(wrapper, 'xavi').find('[data-test="state"]').text()).toBe('After-call work');
    expect(row(wrapper, 'yara').find('[data-test="pause"]').text()).toBe('Supervisor pause');
  });

  it('filters by group and by campaign (assigned, or the current call is the campaign’s)', async () => {
    const { wrapper } = mountGrid([ana, bruno, carla]);
    await flushPromises();
    const [group, campaign] = wrapper.findAll('select');
    await group!.setValue('g-day');
    expect(wrapper.findAll('tbody tr').map((tr) => tr.attributes('data-agent'))).toEqual(['ana', 'carla']);
    await campaign!.setValue('c-debt');
    expect(wrapper.findAll('tbody tr').map((tr) => tr.attributes('data-agent'))).toEqual(['carla']);
    await group!.setValue('');
    expect(wrapper.findAll('tbody tr').map((tr) => tr.attributes('data-agent'))).toEqual(['bruno', 'carla']);
  });

  it('force-pauses with the SUPERVISOR pause or a reason, and resumes and logs out', async () => {
    const api = directoryApi()
      .on(ForceAgentPauseDocument, ({ pauseId }) => ({
        forceAgentPause: agentLive({ ...carla, state: 'PAUSED', pauseId: pauseId ?? 'SUPERVISOR', version: 2 }),
      }))
      .on(ForceAgentUnpauseDocument, {
        forceAgentUnpause: agentLive({ ...bruno, state: 'READY', pauseId: null, version: 2 }),
      })
      .on(ForceAgentLogoutDocument, { forceAgentLogout: agentLive({ ...bruno, state: 'OFFLINE', version: 3 }) });
    const { wrapper } = mountGrid([bruno, carla], { api });
    await flushPromises();

    const pause = row(wrapper, 'carla').find('button[aria-haspopup="menu"]');
    expect(pause.attributes('aria-label')).toBe('Pause carla');
    await pause.trigger('click');
    const items = row(wrapper, 'carla').findAll('[role="menuitem"]');
    expect(items.map((item) => item.text())).toEqual(['Supervisor pause', 'Lunch']);
    await items[0]!.trigger('click');
    await flushPromises();
    await row(wrapper, 'carla').find('button[aria-haspopup="menu"]').trigger('click');
    await row(wrapper, 'carla').findAll('[role="menuitem"]')[1]!.trigger('click');
    await flushPromises();
    expect(api.requests.filter((r) => r.name === 'ForceAgentPause').map((r) => r.variables)).toEqual([
      { agentId: 'a-carla', pauseId: null },
      { agentId: 'a-carla', pauseId: 'p-lunch' },
    ]);

    // A paused agent offers Resume, not Pause.
    expect(row(wrapper, 'bruno').find('button[aria-haspopup="menu"]').exists()).toBe(false);
    await row(wrapper, 'bruno').find('button[aria-label="Resume bruno"]').trigger('click');
    await flushPromises();
    await row(wrapper, 'bruno').find('button[aria-label="Log out bruno"]').trigger('click');
    await flushPromises();
    expect(asked(api).slice(-2)).toEqual(['ForceAgentUnpause', 'ForceAgentLogout']);
  });

  it("shows a refused force action by the server's reason, in the supervisor's words", async () => {
    const api = directoryApi().on(ForceAgentPauseDocument, () => {
      throw new SwitchboardError('not logged in', 'CONFLICT', 'AGENT_SESSION_NOT_LOGGED_IN', undefined, undefined);
    });
    const { wrapper } = mountGrid([carla], { api });
    await flushPromises();
    await row(wrapper, 'carla').find('button[aria-haspopup="menu"]').trigger('click');
    await row(wrapper, 'carla').find('[role="menuitem"]').trigger('click');
    await flushPromises();
    expect(row(wrapper, 'carla').find('[role="alert"]').text()).toBe('The agent is not logged in.');
  });

  it('offers no action on an agent who is offline but the grid still shows it', async () => {
    const { wrapper } = mountGrid([agentLive({ agentId: 'o', username: 'olga', state: 'OFFLINE' })]);
    await flushPromises();
    expect(row(wrapper, 'olga').findAll('button')).toHaveLength(0);
    expect(row(wrapper, 'olga').find('[data-test="state"]').text()).toBe('Offline');
  });

  it('speaks Spanish', async () => {
    const api = directoryApi().on(ForceAgentPauseDocument, () => {
      throw new SwitchboardError('forbidden', 'FORBIDDEN', 'COMMON_FORBIDDEN', undefined, undefined);
    });
    const { wrapper } = mountGrid([ana, carla], { locale: 'es', api });
    await flushPromises();
    expect(wrapper.find('h2').text()).toBe('Agentes');
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      'Agente',
      'Grupo',
      'Estado',
      'Tiempo',
      'Pausa',
      'Llamada actual',
      'Acciones',
    ]);
    expect(row(wrapper, 'ana').find('[data-test="state"]').text()).toBe('En llamada');
    await row(wrapper, 'carla').find('button[aria-haspopup="menu"]').trigger('click');
    expect(row(wrapper, 'carla').find('[role="menuitem"]').text()).toBe('Pausa de supervisor');
    await row(wrapper, 'carla').find('[role="menuitem"]').trigger('click');
    await flushPromises();
    expect(row(wrapper, 'carla').find('[role="alert"]').text()).toBe('Este agente no está en sus campañas.');
  });
});
