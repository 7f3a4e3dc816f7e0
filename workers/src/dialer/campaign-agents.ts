import { AgentState, SystemPause, type AgentLiveStateData } from '@switchboard/schema';
import type { BusyAgent, PacingObservations } from './pacing/index.js';
import type { WrapTimeTracker } from './wrap-time-tracker.js';

/** A campaign's agents as its pacer counts them. */
export interface CampaignAgents {
  loggedIn: number;
  ready: number;
  /** Talking or in after-call work, with how long each has been at it. */
  busy: BusyAgent[];
}

/**
 * Counts the campaign's agents from their live states (offline and unregistered ones do not
 * count; paused ones count as logged in only), and records the wrap times that just ended.
 */
export function campaignAgents(
  states: Iterable<[string, AgentLiveStateData]>,
  campaignId: string,
  now: number,
  wraps: WrapTimeTracker,
  observations: PacingObservations,
): CampaignAgents {
  const agents: CampaignAgents = { loggedIn: 0, ready: 0, busy: [] };
  const seen = new Set<string>();
  for (const [agentId, state] of states) {
    if (!state.campaignIds.includes(campaignId)) continue;
    if (state.state === AgentState.OFFLINE || state.state === AgentState.UNAVAILABLE) continue;
    agents.loggedIn += 1;
    seen.add(agentId);
    const since = Date.parse(state.since);
    const secondsInPhase = Math.max(0, (now - since) / 1000);
    const inAcw = state.state === AgentState.PAUSED && state.pauseId === SystemPause.ACW;
    const wrapped = wraps.observe(agentId, inAcw, since);
    if (wrapped !== null) observations.recordWrap(wrapped);
    if (state.state === AgentState.READY) agents.ready += 1;
    else if (inAcw) agents.busy.push({ phase: 'wrap', secondsInPhase });
    else if (state.state !== AgentState.PAUSED) agents.busy.push({ phase: 'call', secondsInPhase });
  }
  wraps.keepOnly(seen);
  return agents;
}
