// Call-event lag as workers/call-events reports it: from the event's time (Asterisk's
// timestamp) to its row in the real call-event log; a replayed event is not counted again.

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createMetricsRegistry, openDatabase, type EventBus, type Orm } from '@switchboard/schema';
import type { NormalizedCallEvent } from '@switchboard/telephony';
import { inject } from 'vitest';
import { CallEventMetrics } from '../../workers/src/call-events/call-event.metrics.js';
import { CallEventNotifier } from '../../workers/src/call-events/call-event.notifier.js';
import { CallEventWriter } from '../../workers/src/call-events/call-event.writer.js';
import { metricSample } from '../support/metrics-text.js';
import { testEventBus } from './call-events-harness.js';

let orm: Orm;
let bus: EventBus;

beforeAll(async () => {
  orm = await openDatabase(inject('databaseUrl'));
  bus = testEventBus();
});

afterAll(async () => {
  await bus?.close();
  await orm?.close(true);
});

const dialEvent = (occurredAt: Date): NormalizedCallEvent => {
  const callId = randomUUID();
  return {
    eventKey: `${callId}:DIAL`,
    callId,
    type: 'DIAL',
    occurredAt,
    campaignId: null,
    agentId: null,
    contactId: null,
    phone: '5550100',
    waitSeconds: null,
    durationSeconds: null,
    recording: null,
    data: { linkedid: callId },
  };
};

describe('call-event metrics', () => {
  it('observe the lag from the event time to the log, once per event', async () => {
    const registry = createMetricsRegistry('call-events');
    const writer = new CallEventWriter(
      orm,
      new CallEventNotifier(bus),
      pino({ level: 'silent' }),
      new CallEventMetrics(registry),
    );
    // An event Asterisk stamped 3 s ago (as after a Postgres outage the writes waited out).
    const late = dialEvent(new Date(Date.now() - 3_000));
    expect(await writer.write(late)).toBe(true);
    expect(await writer.write(late)).toBe(false);
    expect(await writer.write(dialEvent(new Date()))).toBe(true);

    const text = await registry.metrics();
    const dial = { type: 'DIAL' };
    expect(metricSample(text, 'switchboard_call_events_written_total', dial)).toBe(2);
    expect(metricSample(text, 'switchboard_call_event_lag_seconds_count', dial)).toBe(2);
    expect(metricSample(text, 'switchboard_call_event_lag_seconds_sum', dial)).toBeGreaterThanOrEqual(3);
    // The late one is past 2.5 s; the prompt one is within it.
    expect(metricSample(text, 'switchboard_call_event_lag_seconds_bucket', { ...dial, le: '2.5' })).toBe(1);
    expect(metricSample(text, 'switchboard_call_event_lag_seconds_bucket', { ...dial, le: '5' })).toBe(2);
  });
});
