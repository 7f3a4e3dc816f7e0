import { DispositionOption } from '../../dispositions/disposition-option.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgentProfile } from '../agent-profile.entity.js';
import type { User } from '../../auth/user.entity.js';
import { CampaignAgent } from '../../campaigns/campaign-agent.entity.js';
import { CampaignState } from '../../campaigns/campaign.enums.js';
import { Campaign } from '../../campaigns/campaign.entity.js';
import { notFound } from '../../common/domain-error.js';
import type { AgentIdentity } from '../live/agent-state.js';
import type { AgentPhone, QueueMembership } from './agent-telephony.port.js';
import type { CallEndRules } from '../live/agent-state.transitions.js';

export interface AgentRecord {
  identity: AgentIdentity;
  phone: AgentPhone;
  profile: AgentProfile;
}

/** How an agent is named to colleagues: on their phone's screen and in transfer lists. */
export function agentDisplayName(user: Pick<User, 'firstName' | 'lastName' | 'username'>): string {
  return `${user.firstName} ${user.lastName}`.trim() || user.username;
}

/** Reads what sessions need about an agent from Postgres. */
export async function loadAgent(em: EntityManager, agentId: string): Promise<AgentRecord> {
  const profile = await em.findOne(AgentProfile, { id: agentId }, { populate: ['user', 'group'] });
  if (!profile) throw notFound('Agent', agentId);
  return {
    profile,
    identity: {
      agentId: profile.id,
      userId: profile.user.id,
      username: profile.user.username,
      groupId: profile.group.id,
      sipExtension: profile.sipExtension,
    },
    phone: {
      agentId: profile.id,
      sipExtension: profile.sipExtension,
      displayName: agentDisplayName(profile.user),
    },
  };
}

/** The queues an agent works in: its ACTIVE campaigns, with its penalty in each. */
export async function activeMemberships(em: EntityManager, agentId: string): Promise<QueueMembership[]> {
  const assignments = await em.find(
    CampaignAgent,
    { agent: agentId, campaign: { state: CampaignState.ACTIVE, isTemplate: false } },
    { orderBy: { campaign: { id: 'asc' } } },
  );
  return assignments.map((assignment) => ({ campaignId: assignment.campaign.id, penalty: assignment.penalty }));
}

/** How long ACW lasts after a call of this campaign, and whether a disposition is owed. */
export async function callEndRules(
  em: EntityManager,
  agentId: string,
  campaignId: string | null,
): Promise<CallEndRules> {
  const profile = await em.findOne(AgentProfile, { id: agentId }, { populate: ['group'] });
  const campaign = campaignId ? await em.findOne(Campaign, { id: campaignId }) : null;
  const group = profile?.group;
  // A campaign with no option the agent could choose cannot be dispositioned: forcing it would hold ACW forever.
  const choosable = campaign ? await em.count(DispositionOption, { campaign: campaign.id, hidden: false }) : 0;
  return {
    autoUnpauseSeconds: campaign?.queue.autoUnpauseSeconds ?? group?.autoUnpauseSeconds ?? 0,
    forceDisposition: (group?.forceDisposition ?? false) && choosable > 0,
  };
}
