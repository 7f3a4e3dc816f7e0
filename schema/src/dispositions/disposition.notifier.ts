import type { EventBus } from '../events/event-bus.js';
import type { Disposition } from './disposition.entity.js';

/** The only code that publishes disposition events; called after the transaction commits. */
export function notifyDispositionRecorded(events: EventBus, disposition: Disposition): void {
  events.publish('disposition.recorded', {
    dispositionId: disposition.id,
    campaignId: disposition.campaign.id,
    contactId: disposition.contact.id,
    optionId: disposition.option.id,
    agentId: disposition.agent?.id ?? null,
    revision: disposition.revision,
  });
}
