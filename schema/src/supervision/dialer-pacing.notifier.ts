import type { EventBus } from '../events/event-bus.js';
import type { DialerPacingData } from './dialer-pacing.types.js';

/** The only code that publishes `dialer.pacing_decided`. */
export class DialerPacingNotifier {
  constructor(private readonly events: EventBus) {}

  /** A new decision of the campaign's dialer. */
  decided(pacing: DialerPacingData): void {
    this.events.publish('dialer.pacing_decided', { campaignId: pacing.campaignId, pacing });
  }

  /** The dialer stopped deciding for the campaign (let it go, lost its lease, left its window). */
  stopped(campaignId: string): void {
    this.events.publish('dialer.pacing_decided', { campaignId, pacing: null });
  }
}
