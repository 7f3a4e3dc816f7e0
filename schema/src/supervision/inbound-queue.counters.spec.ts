import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { AgentState, type AgentLiveStateData } from '../agents/live/agent-state.js';
import {
  agentsByState,
  callsOffered,
  emptyInboundCounts,
  inboundQueueStatsData,
  serviceLevelPercent,
  statsForViewer,
} from './inbound-queue.counters.js';
import { emptyQueueState } from './inbound-queue.js';

const counts = (values: Partial<ReturnType<typeof emptyInboundCounts>>) => ({ ...emptyInboundCounts(), ...values });

describe('inbound counters', () => {
  it('offered = answered + abandoned + abandoned during welcome + expired', () => {
    expect(callsOffered(counts({ answered: 3, abandoned: 2, abandonedDuringWelcome: 1, expired: 4 }))).toBe(10);
  });

  it('service level: answered within the threshold per 100 offered; null with nothing offered', () => {
    expect(serviceLevelPercent(counts({}))).toBeNull();
    expect(serviceLevelPercent(counts({ answered: 2, answeredWithinServiceLevel: 2 }))).toBe(100);
    expect(serviceLevelPercent(counts({ answered: 2, answeredWithinServiceLevel: 1, abandoned: 1 }))).toBe(33.33);
    expect(serviceLevelPercent(counts({ abandoned: 1 }))).toBe(0);
  });

  it("agents by state: the campaign's logged-in agents, in the enum's order, states with none left out", () => {
    const agent = (state: AgentState, campaignIds: string[]) => ({ state, campaignIds }) as AgentLiveStateData;
    expect(
      agentsByState('k1', [
        agent(AgentState.ON_CALL, ['k1']),
        agent(AgentState.READY, ['k1', 'k2']),
        agent(AgentState.READY, ['k1']),
        agent(AgentState.READY, ['k2']),
        agent(AgentState.OFFLINE, ['k1']),
      ]),
    ).toEqual([
      { state: AgentState.READY, count: 2 },
      { state: AgentState.ON_CALL, count: 1 },
    ]);
  });

  it('the published shape: the longest wait, rounded averages; phones removed for a viewer who may not see them', () => {
    const campaign = { id: 'k1', timeZone: 'UTC', serviceLevelSeconds: 20, phoneHiddenFromAgents: true };
    const queue = {
      ...emptyQueueState('campaign-k1', 'k1'),
      waiting: [
        { uniqueid: '2', callId: 'c2', phone: '5552', position: 1, waitingSince: '2026-12-02T10:00:05.000Z' },
        { uniqueid: '1', callId: 'c1', phone: '5551', position: 2, waitingSince: '2026-12-02T10:00:01.000Z' },
      ],
    };
    const now = new Date('2026-12-02T10:01:00Z');
    const stats = inboundQueueStatsData(
      campaign,
      '2026-12-02',
      queue,
      counts({ answered: 3, answeredWithinServiceLevel: 2, averageWaitSeconds: 10 / 3, averageTalkSeconds: 61.005 }),
      [],
      now,
    );
    expect(stats).toMatchObject({
      longestWaitSince: '2026-12-02T10:00:01.000Z',
      averageWaitSeconds: 3.33,
      averageTalkSeconds: 61.01,
      serviceLevelPercent: 66.67,
      serviceLevelSeconds: 20,
      updatedAt: now.toISOString(),
    });
    expect(stats.waiting.map((caller) => caller.phone)).toEqual(['5552', '5551']);
    expect(statsForViewer(stats, false).waiting.map((caller) => caller.phone)).toEqual([null, null]);
    expect(statsForViewer(stats, true)).toBe(stats);
  });
});
