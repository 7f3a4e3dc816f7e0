import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { agentLive } from '../testing/fixtures';
import { useCampaignLiveStore, useSupervisedAgentsStore, type CampaignCounters } from './supervision';

let n = 0;
const delivery = (kind: 'SNAPSHOT' | 'CHANGE', agent = agentLive(), id = `d${++n}`) => ({
  id,
  kind,
  occurredAt: '2026-12-02T10:00:00.000Z',
  agent,
});

beforeEach(() => setActivePinia(createPinia()));

describe('the supervised agents store', () => {
  it('replaces on SNAPSHOT, applies a newer CHANGE, drops a stale CHANGE and a redelivered id', () => {
    const store = useSupervisedAgentsStore();
    expect(store.receive(delivery('SNAPSHOT', agentLive({ version: 5, state: 'READY' })))).toBe(true);
    const change = delivery('CHANGE', agentLive({ version: 6, state: 'ON_CALL' }));
    expect(store.receive(change)).toBe(true);
    expect(store.receive(change)).toBe(false);
    expect(store.receive(delivery('CHANGE', agentLive({ version: 4, state: 'PAUSED' })))).toBe(false);
    expect(store.byAgentId['agent-1']?.state).toBe('ON_CALL');
    // A SNAPSHOT replaces even a higher version: the server's store was reset.
    expect(store.receive(delivery('SNAPSHOT', agentLive({ version: 1, state: 'OFFLINE' })))).toBe(true);
    expect(store.byAgentId['agent-1']?.state).toBe('OFFLINE');
  });

  it('keeps one row per agent, sorted by username', () => {
    const store = useSupervisedAgentsStore();
    store.receive(delivery('SNAPSHOT', agentLive({ agentId: 'b', username: 'zoe' })));
    store.receive(delivery('SNAPSHOT', agentLive({ agentId: 'a', username: 'ana' })));
    store.receive(delivery('CHANGE', agentLive({ agentId: 'a', username: 'ana', version: 2 })));
    expect(store.agents.map((agent) => agent.username)).toEqual(['ana', 'zoe']);
  });

  it('a full read replaces the set and ends staleness, keeping an event that overtook it', () => {
    const store = useSupervisedAgentsStore();
    store.receive(delivery('SNAPSHOT', agentLive({ agentId: 'gone' })));
    store.receive(delivery('SNAPSHOT', agentLive({ agentId: 'a', version: 9, state: 'ON_CALL' })));
    store.markStale();
    store.replaceAll([agentLive({ agentId: 'a', version: 8, state: 'READY' }), agentLive({ agentId: 'c' })]);
    expect(Object.keys(store.byAgentId).sort()).toEqual(['a', 'c']);
    expect(store.byAgentId['a']?.state).toBe('ON_CALL');
    expect(store.stale).toBe(false);
  });

  it("takes a force action's answer only when newer than what an event brought", () => {
    const store = useSupervisedAgentsStore();
    store.receive(delivery('SNAPSHOT', agentLive({ version: 3, state: 'PAUSED', pauseId: 'SUPERVISOR' })));
    expect(store.answer(agentLive({ version: 2, state: 'READY' }))).toBe(false);
    expect(store.answer(agentLive({ version: 4, state: 'READY' }))).toBe(true);
  });
});

const counters = (overrides: Partial<CampaignCounters> = {}): CampaignCounters =>
  ({
    campaignId: 'c1',
    dialed: 1,
    connected: 1,
    updatedAt: '2026-12-02T10:00:00.000Z',
    ...overrides,
  }) as CampaignCounters;

describe('the campaign live store', () => {
  it('replaces on SNAPSHOT, drops older changes and redelivered ids', () => {
    const store = useCampaignLiveStore();
    store.receiveCounters({ id: 'e1', kind: 'SNAPSHOT', value: counters({ dialed: 5 }) });
    expect(store.receiveCounters({ id: 'e1', kind: 'CHANGE', value: counters({ dialed: 9 }) })).toBe(false);
    const later = counters({ dialed: 6, updatedAt: '2026-12-02T10:00:05.000Z' });
    expect(store.receiveCounters({ id: 'e2', kind: 'CHANGE', value: later })).toBe(true);
    const earlier = counters({ dialed: 2, updatedAt: '2026-12-02T09:59:00.000Z' });
    expect(store.receiveCounters({ id: 'e3', kind: 'CHANGE', value: earlier })).toBe(false);
    expect(store.counters['c1']?.dialed).toBe(6);
  });
});
