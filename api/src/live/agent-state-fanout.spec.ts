import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AgentState,
  CommonErrors,
  offlineState,
  type AgentLiveStateData,
  type AgentWatchScope,
  type EventEnvelope,
  type EventTopic,
  type Viewer,
} from '@switchboard/schema';
import { AgentStateFanout, type AgentStateChange } from './agent-state-fanout.js';
import type { EventListening } from './shared-scopes.js';

/** An in-memory stand-in for EventBus.listen: the port the fan-out needs. */
class FakeEvents implements EventListening {
  readonly listeners = new Map<string, Set<(envelope: EventEnvelope) => void>>();
  listen<T extends EventTopic>(topic: T, listener: (envelope: EventEnvelope<T>) => void): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener as (envelope: EventEnvelope) => void);
    return () => set.delete(listener as (envelope: EventEnvelope) => void);
  }
  count(topic: EventTopic): number {
    return this.listeners.get(topic)?.size ?? 0;
  }
  emit<T extends EventTopic>(topic: T, data: EventEnvelope<T>['data']): EventEnvelope<T> {
    const envelope = { id: `e${Math.random()}`, topic, occurredAt: new Date().toISOString(), data };
    for (const listener of this.listeners.get(topic) ?? []) listener(envelope as EventEnvelope);
    return envelope;
  }
}

function stateOf(agentId: string, extra: Partial<AgentLiveStateData> = {}): AgentLiveStateData {
  const identity = { agentId, userId: `u-${agentId}`, username: agentId, groupId: 'g', sipExtension: 1 };
  return { ...offlineState(identity, new Date()), state: AgentState.ON_CALL, ...extra };
}

const viewer = (userId: string) => ({ userId, user: { role: { permissions: ['SUPERVISION'] } } }) as unknown as Viewer;
const em = { fork: () => em } as unknown as EntityManager;

function setup(scopes: Map<string, AgentWatchScope | Error>) {
  const events = new FakeEvents();
  const reads: string[] = [];
  const fanout = new AgentStateFanout(events, pino({ level: 'silent' }), {
    debounceMs: 1,
    readScope: async (_em, who) => {
      reads.push(who.userId);
      const scope = scopes.get(who.userId);
      if (scope instanceof Error) throw scope;
      return scope!;
    },
  });
  const changed = (agentId: string, extra: Partial<AgentLiveStateData> = {}) =>
    events.emit('agent.state_changed', { from: 'READY', state: stateOf(agentId, extra) });
  return { events, fanout, reads, changed };
}

async function taken(queue: AsyncIterator<AgentStateChange>, count: number): Promise<AgentStateChange[]> {
  const items: AgentStateChange[] = [];
  for (let n = 0; n < count; n++) items.push((await queue.next()).value as AgentStateChange);
  return items;
}

describe('AgentStateFanout', () => {
  it('delivers each event only to the watchers whose scope holds the agent, the same object to each', async () => {
    const scopes = new Map<string, AgentWatchScope>([
      ['team-a', { agentIds: new Set(['a1']), phoneVisibleCampaignIds: null }],
      ['admin', { agentIds: null, phoneVisibleCampaignIds: null }],
    ]);
    const { fanout, changed } = setup(scopes);
    const a = await fanout.watch(em, viewer('team-a'), {});
    const admin = await fanout.watch(em, viewer('admin'), {});
    changed('b1');
    changed('a1');
    const [adminFirst, adminSecond] = await taken(admin.events, 2);
    const [aFirst] = await taken(a.events, 1);
    expect(adminFirst!.agent.agentId).toBe('b1');
    expect(aFirst!.agent.agentId).toBe('a1');
    expect(aFirst).toBe(adminSecond);
    expect(a.events.length).toBe(0);
  });

  it('reads a scope once per viewer and filter, however many watch it', async () => {
    const { fanout, reads } = setup(new Map([['s', { agentIds: new Set(['a1']), phoneVisibleCampaignIds: null }]]));
    await Promise.all([fanout.watch(em, viewer('s'), {}), fanout.watch(em, viewer('s'), {})]);
    await fanout.watch(em, viewer('s'), {});
    expect(fanout.counts).toEqual({ watchers: 3, scopes: 1 });
    expect(reads.length).toBeLessThanOrEqual(2);
  });

  it('leaves the number out for a viewer who may not see it in the call’s campaign', async () => {
    const scopes = new Map<string, AgentWatchScope>([
      ['agent', { agentIds: new Set(['a1']), phoneVisibleCampaignIds: new Set(['open']) }],
      ['supervisor', { agentIds: new Set(['a1']), phoneVisibleCampaignIds: null }],
    ]);
    const { fanout, changed } = setup(scopes);
    const agent = await fanout.watch(em, viewer('agent'), {});
    const supervisor = await fanout.watch(em, viewer('supervisor'), {});
    changed('a1', { phone: '+541100', callCampaignId: 'hidden' });
    changed('a1', { phone: '+541101', callCampaignId: 'open' });
    const [hidden, open] = await taken(agent.events, 2);
    expect(hidden!.agent.phone).toBeNull();
    expect(open!.agent.phone).toBe('+541101');
    expect((await taken(supervisor.events, 1))[0]!.agent.phone).toBe('+541100');
  });

  it('follows a scope change heard on a refresh topic, without a query per event', async () => {
    const scopes = new Map<string, AgentWatchScope>([
      ['s', { agentIds: new Set(['a1']), phoneVisibleCampaignIds: null }],
    ]);
    const { fanout, events, reads, changed } = setup(scopes);
    const watch = await fanout.watch(em, viewer('s'), {});
    for (let n = 0; n < 50; n++) changed('a1');
    expect(reads).toHaveLength(1);
    scopes.set('s', { agentIds: new Set(['a2']), phoneVisibleCampaignIds: null });
    events.emit('campaign.updated', { campaignId: 'c' });
    await fanout.settled();
    expect(reads).toHaveLength(2);
    changed('a1');
    changed('a2');
    const drained = await taken(watch.events, 51);
    expect(drained.at(-1)!.agent.agentId).toBe('a2');
    expect(watch.events.length).toBe(0);
  });

  it('ends the watches of a scope that is now refused, with the error', async () => {
    const scopes = new Map<string, AgentWatchScope | Error>([
      ['s', { agentIds: new Set(['a1']), phoneVisibleCampaignIds: null }],
    ]);
    const { fanout, events } = setup(scopes);
    const watch = await fanout.watch(em, viewer('s'), { campaignId: 'c' });
    scopes.set('s', CommonErrors.create('FORBIDDEN', 'Not one of your campaigns'));
    events.emit('auth.access_changed', { userId: 's', roleId: null });
    await fanout.settled();
    await expect(watch.events.next()).rejects.toThrow('Not one of your campaigns');
    expect(fanout.counts).toEqual({ watchers: 0, scopes: 0 });
  });

  it('listens to the topic while someone watches, and stops when the last one leaves', async () => {
    const { fanout, events } = setup(new Map([['s', { agentIds: new Set(['a1']), phoneVisibleCampaignIds: null }]]));
    expect(events.count('agent.state_changed')).toBe(0);
    const first = await fanout.watch(em, viewer('s'), {});
    const second = await fanout.watch(em, viewer('s'), {});
    expect(events.count('agent.state_changed')).toBe(1);
    await first.events.return();
    expect(events.count('agent.state_changed')).toBe(1);
    await second.events.return();
    expect(events.count('agent.state_changed')).toBe(0);
    expect(fanout.counts).toEqual({ watchers: 0, scopes: 0 });
  });
});
