import { computed, ref } from 'vue';
import { displayState, useSupervisedAgentsStore, type AgentDisplayState, type AgentLive } from '@/stores';

export interface AgentFilters {
  /** '' for every group. */
  groupId: string;
  /** '' for every campaign. */
  campaignId: string;
}

export interface GridRow {
  agent: AgentLive;
  state: AgentDisplayState;
  /** The campaign of the agent's current call (ringing, dialing or talking), if any. */
  callCampaignId: string | null;
  onCall: boolean;
}

/** A row of the grid for one agent's live state. */
export function gridRow(agent: AgentLive): GridRow {
  const state = displayState(agent);
  return {
    agent,
    state,
    callCampaignId: agent.callCampaignId ?? null,
    onCall: state === 'ON_CALL' && agent.callId !== null,
  };
}

/** An agent "is in" a campaign when assigned to it or when its current call is that campaign's. */
export function matches(agent: AgentLive, filters: AgentFilters): boolean {
  if (filters.groupId && agent.groupId !== filters.groupId) return false;
  if (
    filters.campaignId &&
    !agent.campaignIds.includes(filters.campaignId) &&
    agent.callCampaignId !== filters.campaignId
  ) {
    return false;
  }
  return true;
}

/** The agents grid: the supervised agents as the realtime table keeps them, filtered here. */
export function useSupervisedAgents() {
  const store = useSupervisedAgentsStore();
  const filters = ref<AgentFilters>({ groupId: '', campaignId: '' });
  const rows = computed(() => store.agents.filter((agent) => matches(agent, filters.value)).map(gridRow));
  return { rows, filters, stale: computed(() => store.stale) };
}
