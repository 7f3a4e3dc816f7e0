import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainContext } from '../common/domain-context.js';
import { ErrorKind, defineDomainErrors, notFound } from '../common/domain-error.js';
import type { Viewer } from '../auth/viewer.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignAgent } from '../campaigns/campaign-agent.entity.js';
import { CampaignState } from '../campaigns/campaign.enums.js';
import { findVisibleCampaign } from '../campaigns/campaign-access.js';
import { ContactErrors } from './contact.errors.js';

// Shared by the contacts, dispositions and callbacks commands that work inside a campaign.
export const CampaignAccessErrors = defineDomainErrors('CAMPAIGN_ACCESS', {
  NOT_ASSIGNED: ErrorKind.FORBIDDEN,
});

export async function isAssigned(em: EntityManager, campaignId: string, agentId: string): Promise<boolean> {
  return (await em.count(CampaignAgent, { campaign: campaignId, agent: agentId })) > 0;
}

/**
 * A live campaign the viewer works with: NOT_FOUND when outside its scope (or a template or
 * deleted); for agents, FORBIDDEN unless assigned to it (supervising is not working in it).
 */
export async function campaignForViewer(context: DomainContext, campaignId: string): Promise<Campaign> {
  const { em, viewer } = context;
  const campaign = await findVisibleCampaign(context, campaignId, { field: 'campaignId' });
  if (campaign.isTemplate || campaign.state === CampaignState.DELETED) throw notFound('Campaign', campaignId);
  if (viewer.agentId && !(await isAssigned(em, campaign.id, viewer.agentId))) {
    throw CampaignAccessErrors.create('NOT_ASSIGNED', `You are not assigned to campaign ${campaign.name}`, {
      campaignId,
    });
  }
  await em.populate(campaign, ['contactDatabase']);
  return campaign;
}

/** Agents work on contacts only through campaigns, under the campaigns' field restrictions. */
export function refuseAgents(viewer: Viewer, action: string): void {
  if (viewer.isAgent) {
    throw ContactErrors.create('AGENTS_NOT_ALLOWED', `Agents cannot ${action}`, { action });
  }
}
