import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Permission } from '../../auth/permission.js';
import type { Viewer } from '../../auth/viewer.js';
import { CampaignAgent } from '../../campaigns/campaign-agent.entity.js';
import { CommonErrors } from '../../common/domain-error.js';
import { visibleCampaignIds } from '../../logs/log-scope.js';
import { reachedAgentIds } from '../agent-reach.js';
import { AgentProfile } from '../agent-profile.entity.js';
import { offlineState, type AgentLiveStateData } from './agent-state.js';
import type { AgentStateStore } from './agent-state.store.js';

export interface AgentStateFilter {
  agentId?: string | null;
  campaignId?: string | null;
  groupId?: string | null;
}

/**
 * The agents whose live state the viewer may watch, narrowed by the filter: an agent sees
 * itself; supervisors the agents they reach (agent-reach.ts).
 */
export async function watchableAgentIds(
  em: EntityManager,
  viewer: Viewer,
  filter: AgentStateFilter,
): Promise<string[]> {
  const supervises = viewer.can(Permission.SUPERVISION);
  if (!supervises) {
    viewer.require(Permission.AGENT_CONSOLE);
    const own = viewer.agentId;
    if (!own || (filter.agentId && filter.agentId !== own)) {
      throw CommonErrors.create('FORBIDDEN', 'Agents watch only their own state', { agentId: filter.agentId });
    }
    return [own];
  }
  const where: FilterQuery<AgentProfile>[] = [];
  const visible = await reachedAgentIds(em, viewer);
  if (visible !== null) where.push({ id: { $in: visible } });
  if (filter.agentId) where.push({ id: filter.agentId });
  if (filter.groupId) where.push({ group: filter.groupId });
  if (filter.campaignId) {
    const campaigns = await visibleCampaignIds(em, viewer);
    if (campaigns !== null && !campaigns.includes(filter.campaignId)) {
      throw CommonErrors.create('FORBIDDEN', 'Not one of your campaigns', { campaignId: filter.campaignId });
    }
    const assigned = await em.find(CampaignAgent, { campaign: filter.campaignId });
    where.push({ id: { $in: assigned.map((assignment) => assignment.agent.id) } });
  }
  const profiles = await em.find(AgentProfile, { $and: where }, { fields: ['id'], orderBy: { sipExtension: 'asc' } });
  return profiles.map((profile) => profile.id);
}

/** Live states of those agents, OFFLINE for agents Redis knows nothing of. */
export async function listAgentStates(
  em: EntityManager,
  store: AgentStateStore,
  agentIds: readonly string[],
): Promise<AgentLiveStateData[]> {
  const live = await store.getMany(agentIds);
  const missing = agentIds.filter((id) => !live.has(id));
  if (missing.length > 0) {
    const profiles = await em.find(AgentProfile, { id: { $in: missing } }, { populate: ['user'] });
    const now = new Date();
    for (const profile of profiles) {
      live.set(
        profile.id,
        offlineState(
          {
            agentId: profile.id,
            userId: profile.user.id,
            username: profile.user.username,
            groupId: profile.group.id,
            sipExtension: profile.sipExtension,
          },
          now,
        ),
      );
    }
  }
  return agentIds.flatMap((id) => live.get(id) ?? []);
}
