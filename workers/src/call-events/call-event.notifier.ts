import type { EventBus } from '@switchboard/schema';
import type { NormalizedCallEvent } from '@switchboard/telephony';

/** The only code that publishes `call.event`: one message per event written to the log. */
export class CallEventNotifier {
  constructor(private readonly events: EventBus) {}

  published(event: NormalizedCallEvent): void {
    this.events.publish('call.event', {
      eventKey: event.eventKey,
      callId: event.callId,
      type: event.type,
      campaignId: event.campaignId,
      agentId: event.agentId,
      contactId: event.contactId,
      phone: event.phone,
      waitSeconds: event.waitSeconds,
      durationSeconds: event.durationSeconds,
      recording: event.recording,
      data: event.data,
      occurredAt: event.occurredAt.toISOString(),
    });
  }
}
