import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { SwitchboardError } from '@/api';
import {
  MySpySessionDocument,
  PauseReasonsDocument,
  SpyAgentDocument,
  StopSpyingDocument,
  SupervisedCampaignsDocument,
  SupervisedGroupsDocument,
  type SpyMode,
} from '@/generated/graphql';
import { FakeApi } from '@/testing/fake-api';
import { agentLive } from '@/testing/fixtures';
import type { AgentLive, SpySession } from '@/stores';
import { mountScreen } from '../spec-helpers';
import AgentsGrid from './AgentsGrid.vue';

const session = (agentId: string, callId: string, mode: SpyMode): SpySession => ({
  agentId,
  callId,
  mode,
  startedAt: '2026-12-02T10:00:00.000Z',
  supervisorUserId: 'sup-1',
});

function api(spySession: SpySession | null = null) {
  return new FakeApi()
    .on(SupervisedCampaignsDocument, { campaigns: { nodes: [] } })
    .on(SupervisedGroupsDocument, { agentGroups: { nodes: [] } })
    .on(PauseReasonsDocument, { pauses: { nodes: [] } })
    .on(MySpySessionDocument, { mySpySession: spySession })
    .on(SpyAgentDocument, ({ agentId, mode }) => ({ spyAgent: session(agentId, `call-of-${agentId}`, mode) }))
    .on(StopSpyingDocument, { stopSpying: true });
}

const onCall = (agentId: string) =>
  agentLive({ agentId, username: agentId, state: 'ON_CALL', callId: `call-of-${agentId}`, callCampaignId: 'c1' });

function mountGrid(agents: AgentLive[], fake = api(), locale: 'en' | 'es' = 'en') {
  return mountScreen(AgentsGrid, {
    api: fake,
    locale,
    realActions: true,
    state: { supervisedAgents: { byAgentId: Object.fromEntries(agents.map((a) => [a.agentId, a])), stale: false } },
  });
}

const spyButtons = (wrapper: ReturnType<typeof mountGrid>['wrapper'], agent: string) =>
  wrapper.findAll(`tr[data-agent="${agent}"] [data-spy]`);

describe('spy, whisper and barge in the agents grid', () => {
  it('are offered only on agents talking on a call', async () => {
    const { wrapper } = mountGrid([
      onCall('ana'),
      agentLive({ agentId: 'ben', username: 'ben', state: 'READY' }),
      agentLive({ agentId: 'cai', username: 'cai', state: 'RINGING', callId: 'call-x' }),
      agentLive({ agentId: 'dan', username: 'dan', state: 'PAUSED', pauseId: 'ACW', callId: 'call-y' }),
    ]);
    await flushPromises();
    expect(spyButtons(wrapper, 'ana').map((b) => b.text())).toEqual(['Listen', 'Whisper', 'Barge']);
    for (const agent of ['ben', 'cai', 'dan']) expect(spyButtons(wrapper, agent), agent).toHaveLength(0);
  });

  it('listens, changes the mode on the same agent, and stops', async () => {
    const fake = api();
    const { wrapper } = mountGrid([onCall('ana')], fake);
    await flushPromises();
    await wrapper.find('[data-spy="LISTEN"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-spy="LISTEN"]').attributes('aria-pressed')).toBe('true');
    expect(wrapper.find('[data-spy="STOP"]').exists()).toBe(true);

    await wrapper.find('[data-spy="BARGE"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-spy="BARGE"]').attributes('aria-pressed')).toBe('true');
    expect(wrapper.find('[data-spy="LISTEN"]').attributes('aria-pressed')).toBe('false');

    await wrapper.find('[data-spy="STOP"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-spy="STOP"]').exists()).toBe(false);
    expect(fake.requests.map((r) => [r.name, r.variables]).filter(([name]) => name !== 'SupervisedCampaigns')).toEqual(
      expect.arrayContaining([
        ['SpyAgent', { agentId: 'ana', mode: 'LISTEN' }],
        ['SpyAgent', { agentId: 'ana', mode: 'BARGE' }],
        ['StopSpying', undefined],
      ]),
    );
  });

  it('ends the session on one agent before listening to another', async () => {
    const fake = api(session('ana', 'call-of-ana', 'WHISPER'));
    const { wrapper } = mountGrid([onCall('ana'), onCall('ben')], fake);
    await flushPromises();
    // After a reload the running session is read back: its mode shows pressed.
    expect(wrapper.find('tr[data-agent="ana"] [data-spy="WHISPER"]').attributes('aria-pressed')).toBe('true');
    await wrapper.find('tr[data-agent="ben"] [data-spy="LISTEN"]').trigger('click');
    await flushPromises();
    const names = fake.requests.map((r) => r.name);
    expect(names.slice(names.indexOf('StopSpying'))).toEqual(['StopSpying', 'SpyAgent']);
    expect(wrapper.find('tr[data-agent="ana"] [data-spy="STOP"]').exists()).toBe(false);
    expect(wrapper.find('tr[data-agent="ben"] [data-spy="STOP"]').exists()).toBe(true);
  });

  it("no longer shows a session once the agent's call changed", async () => {
    const { wrapper } = mountGrid([onCall('ana')], api(session('ana', 'an-earlier-call', 'LISTEN')));
    await flushPromises();
    expect(wrapper.find('[data-spy="STOP"]').exists()).toBe(false);
  });

  it('shows a refusal by its reason, in Spanish for a Spanish supervisor', async () => {
    const fake = api().on(SpyAgentDocument, () => {
      throw new SwitchboardError('no phone', 'BAD_USER_INPUT', 'SPY_PHONE_NOT_REGISTERED', undefined, undefined);
    });
    const { wrapper } = mountGrid([onCall('ana')], fake, 'es');
    await flushPromises();
    expect(spyButtons(wrapper, 'ana').map((b) => b.text())).toEqual(['Escuchar', 'Susurrar', 'Intervenir']);
    await wrapper.find('[data-spy="WHISPER"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('tr[data-agent="ana"] [role="alert"]').text()).toBe(
      'Su teléfono no está registrado: no puede sonar.',
    );
  });
});
