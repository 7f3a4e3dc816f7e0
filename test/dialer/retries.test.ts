import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import {
  BuiltInRole,
  Callback,
  CallbackStatus,
  Campaign,
  CampaignType,
  Contact,
  DialerContact,
  DialerContactSource,
  DialerContactStatus,
  DialerWatermark,
  DialOutcome,
  DispositionType,
  DISPOSITION_WATERMARK,
  RetryRule,
  DispositionOption,
  type ContactDatabase,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import { startRetriesWorker, type RetriesWorker } from '../../workers/src/retries/retries.worker.js';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { loggedIn } from '../support/factories.js';
import { ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { addContact, caller, createCampaign, createDatabase, createOption } from '../support/contact-factory.js';
import { testEventBus, testWorkersConfig } from '../workers/call-events-harness.js';

let api: ApiServer;
let orm: Orm;
let bus: EventBus;
const workers: RetriesWorker[] = [];
const leaseScope = `retries-${randomUUID().slice(0, 8)}`;

function startWorker(): RetriesWorker {
  const worker = startRetriesWorker({
    config: testWorkersConfig(leaseScope, { RETRIES_SWEEP_MS: '300' }),
    orm,
    events: bus,
    logger: pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' }),
  });
  workers.push(worker);
  return worker;
}

async function stopWorker(worker: RetriesWorker): Promise<void> {
  await worker.close();
  workers.splice(workers.indexOf(worker), 1);
}

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  bus = testEventBus();
});

afterAll(async () => {
  for (const worker of workers.splice(0)) await worker.close();
  await bus?.close();
  await closeTestApi(api, orm);
});

const DISPOSE = `mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { id revision updatedAt } }`;
const RESCHEDULE = `mutation ($id: ID!, $at: DateTime!) { rescheduleCallback(id: $id, scheduledAt: $at) { id scheduledAt } }`;
const CANCEL = `mutation ($id: ID!) { cancelCallback(id: $id) { id status } }`;

/** A DIALER campaign with an agent, a supervisor, a rule-carrying option, a plain one and a CALLBACK one. */
async function scenario() {
  const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
  const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
  const database = await createDatabase(orm);
  const campaign = await createCampaign(orm, {
    type: CampaignType.DIALER,
    database,
    agents: [agent.user],
    supervisors: [supervisor.user],
  });
  const later = await createOption(orm, campaign, { name: 'Call me later' });
  const plain = await createOption(orm, campaign, { name: 'Not interested' });
  const callbackOption = await createOption(orm, campaign, { name: 'Agenda', type: DispositionType.CALLBACK });
  const em = orm.em.fork();
  em.persist(
    Object.assign(new RetryRule(), {
      campaign: em.getReference(Campaign, campaign.id),
      dispositionOption: em.getReference(DispositionOption, later.id),
      retryAfterSeconds: 600,
      maxAttempts: 2,
    }),
  );
  await em.flush();
  const asAgent = caller(api.url, agent.token);
  const asSupervisor = caller(api.url, supervisor.token);
  const dispose = async (contact: Contact, option: DispositionOption, callbackAt?: Date) =>
    ok(
      await asAgent<{ disposeContact: { id: string; revision: number; updatedAt: string } }>(DISPOSE, {
        input: {
          campaignId: campaign.id,
          contactId: contact.id,
          optionId: option.id,
          ...(callbackAt ? { callback: { kind: 'GLOBAL', scheduledAt: callbackAt.toISOString() } } : {}),
        },
      }),
    ).disposeContact;
  return { campaign, database, later, plain, callbackOption, dispose, asSupervisor };
}

/** A row as the dialer leaves it after a call. */
async function dialerRow(
  campaign: Campaign,
  contact: Contact,
  values: Partial<Pick<DialerContact, 'status' | 'attempts' | 'lastOutcome' | 'lastAttemptAt'>>,
) {
  const em = orm.em.fork();
  const row = Object.assign(new DialerContact(), {
    campaign: em.getReference(Campaign, campaign.id),
    contact: em.getReference(Contact, contact.id),
    ...values,
  });
  await em.persist(row).flush();
  return row;
}

const rowOf = (campaign: Campaign, contact: Contact) =>
  orm.em.fork().findOne(DialerContact, { campaign: campaign.id, contact: contact.id });

const contactsOf = (database: ContactDatabase, count: number) =>
  Promise.all(Array.from({ length: count }, () => addContact(orm, database)));

describe('retry rules attached to disposition options', () => {
  it('schedules the contact from the disposition time, creates missing rows, honours max attempts, waits for calls on', async () => {
    const worker = startWorker();
    const { campaign, database, later, plain, dispose } = await scenario();
    const [connected, noRow, other, exhausted, onCall] = await contactsOf(database, 5);
    await dialerRow(campaign, connected!, {
      status: DialerContactStatus.DONE,
      attempts: 1,
      lastOutcome: DialOutcome.CONNECTED,
    });
    await dialerRow(campaign, exhausted!, { status: DialerContactStatus.DONE, attempts: 2 });
    await dialerRow(campaign, onCall!, { status: DialerContactStatus.DIALING, attempts: 1 });

    const first = await dispose(connected!, later);
    await dispose(noRow!, later);
    await dispose(other!, plain);
    await dispose(exhausted!, later);
    await dispose(onCall!, later);

    const scheduled = await pollUntil(
      () => rowOf(campaign, connected!),
      (row) => row?.status === DialerContactStatus.SCHEDULED,
      { what: 'the dispositioned contact scheduled' },
    );
    expect(scheduled!.source).toBe(DialerContactSource.RETRY);
    expect(scheduled!.attempts).toBe(1);
    expect(scheduled!.dispositionRevision).toBe(1);
    // 600 s after the disposition (its own time, not the worker's).
    const expected = Date.parse(first.updatedAt) + 600_000;
    expect(Math.abs(scheduled!.nextAttemptAt!.getTime() - expected)).toBeLessThan(2000);

    const created = await pollUntil(
      () => rowOf(campaign, noRow!),
      (row) => row !== null,
    );
    expect(created).toMatchObject({ status: DialerContactStatus.SCHEDULED, attempts: 0 });
    expect(
      (await pollUntil(
        () => rowOf(campaign, exhausted!),
        (row) => row?.dispositionRevision === 1,
      ))!.status,
    ).toBe(DialerContactStatus.DONE);

    await worker.sweep();
    expect(await rowOf(campaign, other!)).toBeNull();
    // The dialer still holds this one: applied only once it lets go.
    expect((await rowOf(campaign, onCall!))!.status).toBe(DialerContactStatus.DIALING);
    await orm.em
      .fork()
      .nativeUpdate(
        DialerContact,
        { campaign: campaign.id, contact: onCall!.id },
        { status: DialerContactStatus.DONE, lastOutcome: DialOutcome.CONNECTED },
      );
    await worker.sweep();
    expect((await rowOf(campaign, onCall!))!.status).toBe(DialerContactStatus.SCHEDULED);

    // Seen again (a later sweep, a restart): applied once, nothing moves.
    const before = await rowOf(campaign, connected!);
    await worker.sweep();
    expect((await rowOf(campaign, connected!))!.updatedAt).toEqual(before!.updatedAt);
    await stopWorker(worker);
  });

  it('catches up with dispositions recorded while the worker was down', async () => {
    const { campaign, database, later, dispose } = await scenario();
    const [contact, again] = await contactsOf(database, 2);
    await dialerRow(campaign, again!, { status: DialerContactStatus.DONE, attempts: 1 });
    await dispose(contact!, later);
    await dispose(again!, later);
    // A second version of the same disposition while nobody listens: revision 2 is applied once.
    await dispose(again!, later);
    expect(await rowOf(campaign, contact!)).toBeNull();

    const worker = startWorker();
    const row = await pollUntil(
      () => rowOf(campaign, contact!),
      (found) => found?.status === DialerContactStatus.SCHEDULED,
      { what: 'the catch-up scan' },
    );
    expect(row!.source).toBe(DialerContactSource.RETRY);
    expect((await rowOf(campaign, again!))!.dispositionRevision).toBe(2);
    const mark = await orm.em.fork().findOne(DialerWatermark, { name: DISPOSITION_WATERMARK });
    expect(mark!.position.getTime()).toBeGreaterThan(Date.now() - 60_000);
    await stopWorker(worker);
  });
});

describe('global callbacks back into the dialer', () => {
  it('becomes a due CALLBACK row at its time, is marked done once dialed, and survives a restart', async () => {
    let worker = startWorker();
    const { campaign, database, callbackOption, dispose, asSupervisor } = await scenario();
    const [soon, moved, cancelled, whileDown, unreachable] = await contactsOf(database, 5);
    const soonAt = new Date(Date.now() + 2500);
    await dispose(soon!, callbackOption, soonAt);
    await dispose(unreachable!, callbackOption, soonAt);
    await dispose(moved!, callbackOption, new Date(Date.now() + 3_600_000));
    await dispose(cancelled!, callbackOption, new Date(Date.now() + 3_600_000));
    const callbackOf = (contact: Contact) =>
      orm.em.fork().findOneOrFail(Callback, { campaign: campaign.id, contact: contact.id });

    const row = await pollUntil(
      () => rowOf(campaign, soon!),
      (found) => found?.source === DialerContactSource.CALLBACK,
      { what: 'the callback row' },
    );
    expect(row).toMatchObject({ status: DialerContactStatus.SCHEDULED, callbackId: (await callbackOf(soon!)).id });
    expect(row!.nextAttemptAt!.getTime()).toBe(soonAt.getTime());
    // Due (what the dialer's hopper asks for) only at its time.
    const due = () =>
      orm.em.fork().count(DialerContact, {
        campaign: campaign.id,
        contact: soon!.id,
        status: DialerContactStatus.SCHEDULED,
        nextAttemptAt: { $lte: new Date() },
      });
    expect(await due()).toBe(0);
    await pollUntil(due, (count) => count === 1, { what: 'the callback due', timeoutMs: 10_000 });

    // Down: a new callback, one moved, one cancelled.
    await stopWorker(worker);
    await pollUntil(
      () => rowOf(campaign, cancelled!),
      (found) => found?.source === DialerContactSource.CALLBACK,
    );
    await dispose(whileDown!, callbackOption, new Date(Date.now() + 1_800_000));
    const movedTo = new Date(Date.now() + 7_200_000);
    ok(await asSupervisor(RESCHEDULE, { id: (await callbackOf(moved!)).id, at: movedTo.toISOString() }));
    ok(await asSupervisor(CANCEL, { id: (await callbackOf(cancelled!)).id }));

    worker = startWorker();
    await pollUntil(
      () => rowOf(campaign, whileDown!),
      (found) => found?.source === DialerContactSource.CALLBACK,
      { what: 'the callback made while down' },
    );
    await pollUntil(
      () => rowOf(campaign, moved!),
      (found) => found?.nextAttemptAt?.getTime() === movedTo.getTime(),
      { what: 'the rescheduled callback' },
    );
    const released = await pollUntil(
      () => rowOf(campaign, cancelled!),
      (found) => found?.status === DialerContactStatus.DONE,
      { what: 'the cancelled callback released' },
    );
    expect(released!.callbackId).toBeNull();

    // The dialer takes the due row and calls: while the call is on, nothing changes...
    const em = orm.em.fork();
    await em.nativeUpdate(
      DialerContact,
      { id: row!.id },
      { status: DialerContactStatus.DIALING, claimedBy: 'dialer-test', lastAttemptAt: new Date() },
    );
    await worker.sweep();
    expect((await callbackOf(soon!)).status).toBe(CallbackStatus.PENDING);
    // ...and once the attempt is over the callback is done and the row is not scheduled again.
    await em.nativeUpdate(
      DialerContact,
      { id: row!.id },
      {
        status: DialerContactStatus.DONE,
        source: DialerContactSource.FRESH,
        attempts: 1,
        lastOutcome: DialOutcome.CONNECTED,
        claimedBy: null,
      },
    );
    await worker.sweep();
    expect((await callbackOf(soon!)).status).toBe(CallbackStatus.DONE);
    expect(await rowOf(campaign, soon!)).toMatchObject({ status: DialerContactStatus.DONE, callbackId: null });
    expect((await callbackOf(moved!)).status).toBe(CallbackStatus.PENDING);

    // Taken when due but nothing to dial (no phone): no call, yet the callback is over.
    await em.nativeUpdate(
      DialerContact,
      { campaign: campaign.id, contact: unreachable!.id },
      {
        status: DialerContactStatus.DONE,
        source: DialerContactSource.FRESH,
        lastOutcome: DialOutcome.NO_PHONE,
        updatedAt: new Date(),
      },
    );
    await worker.sweep();
    expect((await callbackOf(unreachable!)).status).toBe(CallbackStatus.DONE);
    expect((await rowOf(campaign, unreachable!))!.status).toBe(DialerContactStatus.DONE);
    await stopWorker(worker);
  });
});
