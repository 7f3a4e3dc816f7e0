import type { EventBus } from '../events/event-bus.js';
import type { CampaignCountersData } from './campaign-counters.types.js';

/** The only code that publishes `campaign.counters_changed`. */
export class CampaignCountersNotifier {
  constructor(private readonly events: EventBus) {}

  changed(counters: CampaignCountersData): void {
    this.events.publish('campaign.counters_changed', { counters });
  }
}
