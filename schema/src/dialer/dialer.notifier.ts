import type { EventBus } from '../events/event-bus.js';
import type { CampaignState } from '../campaigns/campaign.enums.js';

/** The only code that publishes the dialer's events; called after the change is committed. */
export const dialerNotifier = {
  campaignExhausted(events: EventBus, campaignId: string, contactsDone: number): void {
    events.publish('dialer.campaign_exhausted', { campaignId, contactsDone });
  },

  /** The dialer finished an exhausted campaign: the same event a supervisor's FINISH publishes, by nobody. */
  campaignFinished(events: EventBus, campaignId: string, from: CampaignState, to: CampaignState): void {
    events.publish('campaign.state_changed', { campaignId, from, to, changedBy: null });
  },
};
