import type { EventBus } from '../events/event-bus.js';
import type { InboundQueueStatsData } from './inbound-queue.types.js';

/** The only code that publishes `queue.state_changed`. */
export class InboundQueueNotifier {
  constructor(private readonly events: EventBus) {}

  changed(stats: InboundQueueStatsData): void {
    this.events.publish('queue.state_changed', { stats });
  }
}
