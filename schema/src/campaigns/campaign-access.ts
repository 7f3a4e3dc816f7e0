import { LockMode } from '@mikro-orm/core';
import { CommonErrors } from '../common/domain-error.js';
import type { DomainContext } from '../common/domain-context.js';
import { Permission } from '../auth/permission.js';
import { Campaign } from './campaign.entity.js';
import { CampaignState } from './campaign.enums.js';
import { CampaignErrors } from './campaign.errors.js';
import { campaignScope } from './campaign-scope.js';

export interface CampaignLookup {
  /** The input field the id came from, named in NOT_FOUND. */
  field?: string;
  /** Lock the row until the transaction ends, so concurrent commands on it run one at a time. */
  lock?: boolean;
}

/**
 * A campaign the viewer may see, or NOT_FOUND (also for campaigns outside its scope, so
 * their existence is not revealed). Locking needs a transaction: see campaignCommand.
 */
export async function findVisibleCampaign(
  { em, viewer }: DomainContext,
  id: string,
  { field = 'id', lock = false }: CampaignLookup = {},
): Promise<Campaign> {
  // Visibility first, by id and scope; the lock is then taken on the bare row, because
  // Postgres refuses FOR UPDATE on the outer joins the scope needs.
  const visible = await em.count(Campaign, { $and: [campaignScope(viewer), { id }] });
  const campaign =
    visible > 0
      ? await em.findOne(Campaign, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {})
      : null;
  if (!campaign) {
    throw CommonErrors.create('NOT_FOUND', `${field}: campaign ${id} was not found`, { entity: 'Campaign', field, id });
  }
  return campaign;
}

/** A visible, not deleted campaign whose configuration the viewer may change. */
export async function findManagedCampaign(
  context: DomainContext,
  id: string,
  lookup: CampaignLookup = {},
): Promise<Campaign> {
  context.viewer.require(Permission.CAMPAIGNS_MANAGE);
  const campaign = await findVisibleCampaign(context, id, lookup);
  refuseDeleted(campaign);
  return campaign;
}

export function refuseDeleted(campaign: Campaign): void {
  if (campaign.state === CampaignState.DELETED) {
    throw CampaignErrors.create('DELETED', `Campaign ${campaign.name} is deleted and can no longer change`, {
      campaignId: campaign.id,
    });
  }
}
