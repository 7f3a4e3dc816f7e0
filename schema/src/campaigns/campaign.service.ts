import type { FilterQuery } from '@mikro-orm/core';
import { CrudService, type CrudRules } from '../common/crud.service.js';
import { containsPattern } from '../common/filters.js';
import type { DomainContext } from '../common/domain-context.js';
import type { Page, PageArgs } from '../common/pagination.js';
import { Permission } from '../auth/permission.js';
import { User } from '../auth/user.entity.js';
import { Campaign } from './campaign.entity.js';
import { CampaignState } from './campaign.enums.js';
import { campaignScope } from './campaign-scope.js';
import { refuseDeleted } from './campaign-access.js';
import { applyCampaignSettings, validateCampaign } from './campaign-settings.js';
import { CampaignAction, transitionCampaign } from './campaign-lifecycle.js';
import { campaignNotifier } from './campaign.notifier.js';
import { assertDatabaseSettable } from './campaign-database.service.js';
import type { CampaignFilter, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs.js';

function campaignWhere(filter: CampaignFilter): FilterQuery<Campaign> {
  const where: FilterQuery<Campaign>[] = [
    { isTemplate: filter.isTemplate ?? false },
    { state: filter.states?.length ? { $in: filter.states } : { $ne: CampaignState.DELETED } },
  ];
  if (filter.type) where.push({ type: filter.type });
  if (filter.nameContains) where.push({ name: { $ilike: containsPattern(filter.nameContains) } });
  return { $and: where };
}

const campaignRules: CrudRules<Campaign, CreateCampaignInput, UpdateCampaignInput, CampaignFilter> = {
  entity: Campaign,
  label: 'Campaign',
  read: Permission.CAMPAIGNS_READ,
  manage: Permission.CAMPAIGNS_MANAGE,
  scope: ({ viewer }) => campaignScope(viewer),
  where: (filter) => campaignWhere(filter),
  create: async (context, input) => {
    const { em, viewer } = context;
    const campaign = new Campaign();
    campaign.name = input.name;
    campaign.type = input.type;
    campaign.isTemplate = input.isTemplate ?? false;
    await applyCampaignSettings(context, campaign, input);
    await validateCampaign(em, campaign);
    // Otherwise its creator could not see it: scope is by assignment below CAMPAIGNS_ALL.
    if (!viewer.can(Permission.CAMPAIGNS_ALL)) campaign.supervisors.add(em.getReference(User, viewer.userId));
    return campaign;
  },
  update: async (context, campaign, input) => {
    refuseDeleted(campaign);
    assertDatabaseSettable(campaign, input);
    await applyCampaignSettings(context, campaign, input);
    await validateCampaign(context.em, campaign);
  },
};

/** Campaign CRUD: lists default to live campaigns, and deleting is the lifecycle's soft delete. */
export class CampaignService extends CrudService<Campaign, CreateCampaignInput, UpdateCampaignInput, CampaignFilter> {
  override list(
    context: DomainContext,
    filter: CampaignFilter | null | undefined,
    page: PageArgs,
  ): Promise<Page<Campaign>> {
    // No filter still means the defaults (campaigns, not deleted), not everything.
    return super.list(context, filter ?? {}, page);
  }

  override async update(context: DomainContext, id: string, input: UpdateCampaignInput): Promise<Campaign> {
    const campaign = await super.update(context, id, input);
    campaignNotifier.updated(context, campaign.id);
    return campaign;
  }

  override delete(context: DomainContext, id: string): Promise<Campaign> {
    return transitionCampaign(context, id, CampaignAction.DELETE);
  }
}

export const campaignService = new CampaignService(campaignRules);
