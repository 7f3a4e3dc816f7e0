import type { EntityManager } from '@mikro-orm/core';
import { Campaign } from '../campaigns/campaign.entity.js';
import { CampaignState, CampaignType } from '../campaigns/campaign.enums.js';
import { TelephonyErrors } from '../telephony/telephony.errors.js';
import { registerDestinationNode } from './destination-graph.js';
import { DestinationType } from './destination-type.js';

/**
 * A campaign is a destination when it has a queue callers can wait in: an inbound campaign
 * that is not deleted (a paused one refuses calls in its own dialplan context, and may be
 * resumed). Any other campaign is refused with the reason, not as missing.
 */
export async function campaignDestinationExists(em: EntityManager, id: string): Promise<boolean> {
  const campaign = await em.findOne(Campaign, { id, isTemplate: false, state: { $ne: CampaignState.DELETED } });
  if (!campaign) return false;
  if (campaign.type !== CampaignType.INBOUND) {
    throw TelephonyErrors.create('CAMPAIGN_NOT_INBOUND', `destination: ${campaign.name} is not an inbound campaign`, {
      field: 'destination',
      type: campaign.type,
    });
  }
  return true;
}

registerDestinationNode(DestinationType.CAMPAIGN, campaignDestinationExists, { label: 'Inbound campaign' });
