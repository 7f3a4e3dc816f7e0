import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../auth/permission.js';
import type { Viewer } from '../../auth/viewer.js';
import { Campaign } from '../../campaigns/campaign.entity.js';
import type { AgentLiveStateData } from './agent-state.js';
import { watchableAgentIds, type AgentStateFilter } from './agent-state.query.js';

/**
 * What a viewer may watch of agents' live states, decided once (at subscribe time, and again
 * when assignments or rights change) so that each event costs a Set lookup, not a query.
 */
export interface AgentWatchScope {
  /** The agents whose states the viewer sees; null: every agent (CAMPAIGNS_ALL, no filter). */
  agentIds: ReadonlySet<string> | null;
  /**
   * Campaigns whose calls' numbers the viewer may see; null: every number (viewers who are not
   * agents, as contact-visibility.ts has it). An agent sees a call's number only in a campaign
   * of its own that does not hide the database's phone column.
   */
  phoneVisibleCampaignIds: ReadonlySet<string> | null;
}

export function watchesAgent(scope: AgentWatchScope, agentId: string): boolean {
  return scope.agentIds === null || scope.agentIds.has(agentId);
}

/** The state as the scope's viewer may see it: itself, or a copy without the customer's number. */
export function phoneVisibleIn(scope: AgentWatchScope, state: AgentLiveStateData): boolean {
  const visible = scope.phoneVisibleCampaignIds;
  // A call of no campaign is one the agent dialled itself: it typed the number.
  return visible === null || state.phone === null || state.callCampaignId === null || visible.has(state.callCampaignId);
}

export function stateForScope(scope: AgentWatchScope, state: AgentLiveStateData): AgentLiveStateData {
  return phoneVisibleIn(scope, state) ? state : { ...state, phone: null };
}

async function phoneVisibleCampaigns(em: EntityManager, viewer: Viewer): Promise<Set<string> | null> {
  if (!viewer.agentId) return null;
  const campaigns = await em.find(
    Campaign,
    { agents: { agent: viewer.agentId } },
    { populate: ['contactDatabase'], disableIdentityMap: true },
  );
  const visible = campaigns.filter((campaign) => {
    const phoneColumn = campaign.contactDatabase?.phoneColumns[0];
    return !phoneColumn || !campaign.hiddenContactFields.includes(phoneColumn);
  });
  return new Set(visible.map((campaign) => campaign.id));
}

/** The viewer's scope over agents' live states, narrowed by the filter (FORBIDDEN as watchableAgentIds). */
export async function agentWatchScope(
  em: EntityManager,
  viewer: Viewer,
  filter: AgentStateFilter,
): Promise<AgentWatchScope> {
  const everyAgent =
    viewer.can(Permission.SUPERVISION) &&
    viewer.can(Permission.CAMPAIGNS_ALL) &&
    !filter.agentId &&
    !filter.campaignId &&
    !filter.groupId;
  const [agentIds, phoneVisibleCampaignIds] = await Promise.all([
    everyAgent ? null : watchableAgentIds(em.fork(), viewer, filter).then((ids) => new Set(ids)),
    phoneVisibleCampaigns(em.fork(), viewer),
  ]);
  return { agentIds, phoneVisibleCampaignIds };
}
