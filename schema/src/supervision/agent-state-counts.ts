import { AgentState, type AgentLiveStateData } from '../agents/live/agent-state.js';

/**
 * Logged-in agents by campaign and state: an agent counts in every campaign whose queue it is in
 * (state.campaignIds). The one rule behind the counters' agent figures and a queue's agents by
 * state, so the two views of a campaign cannot disagree.
 */
export function agentStatesByCampaign(states: Iterable<AgentLiveStateData>): Map<string, Map<AgentState, number>> {
  const counts = new Map<string, Map<AgentState, number>>();
  for (const state of states) {
    if (state.state === AgentState.OFFLINE) continue;
    for (const campaignId of state.campaignIds) {
      const campaign = counts.get(campaignId) ?? new Map<AgentState, number>();
      campaign.set(state.state, (campaign.get(state.state) ?? 0) + 1);
      counts.set(campaignId, campaign);
    }
  }
  return counts;
}
