import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { BuiltInRole, Campaign, CampaignType, User, openDatabase, type EventBus, type Orm } from '@switchboard/schema';
import {
  AMD_CONTEXT,
  amiClientOptions,
  fakePstnNumber,
  hangup,
  type AmiClient,
  type AmiEventBase,
  type FakePstnOutcome,
} from '@switchboard/telephony';
import { startCallEventsWorker, type CallEventsWorker } from '../../workers/src/call-events/call-events.worker.js';
import { CallEventsProcessor } from '../../workers/src/call-events/call-events.processor.js';
import { CallEventWriter } from '../../workers/src/call-events/call-event.writer.js';
import { CallEventNotifier } from '../../workers/src/call-events/call-event.notifier.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from '../telephony/pbx-harness.js';
import { recordEvents } from '../telephony/event-recorder.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import type { ApiServer } from '../../api/src/server.js';
import { subscribe } from '../support/subscription-client.js';
import { createUser, login, unique } from '../support/factories.js';
import { pollUntil } from '../support/poll-until.js';
import {
  amiRelay,
  countEvents,
  loggedEvents,
  placeCall,
  testEventBus,
  testWorkersConfig,
  waitForEnd,
  type PlacedCall,
} from './call-events-harness.js';

let pbx: TestPbx;
let orm: Orm;
let bus: EventBus;
let relay: Awaited<ReturnType<typeof amiRelay>>;
let worker: CallEventsWorker;
let caller: AmiClient;
let recorder: ReturnType<typeof recordEvents>;

beforeAll(async () => {
  pbx = await ensurePbx();
  orm = await openDatabase(testWorkersConfig('x').DATABASE_URL);
  bus = testEventBus();
  relay = await amiRelay(pbx.config.PBX_AMI_PORT);
  const logger = pino({ level: pbx.config.LOG_LEVEL });
  worker = startCallEventsWorker({
    config: testWorkersConfig('call-events'),
    // Through the relay, so a test can cut the worker's AMI connection; a slow first retry
    // leaves time for a call to end while the worker is away.
    amiOptions: {
      ...(await amiClientOptions(pbx.config, logger)),
      port: relay.port,
      reconnect: { initialDelayMs: 1500, maxDelayMs: 3000 },
    },
    orm,
    events: bus,
    logger,
  });
  await pollUntil(() => worker.active()?.ami.connected, Boolean, { timeoutMs: 20_000, what: 'the worker to lead' });
  caller = await pbx.connectAmi();
  recorder = recordEvents(caller);
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  recorder?.stop();
  await caller?.close();
  await worker?.close();
  await relay?.close();
  await bus?.close();
  await orm?.close(true);
});

const typesOf = (events: { type: string }[]) => events.map((event) => event.type);
const eventsOfCall = (call: PlacedCall): AmiEventBase[] =>
  recorder.events.filter((event) => event['linkedid'] === call.channelId || event['destlinkedid'] === call.channelId);

describe('workers/call-events against the real Asterisk', () => {
  it.each<[FakePstnOutcome, string[], number, Record<string, string>]>([
    ['busy', ['DIAL', 'BUSY'], 17, {}],
    ['noAnswer', ['DIAL', 'NOANSWER'], 0, { DIAL_TIMEOUT: '2' }],
    ['congestion', ['DIAL', 'CONGESTION'], 34, {}],
    ['rejected', ['DIAL', 'FAIL'], 21, {}],
    ['unallocated', ['DIAL', 'CHANUNAVAIL'], 1, {}],
  ])('a %s number logs %j with hang-up cause %i', async (outcome, types, cause, variables) => {
    const number = fakePstnNumber(outcome);
    const call = await placeCall(caller, number, { variables });
    const logged = await waitForEnd(orm, call.callId);
    expect(typesOf(logged)).toEqual(types);
    for (const event of logged)
      expect(event).toMatchObject({ campaignId: call.campaignId, contactId: call.contactId, phone: number });
    expect(logged[1]!.data).toMatchObject({ cause });
  });

  it('a human who hangs up: DIAL, ANSWER after the ring, COMPLETEOUTNUM with the talk time', async () => {
    const call = await placeCall(caller, fakePstnNumber('human', 2));
    const logged = await waitForEnd(orm, call.callId);
    expect(typesOf(logged)).toEqual(['DIAL', 'ANSWER', 'COMPLETEOUTNUM']);
    expect(logged[1]!.waitSeconds).toBe(2);
    expect(logged[2]).toMatchObject({ durationSeconds: 3, data: { cause: 16, hungUpBy: 'customer' } });
  });

  it('an answering machine: AMD says MACHINE, then the platform hangs up (COMPLETEAGENT)', async () => {
    const call = await placeCall(caller, fakePstnNumber('machine', 10), {
      destination: { context: AMD_CONTEXT, exten: 's' },
    });
    const logged = await waitForEnd(orm, call.callId);
    expect(typesOf(logged)).toEqual(['DIAL', 'ANSWER', 'AMD', 'COMPLETEAGENT']);
    expect(logged[2]!.data).toMatchObject({ status: 'MACHINE' });
  });

  it('writes nothing twice when the same AMI events are replayed', async () => {
    const calls = await Promise.all([
      placeCall(caller, fakePstnNumber('busy')),
      placeCall(caller, fakePstnNumber('human', 1)),
    ]);
    for (const call of calls) await waitForEnd(orm, call.callId);
    const before = await countEvents(orm);
    const replayed = calls.flatMap(eventsOfCall);
    expect(replayed.length).toBeGreaterThan(20);

    // Through a fresh processor (as after a restart) and through the running worker again.
    const logger = pino({ level: 'silent' });
    const fresh = new CallEventsProcessor({
      ami: caller,
      orm,
      writer: new CallEventWriter(orm, new CallEventNotifier(bus), logger),
      logger,
      resyncWindowHours: 1,
    });
    for (const event of replayed) await fresh.handleEvent(event);
    const running = worker.active()!.processor;
    for (const event of replayed) await running.handleEvent(event);
    await running.idle();
    expect(await countEvents(orm)).toBe(before);
  });

  it('survives its AMI connection dropping mid-call, and closes the call that ended meanwhile', async () => {
    const call = await placeCall(caller, fakePstnNumber('human', 60), {
      destination: { application: 'Wait', data: '60' },
    });
    await pollUntil(
      () => loggedEvents(orm, call.callId),
      (events) => typesOf(events).includes('ANSWER'),
      { timeoutMs: 15_000, what: 'the answer in the log' },
    );
    const dropped = new Promise((resolve) => worker.active()!.ami.onConnection('disconnected', resolve));
    relay.cut();
    await dropped;
    // The call ends while the worker is not listening.
    await hangup(caller, {
      channel: String(eventsOfCall(call).find((event) => event.event === 'Newchannel')!['channel']),
    });
    await recorder.waitFor(
      'Hangup',
      (event) => event.linkedid === call.channelId && event.channel.startsWith('PJSIP/'),
    );

    const logged = await waitForEnd(orm, call.callId);
    expect(typesOf(logged)).toEqual(['DIAL', 'ANSWER', 'FAIL']);
    expect(logged[2]!.data).toMatchObject({ reason: 'closed-after-resync', answered: true });
    expect(worker.active()!.ami.connected).toBe(true);

    // And it goes on logging calls after the reconnect.
    const next = await placeCall(caller, fakePstnNumber('busy'));
    expect(typesOf(await waitForEnd(orm, next.callId))).toEqual(['DIAL', 'BUSY']);
  });
});

describe('the callEvents subscription', () => {
  let api: ApiServer | undefined;
  let apiOrm: Orm | undefined;

  beforeAll(async () => {
    ({ api, orm: apiOrm } = await openTestApi());
  });
  afterAll(() => closeTestApi(api, apiOrm));

  async function campaign(supervisor?: User): Promise<string> {
    const em = orm.em.fork();
    const created = Object.assign(new Campaign(), { name: unique('calls'), type: CampaignType.MANUAL });
    if (supervisor) created.supervisors.add(em.getReference(User, supervisor.id));
    await em.persist(created).flush();
    return created.id;
  }

  it("delivers the events of a supervisor's campaigns, and not those of other campaigns", async () => {
    const supervisor = await createUser(orm, BuiltInRole.SUPERVISOR);
    const [mine, theirs] = [await campaign(supervisor.user), await campaign()];
    const token = await login(api!.url, supervisor.username);
    const live = subscribe<{ callEvents: { callId: string; type: string; campaignId: string; eventKey: string } }>(
      api!.url.replace(/^http/, 'ws'),
      token,
      'subscription { callEvents { id kind eventKey callId type campaignId phone data } }',
    );
    try {
      // The subscription is live once the server acknowledged it; give it a moment to subscribe to Redis.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [ours, other] = await Promise.all([
        placeCall(caller, fakePstnNumber('busy'), { campaignId: mine }),
        placeCall(caller, fakePstnNumber('congestion'), { campaignId: theirs }),
      ]);
      await Promise.all([waitForEnd(orm, ours.callId), waitForEnd(orm, other.callId)]);
      const received = await pollUntil(
        () => live.received.map((item) => item.callEvents),
        (events) => events.filter((event) => event.callId === ours.callId).length >= 2,
        { what: 'the events of our call' },
      );
      expect(received.filter((event) => event.callId === ours.callId).map((event) => event.type)).toEqual([
        'DIAL',
        'BUSY',
      ]);
      expect(received.every((event) => event.campaignId === mine)).toBe(true);
      expect(live.errors).toEqual([]);
    } finally {
      live.dispose();
    }
  });
});

describe('two call-events workers', () => {
  it('run side by side with one processing; the standby takes over when the first stops', async () => {
    const logger = pino({ level: 'silent' });
    const standby = startCallEventsWorker({
      config: testWorkersConfig('call-events', { WORKER_ID: 'standby' }),
      amiOptions: await amiClientOptions(pbx.config, logger),
      orm,
      events: bus,
      logger,
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect([worker.isLeader, standby.isLeader]).toEqual([true, false]);
      expect(standby.active()).toBeUndefined();

      await worker.close();
      await pollUntil(() => standby.active()?.ami.connected, Boolean, {
        timeoutMs: 10_000,
        what: 'the standby to lead',
      });
      const call = await placeCall(caller, fakePstnNumber('busy'));
      expect(typesOf(await waitForEnd(orm, call.callId))).toEqual(['DIAL', 'BUSY']);
    } finally {
      await standby.close();
    }
  });
});
