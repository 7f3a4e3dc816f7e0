import type { EntityManager } from '@mikro-orm/core';
import { Campaign, CampaignState, CampaignType, DestinationType, InboundRoute } from '@switchboard/schema';
import type { InboundCampaignModel, InboundRouteModel } from './telephony-model.js';

/** Inbound campaigns that may be a destination: every one not deleted; live when active. */
export async function loadInboundCampaigns(em: EntityManager): Promise<InboundCampaignModel[]> {
  const campaigns = await em.find(
    Campaign,
    { type: CampaignType.INBOUND, isTemplate: false, state: { $ne: CampaignState.DELETED } },
    { orderBy: { id: 'asc' } },
  );
  return campaigns.map((campaign) => ({ campaignId: campaign.id, live: campaign.state === CampaignState.ACTIVE }));
}

/**
 * The DIDs that take calls now. A route straight to a campaign that is not live is left out,
 * so its callers hear "unallocated" on the DID itself instead of waiting for nobody.
 */
export async function loadInboundRoutes(
  em: EntityManager,
  campaigns: readonly InboundCampaignModel[],
): Promise<InboundRouteModel[]> {
  const live = new Set(campaigns.filter((campaign) => campaign.live).map((campaign) => campaign.campaignId));
  const routes = await em.find(InboundRoute, {}, { orderBy: { did: 'asc', callerIdPrefix: 'desc' } });
  return routes
    .filter((route) => route.destination.type !== DestinationType.CAMPAIGN || live.has(route.destination.id ?? ''))
    .map((route) => ({
      id: route.id,
      did: route.did,
      callerIdPrefix: route.callerIdPrefix,
      language: route.language,
      destination: { type: route.destination.type, id: route.destination.id },
    }));
}
