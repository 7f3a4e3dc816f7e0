import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import {
  BuiltInRole,
  CallEvent,
  CallEventType,
  Campaign,
  CampaignState,
  CampaignType,
  Contact,
  ContactDatabase,
  DialerContact,
  DialerContactStatus,
  DialOutcome,
  Disposition,
  DispositionOption,
  PreviewAssignment,
  PreviewAssignmentStatus,
  RecycleRun,
  RecycleRunStatus,
  RecycleTarget,
  runRecycle,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import { startRecyclerWorker, type RecyclerWorker } from '../../workers/src/recycler/recycler.worker.js';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { loggedIn } from '../support/factories.js';
import { failed, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { subscribe } from '../support/subscription-client.js';
import { addContact, caller, createCampaign, createDatabase, createOption } from '../support/contact-factory.js';
import { testEventBus, testWorkersConfig } from '../workers/call-events-harness.js';
import { finishedCampaign } from './recycle-scenario.js';

let api: ApiServer;
let orm: Orm;
let bus: EventBus;
let recycler: RecyclerWorker;
let manager: string;
let run: ReturnType<typeof caller>;

const BATCH = 20_000;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  bus = testEventBus();
  recycler = await startRecyclerWorker({
    // The queue's prefix must be the api's: the run's own Redis prefix.
    config: testWorkersConfig(`recycler-${randomUUID().slice(0, 8)}`, {
      REDIS_PREFIX: inject('redisPrefix'),
      RECYCLE_BATCH_SIZE: String(BATCH),
    }),
    orm,
    events: bus,
    logger: pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' }),
  });
  manager = (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token;
  run = caller(api.url, manager);
}, 60_000);

afterAll(async () => {
  await recycler?.close();
  await bus?.close();
  await closeTestApi(api, orm);
});

const RECYCLE = `mutation ($input: RecycleCampaignInput!) {
  recycleCampaign(input: $input) { id status campaignId target dispositionOptionIds outcomes } }`;
const PROGRESS = `subscription ($jobId: ID!) { recycleProgress(jobId: $jobId) {
  kind jobId status scannedContacts totalContacts recycledContacts resultCampaignId error } }`;

interface Progress {
  recycleProgress: {
    kind: string;
    status: string;
    scannedContacts: number;
    totalContacts: number;
    recycledContacts: number;
    resultCampaignId: string | null;
    error: string | null;
  };
}

/**
 * Recycles through the API and follows it twice: the bus from before the mutation (every
 * event), and the recycleProgress subscription (its snapshot, then what comes after).
 */
async function recycleAndWait(input: Record<string, unknown>) {
  const onBus: Progress['recycleProgress'][] = [];
  const iterator = bus.subscribe('campaign.recycle_progress')[Symbol.asyncIterator]();
  const collecting = (async () => {
    for (;;) {
      const { done, value } = await iterator.next();
      if (done) return;
      onBus.push({ kind: 'CHANGE', ...value.data });
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const job = ok(await run<{ recycleCampaign: { id: string } }>(RECYCLE, { input })).recycleCampaign;
  const subscription = subscribe<Progress>(api.url.replace(/^http/, 'ws'), manager, PROGRESS, { jobId: job.id });
  const ended = (event: { status: string }) => event.status === 'DONE' || event.status === 'FAILED';
  const events = await pollUntil(
    () => subscription.received.map((event) => event.recycleProgress),
    (received) => received.some(ended),
    { what: 'the subscription to see the end', timeoutMs: 120_000, intervalMs: 100 },
  );
  subscription.dispose();
  expect(subscription.errors).toEqual([]);
  const mine = () => onBus.filter((event) => (event as unknown as { runId: string }).runId === job.id);
  await pollUntil(mine, (received) => received.some(ended), { what: 'the bus to see the end' });
  await iterator.return?.();
  await collecting;
  const finalRun = await orm.em.fork().findOneOrFail(RecycleRun, { id: job.id }, { populate: ['resultCampaign'] });
  return { job, events, busEvents: mine(), run: finalRun };
}

const rowsOf = (campaignId: string) =>
  orm.em.fork().find(DialerContact, { campaign: campaignId }, { populate: ['contact'] });

describe('recycling a dialer campaign', () => {
  it('into the same campaign: exactly the contacts with the chosen dispositions or outcomes, counters reset', async () => {
    const { campaign, sale, contacts } = await finishedCampaign(orm);
    const {
      events,
      busEvents,
      run: done,
    } = await recycleAndWait({
      campaignId: campaign.id,
      target: 'SAME',
      dispositionOptionIds: [sale.id],
      outcomes: ['NO_ANSWER', 'BUSY'],
    });
    expect(events[0]!.kind).toBe('SNAPSHOT');
    expect(busEvents.map((event) => event.status)).toEqual(['RUNNING', 'RUNNING', 'DONE']);
    expect(events.at(-1)).toMatchObject({ status: 'DONE', recycledContacts: 3, scannedContacts: 7, totalContacts: 7 });
    expect(done.resultCampaign!.id).toBe(campaign.id);

    const rows = new Map((await rowsOf(campaign.id)).map((row) => [row.contact.id, row]));
    for (const recycled of [contacts.sold, contacts.noAnswer, contacts.busy]) {
      expect(rows.get(recycled.id)).toMatchObject({
        status: DialerContactStatus.PENDING,
        attempts: 0,
        attemptsByOutcome: {},
        phoneIndex: 0,
        nextAttemptAt: null,
      });
    }
    for (const untouched of [contacts.wrongNumber, contacts.machine]) {
      expect(rows.get(untouched.id)).toMatchObject({ status: DialerContactStatus.DONE, attempts: 3 });
    }
    expect(rows.get(contacts.onCall.id)!.status).toBe(DialerContactStatus.DIALING);
    expect(rows.has(contacts.neverDialed.id)).toBe(false);
    // The last outcome stays as history.
    expect(rows.get(contacts.busy.id)!.lastOutcome).toBe(DialOutcome.BUSY);

    // The campaign may be dialed again.
    const activated = ok(
      await run<{ activateCampaign: { state: string } }>(
        'mutation ($id: ID!) { activateCampaign(id: $id) { state } }',
        {
          id: campaign.id,
        },
      ),
    );
    expect(activated.activateCampaign.state).toBe('ACTIVE');
  }, 60_000);

  it('into a new campaign: an INACTIVE copy with a new database of copies of the selected contacts', async () => {
    const { campaign, database, wrong, contacts } = await finishedCampaign(orm);
    const name = `recycled-${randomUUID().slice(0, 8)}`;
    const { events, run: done } = await recycleAndWait({
      campaignId: campaign.id,
      target: 'NEW_CAMPAIGN',
      newCampaignName: name,
      dispositionOptionIds: [wrong.id],
      outcomes: ['MACHINE'],
    });
    expect(events.at(-1)).toMatchObject({ status: 'DONE', recycledContacts: 2 });
    const em = orm.em.fork();
    const copy = await em.findOneOrFail(
      Campaign,
      { id: done.resultCampaign!.id },
      { populate: ['contactDatabase', 'dispositionOptions'] },
    );
    expect(events.at(-1)!.resultCampaignId).toBe(copy.id);
    expect(copy).toMatchObject({ name, type: CampaignType.DIALER, state: CampaignState.INACTIVE });
    expect(copy.contactDatabase!.id).not.toBe(database.id);
    expect(copy.contactDatabase!.contactCount).toBe(2);
    expect(
      copy.dispositionOptions
        .getItems()
        .map((option) => option.name)
        .sort(),
    ).toEqual(['Sale', 'Wrong number']);
    const copies = await em.find(Contact, { database: copy.contactDatabase!.id });
    expect(copies.map((contact) => contact.phone).sort()).toEqual(
      [contacts.wrongNumber.phone, contacts.machine.phone].sort(),
    );
    expect(copies.map((contact) => contact.data).sort((a, b) => a['phone']!.localeCompare(b['phone']!))).toEqual(
      [contacts.wrongNumber.data, contacts.machine.data].sort((a, b) => a['phone']!.localeCompare(b['phone']!)),
    );
    // The new campaign dials them fresh; the source is left as it was.
    expect(await em.count(DialerContact, { campaign: copy.id })).toBe(0);
    expect((await rowsOf(campaign.id)).every((row) => row.status !== DialerContactStatus.PENDING)).toBe(true);
    expect((await em.findOneOrFail(Campaign, campaign.id)).state).toBe(CampaignState.FINISHED);
  }, 60_000);

  it('refuses bad requests', async () => {
    const { campaign, sale } = await finishedCampaign(orm);
    const other = await finishedCampaign(orm);
    const recycle = (input: Record<string, unknown>) =>
      run(RECYCLE, { input: { campaignId: campaign.id, target: 'SAME', ...input } });
    failed(await recycle({ dispositionOptionIds: [other.sale.id] }), 'BAD_USER_INPUT');
    failed(await recycle({}), 'BAD_USER_INPUT');
    failed(await recycle({ outcomes: ['NO_ANSWER'], newCampaignName: 'x' }), 'BAD_USER_INPUT');
    failed(
      await recycle({ target: 'NEW_CAMPAIGN', newCampaignName: other.campaign.name, outcomes: ['BUSY'] }),
      'BAD_USER_INPUT',
    );
    const active = await createCampaign(orm, { type: CampaignType.DIALER, database: await createDatabase(orm) });
    failed(await run(RECYCLE, { input: { campaignId: active.id, target: 'SAME', outcomes: ['BUSY'] } }), 'CONFLICT');
    const manual = await createCampaign(orm, { state: CampaignState.FINISHED, database: await createDatabase(orm) });
    failed(
      await run(RECYCLE, { input: { campaignId: manual.id, target: 'SAME', outcomes: ['BUSY'] } }),
      'BAD_USER_INPUT',
    );
    failed(
      await run(RECYCLE, { input: { campaignId: randomUUID(), target: 'SAME', outcomes: ['BUSY'] } }),
      'NOT_FOUND',
    );
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    failed(
      await caller(api.url, agent.token)(RECYCLE, {
        input: { campaignId: campaign.id, target: 'SAME', dispositionOptionIds: [sale.id] },
      }),
      'FORBIDDEN',
    );
    expect(await orm.em.fork().count(RecycleRun, { campaign: campaign.id })).toBe(0);
  });
});

describe('a recycling that crashes halfway', () => {
  it('leaves nothing half-recycled, and running it again (even twice) is safe', async () => {
    const { campaign, contacts } = await finishedCampaign(orm);
    const em = orm.em.fork();
    const request = Object.assign(new RecycleRun(), {
      campaign: em.getReference(Campaign, campaign.id),
      target: RecycleTarget.SAME,
      outcomes: [DialOutcome.NO_ANSWER, DialOutcome.BUSY, DialOutcome.MACHINE],
    });
    await em.persist(request).flush();
    let batches = 0;
    const crash = runRecycle(orm.em.fork(), request.id, {
      batchSize: 2,
      onProgress: () => {
        batches += 1;
        // The process dies after two batches were written in the transaction.
        if (batches === 3) throw new Error('killed');
      },
    });
    await expect(crash).rejects.toThrow('killed');
    expect((await rowsOf(campaign.id)).filter((row) => row.status === DialerContactStatus.PENDING)).toEqual([]);
    expect((await orm.em.fork().findOneOrFail(RecycleRun, request.id)).status).toBe(RecycleRunStatus.RUNNING);

    const again = () => runRecycle(orm.em.fork(), request.id, { batchSize: 2, onProgress: () => undefined });
    expect((await again()).recycledContacts).toBe(3);
    const after = await rowsOf(campaign.id);
    // A job run once more after its commit sees DONE and changes nothing.
    await orm.em
      .fork()
      .nativeUpdate(DialerContact, { campaign: campaign.id, contact: contacts.busy.id }, { attempts: 1 });
    expect((await again()).status).toBe(RecycleRunStatus.DONE);
    const pending = (await rowsOf(campaign.id)).filter((row) => row.status === DialerContactStatus.PENDING);
    expect(pending.map((row) => row.contact.id).sort()).toEqual(
      [contacts.noAnswer.id, contacts.busy.id, contacts.machine.id].sort(),
    );
    expect(after.length).toBe(pending.length + 3);
    expect(pending.find((row) => row.contact.id === contacts.busy.id)!.attempts).toBe(1);
  });
});

describe('recycling a preview campaign', () => {
  it('puts back the contacts never dispositioned, but not those agents hold or are calling', async () => {
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { type: CampaignType.PREVIEW, database, state: CampaignState.FINISHED });
    const option = await createOption(orm, campaign);
    const [finished, delivered, reserved, calling, released, waiting] = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => addContact(orm, database)),
    );
    const em = orm.em.fork();
    const assignment = (contact: Contact, status: PreviewAssignmentStatus, reservedUntil: Date | null = null) =>
      em.persist(
        Object.assign(new PreviewAssignment(), {
          campaign: em.getReference(Campaign, campaign.id),
          contact: em.getReference(Contact, contact.id),
          status,
          reservedUntil,
          attempts: 1,
        }),
      );
    assignment(finished!, PreviewAssignmentStatus.FINISHED);
    // On an agent's screen, or called by it: the agent holds them until a disposition or a skip.
    assignment(delivered!, PreviewAssignmentStatus.DELIVERED);
    assignment(reserved!, PreviewAssignmentStatus.RESERVED, new Date(Date.now() + 600_000));
    // Skipped back to the queue while its call is still on: the agent is talking to it.
    assignment(calling!, PreviewAssignmentStatus.INITIAL);
    assignment(released!, PreviewAssignmentStatus.INITIAL);
    const callId = randomUUID();
    em.persist(
      Object.assign(new CallEvent(), {
        eventKey: `${callId}-dial`,
        callId,
        type: CallEventType.DIAL,
        campaignId: campaign.id,
        contactId: calling!.id,
      }),
    );
    em.persist(
      Object.assign(new Disposition(), {
        campaign: em.getReference(Campaign, campaign.id),
        contact: em.getReference(Contact, finished!.id),
        option: em.getReference(DispositionOption, option.id),
      }),
    );
    await em.flush();
    failed(
      await run(RECYCLE, { input: { campaignId: campaign.id, target: 'SAME', outcomes: ['BUSY'] } }),
      'BAD_USER_INPUT',
    );

    const same = await recycleAndWait({ campaignId: campaign.id, target: 'SAME' });
    expect(same.events.at(-1)).toMatchObject({ status: 'DONE', recycledContacts: 2 });
    const rows = await orm.em.fork().find(PreviewAssignment, { campaign: campaign.id });
    const rowOf = (contact: Contact) => rows.find((row) => row.contact.id === contact.id);
    expect(rowOf(released!)).toMatchObject({ status: PreviewAssignmentStatus.INITIAL, attempts: 0 });
    expect(rowOf(finished!)?.status).toBe(PreviewAssignmentStatus.FINISHED);
    expect(rowOf(delivered!)).toMatchObject({ status: PreviewAssignmentStatus.DELIVERED, attempts: 1 });
    expect(rowOf(reserved!)).toMatchObject({ status: PreviewAssignmentStatus.RESERVED, attempts: 1 });
    expect(rowOf(reserved!)!.reservedUntil).not.toBeNull();
    expect(rowOf(calling!)).toMatchObject({ status: PreviewAssignmentStatus.INITIAL, attempts: 1 });
    expect(rowOf(waiting!)).toBeUndefined();

    // A copy takes nothing from the agents: every contact never dispositioned goes.
    const copy = await recycleAndWait({ campaignId: campaign.id, target: 'NEW_CAMPAIGN' });
    const copyCampaign = await orm.em
      .fork()
      .findOneOrFail(Campaign, { id: copy.run.resultCampaign!.id }, { populate: ['contactDatabase'] });
    expect(copyCampaign.type).toBe(CampaignType.PREVIEW);
    const phones = (await orm.em.fork().find(Contact, { database: copyCampaign.contactDatabase!.id })).map(
      (c) => c.phone,
    );
    expect(phones.sort()).toEqual(
      [delivered!, reserved!, calling!, released!, waiting!].map((contact) => contact.phone).sort(),
    );
  }, 60_000);
});

describe('a large recycle', () => {
  it('recycles 200,000 contacts in batches, with flat memory', async () => {
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { type: CampaignType.DIALER, database, state: CampaignState.PAUSED });
    const em = orm.em.fork();
    await em.execute(
      `insert into contacts (id, created_at, updated_at, database_id, phone, external_id, data)
       select gen_random_uuid(), now() + make_interval(secs => n / 1000.0), now(), ?, '+54911' || (30000000 + n),
              'X-' || n, jsonb_build_object('phone', '+54911' || (30000000 + n), 'name', 'bulk ' || n)
         from generate_series(1, 200000) as n`,
      [database.id],
    );
    // Every other contact was last not answered, the rest answered.
    await em.execute(
      `insert into dialer_contacts (campaign_id, contact_id, status, source, attempts, attempts_by_outcome,
                                    phone_index, last_outcome, updated_at)
       select ?, c.id, 'DONE', 'FRESH', 2, '{}', 0,
              (case when c.external_id::text ~ '[02468]$' then 'NO_ANSWER' else 'CONNECTED' end)::dial_outcome, now()
         from contacts c where c.database_id = ?`,
      [campaign.id, database.id],
    );
    await em.nativeUpdate(ContactDatabase, { id: database.id }, { contactCount: 200_000 });

    global.gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 20);
    const {
      events,
      busEvents,
      run: done,
    } = await recycleAndWait({
      campaignId: campaign.id,
      target: 'SAME',
      outcomes: ['NO_ANSWER'],
    });
    clearInterval(sampler);

    expect(done.status).toBe(RecycleRunStatus.DONE);
    expect(done.recycledContacts).toBe(100_000);
    expect(events.at(-1)).toMatchObject({ status: 'DONE', recycledContacts: 100_000 });
    // One event as it starts, then one per batch of 20,000 (and one more when the last is short).
    const batches = busEvents.filter((event) => event.status === 'RUNNING').slice(1);
    expect(batches.length).toBeGreaterThanOrEqual(200_000 / BATCH);
    expect(batches[0]!.scannedContacts).toBe(BATCH);
    const scanned = batches.map((event) => event.scannedContacts);
    expect(scanned).toEqual([...scanned].sort((a, b) => a - b));
    expect(scanned.at(-1)).toBe(200_000);
    expect(
      await orm.em.fork().count(DialerContact, { campaign: campaign.id, status: DialerContactStatus.PENDING }),
    ).toBe(100_000);
    // 200,000 contacts loaded as entities would take hundreds of MB; batches in SQL take none.
    expect(peak - baseline).toBeLessThan(64 * 1024 * 1024);
  }, 180_000);
});
