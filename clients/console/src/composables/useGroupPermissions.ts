import { computed } from 'vue';
import { useSession } from './foundation';

export interface GroupPermissions {
  allowHold: boolean;
  allowOutOfCampaignCalls: boolean;
  allowAgentToAgentCalls: boolean;
}

/** What the agent's group allows; until it is known, nothing (a refused action is worse than a hidden one). */
export function useGroupPermissions() {
  const { group } = useSession();
  return computed<GroupPermissions>(() => ({
    allowHold: group.value?.allowHold ?? false,
    allowOutOfCampaignCalls: group.value?.allowOutOfCampaignCalls ?? false,
    allowAgentToAgentCalls: group.value?.allowAgentToAgentCalls ?? false,
  }));
}
