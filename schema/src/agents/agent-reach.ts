import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../auth/permission.js';
import type { Viewer } from '../auth/viewer.js';
import { CampaignAgent } from '../campaigns/campaign-agent.entity.js';
import { CampaignState } from '../campaigns/campaign.enums.js';
import { CommonErrors } from '../common/domain-error.js';
import { AgentProfile } from './agent-profile.entity.js';

/**
 * The one place a viewer's reach over agents is decided. A supervisor reaches the agents of
 * the campaigns it supervises (templates are not campaigns: nobody works in them), never more;
 * CAMPAIGNS_ALL reaches every agent; an agent reaches itself. Force pause/logout, live states,
 * the activity log, user details and user management all ask here.
 */

/** Ids of the agents the viewer reaches; null means every agent. */
export async function reachedAgentIds(em: EntityManager, viewer: Viewer): Promise<string[] | null> {
  if (viewer.can(Permission.CAMPAIGNS_ALL)) return null;
  const assignments = await em.find(CampaignAgent, {
    campaign: { supervisors: { id: viewer.userId }, isTemplate: false },
  });
  const agents = new Set(assignments.map((assignment) => assignment.agent.id));
  if (viewer.agentId) agents.add(viewer.agentId);
  return [...agents];
}

export async function reachesAgent(em: EntityManager, viewer: Viewer, agentId: string): Promise<boolean> {
  const reached = await reachedAgentIds(em, viewer);
  return reached === null || reached.includes(agentId);
}

/** FORBIDDEN unless the viewer reaches the agent. */
export async function requireReachedAgent(em: EntityManager, viewer: Viewer, agentId: string): Promise<void> {
  if (!(await reachesAgent(em, viewer, agentId))) {
    throw CommonErrors.create('FORBIDDEN', 'The agent is not in any of your campaigns', { agentId });
  }
}

/**
 * The agents an agent may call and transfer calls to: those of its own group and those who
 * work with it in a campaign (OMniLeads offers an agent its campaigns' agents). Templates and
 * finished or deleted campaigns join nobody; deactivated users and the agent itself are left out.
 * An agent reaches nobody else through agentStates: this is reach for calls, not for watching.
 */
export async function colleagueAgentIds(em: EntityManager, agentId: string): Promise<string[]> {
  const profile = await em.findOneOrFail(AgentProfile, { id: agentId }, { fields: ['group'] });
  const campaigns = await em.find(CampaignAgent, {
    agent: agentId,
    campaign: { isTemplate: false, state: { $nin: [CampaignState.FINISHED, CampaignState.DELETED] } },
  });
  const shared = campaigns.length
    ? await em.find(CampaignAgent, { campaign: { $in: campaigns.map((assignment) => assignment.campaign.id) } })
    : [];
  const colleagues = await em.find(
    AgentProfile,
    {
      $and: [
        { $or: [{ group: profile.group.id }, { id: { $in: shared.map((assignment) => assignment.agent.id) } }] },
        { id: { $ne: agentId } },
        { user: { active: true } },
      ],
    },
    { fields: ['id'], orderBy: { sipExtension: 'asc' } },
  );
  return colleagues.map((colleague) => colleague.id);
}

/** FORBIDDEN unless the agent may call (or transfer to) the target: one rule for both. */
export async function requireColleague(
  em: EntityManager,
  agentId: string,
  targetId: string,
  field: string,
): Promise<void> {
  if (!(await colleagueAgentIds(em, agentId)).includes(targetId)) {
    throw CommonErrors.create('FORBIDDEN', `${field}: not an agent of your group or campaigns`, {
      field,
      agentId: targetId,
    });
  }
}

/**
 * Agents the viewer holds in its hands alone: every campaign each works in is one it
 * supervises, and an agent that works in none was created by it. Only those may it change
 * (password, username, role, SIP...) or hand to its campaigns besides the ones it reaches:
 * an agent shared with a campaign it does not supervise belongs to that campaign's
 * supervisors too, and an agent in no campaign to whoever made it.
 */
export async function agentsInHand(
  em: EntityManager,
  viewer: Viewer,
  agentIds: readonly string[],
): Promise<Set<string>> {
  if (viewer.can(Permission.CAMPAIGNS_ALL)) return new Set(agentIds);
  if (agentIds.length === 0) return new Set();
  const [assignments, profiles] = await Promise.all([
    em.find(
      CampaignAgent,
      { agent: { $in: [...agentIds] }, campaign: { isTemplate: false } },
      { populate: ['campaign.supervisors'] },
    ),
    em.find(AgentProfile, { id: { $in: [...agentIds] } }, { populate: ['user'] }),
  ]);
  const inHand = new Set<string>();
  for (const profile of profiles) {
    const campaigns = assignments.filter((assignment) => assignment.agent.id === profile.id);
    const held =
      campaigns.length === 0
        ? profile.user.createdBy?.id === viewer.userId
        : campaigns.every((assignment) =>
            assignment.campaign.supervisors.getItems().some((user) => user.id === viewer.userId),
          );
    if (held) inHand.add(profile.id);
  }
  return inHand;
}

/** Of these agents, those the viewer may put in its campaigns: the ones it reaches or holds. */
export async function assignableAgentIds(
  em: EntityManager,
  viewer: Viewer,
  agentIds: readonly string[],
): Promise<Set<string>> {
  const reached = await reachedAgentIds(em, viewer);
  if (reached === null) return new Set(agentIds);
  const unreached = agentIds.filter((id) => !reached.includes(id));
  const held = await agentsInHand(em, viewer, unreached);
  return new Set(agentIds.filter((id) => reached.includes(id) || held.has(id)));
}

/**
 * FORBIDDEN naming the agents the viewer may not put in its campaigns. Otherwise a supervisor
 * could add anyone's agent to its own campaign and so reach it.
 */
export async function requireAssignableAgents(
  em: EntityManager,
  viewer: Viewer,
  agentIds: readonly string[],
  field: string,
): Promise<void> {
  const assignable = await assignableAgentIds(em, viewer, agentIds);
  const refused = agentIds.filter((id) => !assignable.has(id));
  if (refused.length > 0) {
    throw CommonErrors.create('FORBIDDEN', `${field}: agents ${refused.join(', ')} are not yours to assign`, {
      field,
      agentIds: refused,
    });
  }
}
