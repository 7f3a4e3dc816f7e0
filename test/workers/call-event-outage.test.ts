// A call event written while Postgres is unavailable is retried, not lost. The outage is
// Postgres's own answer, on a database of the file's own: a trigger refuses inserts into the
// log with the error a restarting server gives (57P03, "the database system is starting up")
// until the test switches it off; a refusal for the content of the write is not retried.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { CallEvent, type EventBus, type Orm } from '@switchboard/schema';
import type { NormalizedCallEvent } from '@switchboard/telephony';
import { CallEventNotifier } from '../../workers/src/call-events/call-event.notifier.js';
import { CallEventWriter } from '../../workers/src/call-events/call-event.writer.js';
import { retryThroughOutage } from '../../workers/src/common/database-retry.js';
import { openScratchDatabase } from '../support/scratch-database.js';
import { testEventBus } from './call-events-harness.js';

let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let orm: Orm;
let bus: EventBus;
const logger = pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });

beforeAll(async () => {
  scratch = await openScratchDatabase('call_event_outage');
  orm = scratch.orm;
  bus = testEventBus();
});

afterAll(async () => {
  await bus?.close();
  await scratch?.drop();
});

/** Makes inserts into the log fail with `sqlstate` until the returned function is called. */
async function refuseInserts(sqlstate: string, message: string): Promise<() => Promise<void>> {
  const em = orm.em.fork();
  await em.execute(`create table if not exists outage_switch (sqlstate text, message text)`);
  await em.execute(`delete from outage_switch`);
  await em.execute(`insert into outage_switch values (?, ?)`, [sqlstate, message]);
  await em.execute(`create or replace function refuse_while_down() returns trigger language plpgsql as $$
    declare refusal outage_switch;
    begin
      select * into refusal from outage_switch limit 1;
      if found then raise exception '%', refusal.message using errcode = refusal.sqlstate; end if;
      return new;
    end $$`);
  await em.execute(`drop trigger if exists outage on call_events`);
  await em.execute(
    `create trigger outage before insert on call_events for each row execute function refuse_while_down()`,
  );
  return async () => {
    await orm.em.fork().execute(`delete from outage_switch`);
  };
}

const event = (key: string): NormalizedCallEvent => ({
  eventKey: key,
  callId: `outage-${key}`,
  type: 'DIAL',
  occurredAt: new Date(),
  campaignId: null,
  agentId: null,
  contactId: null,
  phone: '5550001',
  waitSeconds: null,
  durationSeconds: null,
  recording: null,
  data: {},
});

describe('call-event writes through a database outage', () => {
  it('writes the event once the database is back, exactly once; a refused write is not retried', async () => {
    const writer = new CallEventWriter(orm, new CallEventNotifier(bus), logger);
    expect(await writer.write(event('before'))).toBe(true);

    const back = await refuseInserts('57P03', 'the database system is starting up');
    // Without the retry the event is lost: the write fails while the database is away.
    await expect(writer.write(event('lost'))).rejects.toMatchObject({ code: '57P03' });
    const retried = retryThroughOutage(() => writer.write(event('during')), {
      logger,
      what: 'test event',
      firstDelayMs: 50,
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await back();
    expect(await retried).toBe(true);
    expect(await writer.write(event('during'))).toBe(false);

    await refuseInserts('22023', 'a value Postgres refuses');
    const started = Date.now();
    await expect(
      retryThroughOutage(() => writer.write(event('refused')), { logger, what: 'test event', firstDelayMs: 200 }),
    ).rejects.toMatchObject({ code: '22023' });
    expect(Date.now() - started).toBeLessThan(200);
    const keys = (await orm.em.fork().find(CallEvent, { callId: { $like: 'outage-%' } })).map((row) => row.eventKey);
    expect(keys.sort()).toEqual(['before', 'during']);
  });
});
