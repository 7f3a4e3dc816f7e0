import type { EntityManager } from '@mikro-orm/core';
import { CampaignState, CampaignType, InboundRoute } from '@switchboard/schema';
import type { InboundRouteModel } from './telephony-model.js';

/**
 * The DIDs that take calls now: those of active inbound campaigns. A paused or finished
 * campaign's DID is left out, so its callers hear "unallocated" instead of waiting for nobody.
 */
export async function loadInboundRoutes(em: EntityManager): Promise<InboundRouteModel[]> {
  const routes = await em.find(
    InboundRoute,
    { campaign: { type: CampaignType.INBOUND, state: CampaignState.ACTIVE } },
    { orderBy: { did: 'asc' } },
  );
  return routes.map((route) => ({ did: route.did, campaignId: route.campaign.id }));
}
