import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CrudService, requireReference } from '../common/crud.service.js';
import { containsPattern } from '../common/filters.js';
import { Permission } from '../auth/permission.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignType } from '../campaigns/campaign.enums.js';
import { InboundRoute } from './inbound-route.entity.js';
import type { CreateInboundRouteInput, InboundRouteFilter, UpdateInboundRouteInput } from './inbound-route.inputs.js';
import { TelephonyErrors } from './telephony.errors.js';
import { notifyingTelephonyChanges } from './telephony.notifier.js';

/** Only inbound campaigns have a queue that callers wait in. */
async function inboundCampaign(em: EntityManager, id: string): Promise<Campaign> {
  const campaign = await requireReference(em, Campaign, id, 'campaignId');
  if (campaign.type !== CampaignType.INBOUND) {
    throw TelephonyErrors.create('CAMPAIGN_NOT_INBOUND', `campaignId: ${campaign.name} is not an inbound campaign`, {
      field: 'campaignId',
      type: campaign.type,
    });
  }
  return campaign;
}

export const inboundRouteService = new CrudService<
  InboundRoute,
  CreateInboundRouteInput,
  UpdateInboundRouteInput,
  InboundRouteFilter
>({
  entity: InboundRoute,
  label: 'Inbound route',
  read: [Permission.TELEPHONY_READ, Permission.TELEPHONY_MANAGE],
  manage: Permission.TELEPHONY_MANAGE,
  where: (filter) => {
    const where: FilterQuery<InboundRoute>[] = [];
    if (filter.didContains) where.push({ did: { $ilike: containsPattern(filter.didContains) } });
    if (filter.campaignId) where.push({ campaign: filter.campaignId });
    return { $and: where };
  },
  create: async ({ em }, input) => {
    const route = new InboundRoute();
    route.did = input.did;
    route.campaign = await inboundCampaign(em, input.campaignId);
    return route;
  },
  update: async ({ em }, route, input) => {
    if (input.did !== undefined && input.did !== null) route.did = input.did;
    if (input.campaignId !== undefined && input.campaignId !== null) {
      route.campaign = await inboundCampaign(em, input.campaignId);
    }
  },
});
// The dialplan of the carriers' calls is generated from these rows: workers/telephony-config re-applies it.
notifyingTelephonyChanges(inboundRouteService, 'inbound_route');
