import { AgentState, type AgentLiveStateData } from '../agents/live/agent-state.js';
import type { QueueLiveState } from './inbound-queue.js';
import { agentStatesByCampaign } from './agent-state-counts.js';
import type { AgentStateCount, InboundQueueStatsData, WaitingCaller } from './inbound-queue.types.js';

/**
 * A campaign-day's inbound calls from the log, each call counted once under its outcome:
 * answered (an agent took it) wins over abandoned, which wins over abandoned during the
 * welcome, which wins over expired (a call that was given back and called in again is still
 * one call of the day).
 */
export interface InboundCounts {
  answered: number;
  abandoned: number;
  abandonedDuringWelcome: number;
  expired: number;
  /** Answered calls that waited at most the service-level seconds. */
  answeredWithinServiceLevel: number;
  averageWaitSeconds: number | null;
  averageTalkSeconds: number | null;
}

export const emptyInboundCounts = (): InboundCounts => ({
  answered: 0,
  abandoned: 0,
  abandonedDuringWelcome: 0,
  expired: 0,
  answeredWithinServiceLevel: 0,
  averageWaitSeconds: null,
  averageTalkSeconds: null,
});

/** Calls offered to the queue and finished: answered + abandoned + abandoned during welcome + expired. */
export const callsOffered = (counts: InboundCounts): number =>
  counts.answered + counts.abandoned + counts.abandonedDuringWelcome + counts.expired;

/** Answered within the service level per 100 calls offered, two decimals; null while none was offered. */
export function serviceLevelPercent(counts: InboundCounts): number | null {
  const offered = callsOffered(counts);
  if (offered === 0) return null;
  return Math.round((counts.answeredWithinServiceLevel / offered) * 10_000) / 100;
}

const STATE_ORDER: readonly AgentState[] = Object.values(AgentState);

/** Logged-in agents of the campaign (those whose queues include it) by state, in the enum's order. */
export function agentsByState(campaignId: string, states: Iterable<AgentLiveStateData>): AgentStateCount[] {
  const counts = agentStatesByCampaign(states).get(campaignId) ?? new Map<AgentState, number>();
  return STATE_ORDER.filter((state) => counts.has(state)).map((state) => ({ state, count: counts.get(state)! }));
}

/** What the stats need of a campaign. */
export interface InboundCampaign {
  id: string;
  timeZone: string;
  serviceLevelSeconds: number;
  /** The campaign hides its database's main phone column from agents. */
  phoneHiddenFromAgents: boolean;
}

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** The published shape, from the queue's live state, the day's counts and the agents' states. */
export function inboundQueueStatsData(
  campaign: InboundCampaign,
  day: string,
  queue: QueueLiveState,
  counts: InboundCounts,
  agents: AgentStateCount[],
  now: Date,
): InboundQueueStatsData {
  const waiting: WaitingCaller[] = queue.waiting.map(({ callId, phone, position, waitingSince }) => ({
    callId,
    phone,
    position,
    waitingSince,
  }));
  const longest = waiting.reduce<string | null>(
    (oldest, caller) => (oldest === null || caller.waitingSince < oldest ? caller.waitingSince : oldest),
    null,
  );
  return {
    campaignId: campaign.id,
    day,
    timeZone: campaign.timeZone,
    waiting,
    longestWaitSince: longest,
    answered: counts.answered,
    abandoned: counts.abandoned,
    abandonedDuringWelcome: counts.abandonedDuringWelcome,
    expired: counts.expired,
    averageWaitSeconds: round2(counts.averageWaitSeconds),
    averageTalkSeconds: round2(counts.averageTalkSeconds),
    serviceLevelSeconds: campaign.serviceLevelSeconds,
    serviceLevelPercent: serviceLevelPercent(counts),
    agentsByState: agents,
    updatedAt: now.toISOString(),
  };
}

/** The stats as a viewer may see them: waiting callers' phones removed when the campaign hides them. */
export function statsForViewer(stats: InboundQueueStatsData, phoneVisible: boolean): InboundQueueStatsData {
  if (phoneVisible) return stats;
  return { ...stats, waiting: stats.waiting.map((caller) => ({ ...caller, phone: null })) };
}
