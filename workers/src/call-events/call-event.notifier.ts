import type { EventBus } from '@switchboard/schema';
import type { LiveStateSummary, NormalizedCallEvent } from '@switchboard/telephony';

/** The only code that publishes `call.event` (one per event written to the log) and `telephony.resynced`. */
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

  /** After each resync with Asterisk (every AMI login, so also after an Asterisk restart). */
  resynced(summary: LiveStateSummary, closedCalls: number): void {
    this.events.publish('telephony.resynced', { ...summary, closedCalls });
  }
}
