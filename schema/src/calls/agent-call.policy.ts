import type { AgentGroup } from '../agents/agent-group.entity.js';

/**
 * What an agent may call outside its campaigns' routes, by its group: the one rule that both
 * the API's agent calls (AgentCallService) and the phones' dialplan (telephony's generator,
 * through the telephony model) follow, so that a phone dialing by itself reaches no more than
 * the API would place for it. Campaign calls are the platform's (it originates them through
 * the campaign's route) and need no right here.
 */
export interface AgentDialRights {
  /** Numbers outside any campaign, through the outbound routes (and their do-not-call check). */
  externalNumbers: boolean;
  /** Other agents' phones, by extension. */
  otherAgents: boolean;
}

/** Phones that are no agent's (supervisors'): the API places no call for them. */
export const NO_DIAL_RIGHTS: AgentDialRights = Object.freeze({ externalNumbers: false, otherAgents: false });

export function agentDialRights(
  group: Pick<AgentGroup, 'allowOutOfCampaignCalls' | 'allowAgentToAgentCalls'>,
): AgentDialRights {
  return { externalNumbers: group.allowOutOfCampaignCalls, otherAgents: group.allowAgentToAgentCalls };
}
