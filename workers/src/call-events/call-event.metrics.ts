import { Counter, Histogram, type Registry } from 'prom-client';
import type { NormalizedCallEvent } from '@switchboard/telephony';
import { sharedMetric } from '../common/shared-metric.js';

/** Sub-second when all is well; tens of seconds while Postgres is away and writes are retried. */
const LAG_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** What workers/call-events reports of the call-event log (docs/metrics-workers.md). */
export class CallEventMetrics {
  private readonly lag: Histogram<'type'>;
  private readonly written: Counter<'type'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.lag = sharedMetric(
      registry,
      'switchboard_call_event_lag_seconds',
      () =>
        new Histogram({
          name: 'switchboard_call_event_lag_seconds',
          help: "Seconds from a call event's time (Asterisk's event timestamp) to its row written in the call-event log, by type.",
          labelNames: ['type'],
          buckets: LAG_BUCKETS,
          registers,
        }),
    );
    this.written = sharedMetric(
      registry,
      'switchboard_call_events_written_total',
      () =>
        new Counter({
          name: 'switchboard_call_events_written_total',
          help: 'Call events written to the log (new ones; replays of logged events are not counted), by type.',
          labelNames: ['type'],
          registers,
        }),
    );
  }

  /** A new row in the log, written at `writtenAt` (ms). */
  logged(event: Pick<NormalizedCallEvent, 'type' | 'occurredAt'>, writtenAt = Date.now()): void {
    this.written.inc({ type: event.type });
    // Never negative: Asterisk's clock and ours may differ by a little.
    this.lag.observe({ type: event.type }, Math.max(0, (writtenAt - event.occurredAt.getTime()) / 1000));
  }
}
