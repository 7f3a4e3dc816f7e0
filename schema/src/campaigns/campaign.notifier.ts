import type { DomainContext } from '../common/domain-context.js';
import type { CampaignState } from './campaign.enums.js';

/** The only code that publishes campaign events; called after the change is committed. */
export const campaignNotifier = {
  stateChanged(context: DomainContext, campaignId: string, from: CampaignState, to: CampaignState): void {
    context.events.publish('campaign.state_changed', { campaignId, from, to, changedBy: context.viewer.userId });
  },

  /** Settings or assignments changed: dialers and the telephony configuration re-read them. */
  updated(context: DomainContext, campaignId: string): void {
    context.events.publish('campaign.updated', { campaignId });
  },
};
