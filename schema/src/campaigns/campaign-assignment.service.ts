import { inTransaction } from '../common/transaction.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireReference } from '../common/crud.service.js';
import { CommonErrors, invalidInput } from '../common/domain-error.js';
import type { DomainContext } from '../common/domain-context.js';
import { Permission } from '../auth/permission.js';
import { User } from '../auth/user.entity.js';
import { AgentGroup } from '../agents/agent-group.entity.js';
import { AgentProfile } from '../agents/agent-profile.entity.js';
import type { Campaign } from './campaign.entity.js';
import { CampaignAgent } from './campaign-agent.entity.js';
import { findManagedCampaign } from './campaign-access.js';
import { requireAssignableAgents } from '../agents/agent-reach.js';
import type { Viewer } from '../auth/viewer.js';
import { campaignNotifier } from './campaign.notifier.js';
import type { CampaignAgentInput } from './campaign.inputs.js';

export const MAX_PENALTY = 100;

function assertPenalty(penalty: number, field: string): void {
  if (!Number.isInteger(penalty) || penalty < 0 || penalty > MAX_PENALTY) {
    throw invalidInput(field, `penalty ${penalty} is not between 0 and ${MAX_PENALTY}`, { penalty });
  }
}

/** Rows for every id, or NOT_FOUND naming the field and the missing ids. */
async function requireAll<T extends { id: string }>(
  em: EntityManager,
  entity: new () => T,
  ids: string[],
  field: string,
  populate: readonly string[] = [],
): Promise<T[]> {
  const rows = (await em.find(entity, { id: { $in: ids } } as never, { populate } as never)) as T[];
  const missing = ids.filter((id) => !rows.some((row) => row.id === id));
  if (missing.length > 0) {
    throw CommonErrors.create('NOT_FOUND', `${field}: no ${entity.name} with id ${missing.join(', ')}`, {
      field,
      ids: missing,
    });
  }
  return rows;
}

/**
 * A change to a campaign's people: the row is locked so concurrent changes apply one after
 * the other, and dialers hear about it after the commit.
 */
async function changeAssignments(
  context: DomainContext,
  campaignId: string,
  change: (em: EntityManager, campaign: Campaign, viewer: Viewer) => Promise<void>,
): Promise<Campaign> {
  const campaign = await inTransaction(context, 'Campaign assignment', async (scoped) => {
    const locked = await findManagedCampaign(scoped, campaignId, { field: 'campaignId', lock: true });
    await change(scoped.em, locked, scoped.viewer);
    await scoped.em.flush();
    return locked;
  });
  campaignNotifier.updated(context, campaign.id);
  return campaign;
}

/** The manual's "Dar permiso a supervisores": replaces the set; each user must be able to supervise. */
export function setCampaignSupervisors(
  context: DomainContext,
  campaignId: string,
  userIds: string[],
): Promise<Campaign> {
  return changeAssignments(context, campaignId, async (em, campaign) => {
    const users = await requireAll(em, User, [...new Set(userIds)], 'userIds', ['role']);
    const unable = users.filter((user) => !user.role.permissions.includes(Permission.SUPERVISION));
    if (unable.length > 0) {
      throw invalidInput(
        'userIds',
        `${unable.map((user) => user.username).join(', ')} cannot supervise (no SUPERVISION)`,
        {
          userIds: unable.map((user) => user.id),
        },
      );
    }
    await campaign.supervisors.init();
    campaign.supervisors.set(users);
  });
}

function assign(em: EntityManager, campaign: Campaign, agent: AgentProfile, penalty: number): void {
  const assignment = new CampaignAgent();
  assignment.campaign = campaign;
  assignment.agent = agent;
  assignment.penalty = penalty;
  campaign.agents.add(assignment);
  em.persist(assignment);
}

/**
 * The manual's "Adicionar agentes": replaces the set, keeping (and re-weighting) agents already
 * in it; agents it adds must be the viewer's to assign (agent-reach.ts).
 */
export function setCampaignAgents(
  context: DomainContext,
  campaignId: string,
  agents: CampaignAgentInput[],
): Promise<Campaign> {
  return changeAssignments(context, campaignId, async (em, campaign, viewer) => {
    const wanted = new Map<string, number>();
    agents.forEach(({ agentId, penalty = 0 }, index) => {
      assertPenalty(penalty, `agents[${index}].penalty`);
      if (wanted.has(agentId)) throw invalidInput(`agents[${index}].agentId`, `agent ${agentId} is listed twice`);
      wanted.set(agentId, penalty);
    });
    const profiles = await requireAll(em, AgentProfile, [...wanted.keys()], 'agents.agentId');
    await campaign.agents.init();
    const present = new Set(campaign.agents.getItems().map((assignment) => assignment.agent.id));
    const added = [...wanted.keys()].filter((id) => !present.has(id));
    await requireAssignableAgents(em, viewer, added, 'agents.agentId');
    // Update in place rather than delete and re-insert: the (campaign, agent) pair is unique.
    for (const assignment of campaign.agents.getItems()) {
      const penalty = wanted.get(assignment.agent.id);
      if (penalty === undefined) {
        campaign.agents.remove(assignment);
      } else {
        assignment.penalty = penalty;
        wanted.delete(assignment.agent.id);
      }
    }
    for (const profile of profiles) {
      const penalty = wanted.get(profile.id);
      if (penalty !== undefined) assign(em, campaign, profile, penalty);
    }
  });
}

/** The manual's "Agregar grupo de agentes": adds the group's agents; ones already assigned keep their penalty. */
export function addAgentGroupToCampaign(
  context: DomainContext,
  campaignId: string,
  groupId: string,
  penalty: number,
): Promise<Campaign> {
  return changeAssignments(context, campaignId, async (em, campaign, viewer) => {
    assertPenalty(penalty, 'penalty');
    const group = await requireReference(em, AgentGroup, groupId, 'groupId');
    const members = await em.find(AgentProfile, { group });
    await campaign.agents.init();
    const assigned = new Set(campaign.agents.getItems().map((assignment) => assignment.agent.id));
    const added = members.filter((member) => !assigned.has(member.id));
    // A group is anyone's agents: all of them must be the viewer's to assign, or none is added.
    await requireAssignableAgents(
      em,
      viewer,
      added.map((member) => member.id),
      'groupId',
    );
    for (const member of added) assign(em, campaign, member, penalty);
  });
}

export function removeCampaignAgent(context: DomainContext, campaignId: string, agentId: string): Promise<Campaign> {
  return changeAssignments(context, campaignId, async (_em, campaign) => {
    await campaign.agents.init();
    const assignment = campaign.agents.getItems().find((item) => item.agent.id === agentId);
    if (!assignment) {
      throw CommonErrors.create('NOT_FOUND', `agentId: agent ${agentId} is not assigned to ${campaign.name}`, {
        field: 'agentId',
        id: agentId,
      });
    }
    campaign.agents.remove(assignment);
  });
}
