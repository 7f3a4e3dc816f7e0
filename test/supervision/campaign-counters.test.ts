import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import {
  AgentState,
  BuiltInRole,
  CampaignCountersStore,
  DialerContactStatus,
  DispositionType,
  type AgentStateStore,
  type CampaignCountersData,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import { amiClientOptions, fakePstnNumber, type AmiClient } from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { CallEventWriter } from '../../workers/src/call-events/call-event.writer.js';
import { CallEventNotifier } from '../../workers/src/call-events/call-event.notifier.js';
import {
  startCampaignCountersWorker,
  type CampaignCountersWorker,
} from '../../workers/src/campaign-counters/campaign-counters.worker.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { graphql, ok, failed } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { createFormWith, createOption } from '../support/contact-factory.js';
import { testAgentStateStore } from '../support/agent-factory.js';
import { subscribe } from '../support/subscription-client.js';
import { pollUntil } from '../support/poll-until.js';
import { placeCall, testEventBus, testWorkersConfig, waitForEnd } from '../workers/call-events-harness.js';
import { startCallEventsWorker, type CallEventsWorker } from '../../workers/src/call-events/call-events.worker.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS } from '../telephony/pbx-harness.js';
import {
  callPart,
  dropCampaignDay,
  logSays,
  addHopperRows,
  newDialerCampaign,
  recordDisposition,
  setAgentState,
  writeCall,
  type LogCounts,
  type LoggedCall,
} from './campaign-counters-harness.js';

let api: ApiServer;
let orm: Orm;
let bus: EventBus;
let writer: CallEventWriter;
let redis: Redis;
let store: CampaignCountersStore;
let agentStates: AgentStateStore;
let agentRedis: Redis;
let worker: CampaignCountersWorker | undefined;
let supervisor: Awaited<ReturnType<typeof loggedIn>>;
const logger = pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });

const COUNTERS = `dialed answered humansAnswered notAnswered machines dialingNow connected lost engaged pending
  agentsOnline agentsOnCall agentsPaused abandonRatePercent abandonRatePercent30Days day timeZone campaignId`;
const QUERY = `query ($id: ID!) { campaignCounters(campaignId: $id) { ${COUNTERS} } }`;

const startWorker = () =>
  startCampaignCountersWorker({
    config: testWorkersConfig('campaign-counters'),
    orm,
    events: bus,
    store,
    agentStates,
    logger,
    timing: { publishIntervalMs: 100, rebuildCheckMs: 150, pendingRefreshMs: 150, rateRefreshMs: 500 },
  });

async function leadingWorker(): Promise<CampaignCountersWorker> {
  const started = startWorker();
  await pollUntil(() => started.isLeader, Boolean, { timeoutMs: 15_000, what: 'the counters worker to lead' });
  return started;
}

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  bus = testEventBus();
  writer = new CallEventWriter(orm, new CallEventNotifier(bus), logger);
  redis = new Redis(inject('redisUrl'));
  store = new CampaignCountersStore(redis, inject('redisPrefix'));
  ({ store: agentStates, redis: agentRedis } = testAgentStateStore());
  supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
  worker = await leadingWorker();
});

afterAll(async () => {
  await worker?.close();
  await bus?.close();
  redis?.disconnect();
  agentRedis?.disconnect();
  await closeTestApi(api, orm);
});

const dialerCampaign = (contacts = 3) => newDialerCampaign(orm, supervisor.user, contacts);
const logCall = (campaignId: string, types: LoggedCall, callId?: string) =>
  writeCall(writer, campaignId, types, callId);
const countersWhere = (campaignId: string, accept: (value: CampaignCountersData) => boolean, what: string) =>
  pollUntil(() => readCounters(campaignId), accept, { what });
const flushCampaign = (campaignId: string, day: string) => dropCampaignDay(redis, store, campaignId, day);

const readCounters = async (campaignId: string, token = supervisor.token) =>
  ok(await graphql<{ campaignCounters: CampaignCountersData }>(api.url, QUERY, { id: campaignId }, token))
    .campaignCounters;

/** Waits until Redis (through the API) says what the log says, and returns both. */
async function countersMatchLog(campaignId: string, expected?: Partial<LogCounts>) {
  const log = await logSays(orm, campaignId);
  if (expected) expect(log).toMatchObject(expected);
  const counters = await pollUntil(
    () => readCounters(campaignId),
    (value) => JSON.stringify(callPart(value)) === JSON.stringify(log),
    { timeoutMs: 10_000, what: `counters equal to the log ${JSON.stringify(log)}` },
  );
  // The API falls back to the log while a day is not rebuilt: make sure Redis itself agrees.
  const stored = await pollUntil(
    () => store.read(campaignId, counters.day),
    (value) => value.extras.rebuiltAt !== null,
    { what: 'the day rebuilt in Redis' },
  );
  expect(callPart({ ...counters, ...stored.counts })).toEqual(log);
  return { log, counters };
}

const rebuiltMark = async (campaignId: string, day: string) => (await store.read(campaignId, day)).extras.rebuiltAt;

describe('campaign counters from the call-event log', () => {
  it('count each kind of call as the log says, with the abandonment rate and pending contacts', async () => {
    const { campaign } = await dialerCampaign(3);
    await logCall(campaign.id, [
      'DIAL',
      'ANSWER',
      ['AMD', { status: 'HUMAN' }],
      'ENTERQUEUE',
      'CONNECT',
      'COMPLETEAGENT',
    ]);
    await logCall(campaign.id, ['DIAL', ['BUSY', { reason: 'busy' }]]);
    await logCall(campaign.id, ['DIAL', 'ANSWER', ['AMD', { status: 'MACHINE' }], 'COMPLETEAGENT']);
    await logCall(campaign.id, ['DIAL', 'ANSWER', 'ENTERQUEUE', ['ABANDON', { queue: 'q' }]]);
    await logCall(campaign.id, ['DIAL', ['FAIL', { reason: 'rejected' }]]);
    await logCall(campaign.id, ['DIAL']);
    const { counters } = await countersMatchLog(campaign.id, {
      dialed: 6,
      answered: 3,
      notAnswered: 2,
      machines: 1,
      connected: 1,
      lost: 1,
      dialingNow: 1,
    });
    expect(counters).toMatchObject({
      humansAnswered: 2,
      abandonRatePercent: 50,
      day: new Date().toISOString().slice(0, 10),
    });
    const withRate = await countersWhere(
      campaign.id,
      (value) => value.abandonRatePercent30Days === 50 && value.pending === 3,
      'the 30-day rate and the pending contacts',
    );
    expect(withRate.timeZone).toBe('UTC');
  });

  it('pending: contacts never dialed plus PENDING / SCHEDULED hopper rows, recounted while the campaign dials', async () => {
    const { campaign, contactIds } = await dialerCampaign(4);
    const statuses = [DialerContactStatus.DONE, DialerContactStatus.DIALING, DialerContactStatus.SCHEDULED];
    await addHopperRows(orm, campaign.id, contactIds, statuses);
    await logCall(campaign.id, ['DIAL', ['NOANSWER', { reason: 'no-answer' }]]);
    // One never dialed + one SCHEDULED; DONE and DIALING are not pending.
    await countersWhere(campaign.id, (value) => value.pending === 2, 'pending = 2');
  });

  it('engaged: contacts dispositioned today with an ENGAGED option, counted once however often', async () => {
    const { campaign, contactIds } = await dialerCampaign(2);
    const engaged = await createOption(orm, campaign, {
      type: DispositionType.ENGAGED,
      form: await createFormWith(orm),
    });
    const plain = await createOption(orm, campaign, { type: DispositionType.NO_ACTION });
    const record = (contactId: string, optionId: string) =>
      recordDisposition(orm, bus, campaign.id, contactId, optionId);
    await record(contactIds[0]!, engaged.id);
    await record(contactIds[0]!, engaged.id);
    await record(contactIds[1]!, plain.id);
    await countersWhere(campaign.id, (value) => value.engaged === 1, 'engaged = 1');
    await record(contactIds[1]!, engaged.id);
    await countersWhere(campaign.id, (value) => value.engaged === 2, 'engaged = 2');
  });

  it('an event delivered twice, or replayed into the log, counts once', async () => {
    const { campaign } = await dialerCampaign(1);
    const callId = await logCall(campaign.id, ['DIAL', 'ANSWER']);
    await countersMatchLog(campaign.id, { dialed: 1, answered: 1 });
    await logCall(campaign.id, ['DIAL', 'ANSWER'], callId); // same keys: not logged, not published
    bus.publish('call.event', {
      eventKey: `${callId}:ANSWER`,
      callId,
      type: 'ANSWER',
      campaignId: campaign.id,
      agentId: null,
      contactId: null,
      phone: null,
      waitSeconds: null,
      durationSeconds: null,
      recording: null,
      data: {},
      occurredAt: new Date().toISOString(),
    });
    await logCall(campaign.id, ['DIAL']);
    const { counters } = await countersMatchLog(campaign.id, { dialed: 2, answered: 1 });
    expect(counters.answered).toBe(1);
  });
});

describe('rebuilding from the log', () => {
  it('after Redis loses a campaign-day, the worker rebuilds the same numbers', async () => {
    const { campaign } = await dialerCampaign(1);
    for (let index = 0; index < 5; index += 1) await logCall(campaign.id, ['DIAL', 'ANSWER', ['ABANDON', {}]]);
    await logCall(campaign.id, ['DIAL', ['BUSY', {}]]);
    const before = await countersMatchLog(campaign.id, { dialed: 6, lost: 5 });
    const day = before.counters.day;
    await pollUntil(() => rebuiltMark(campaign.id, day), Boolean, { what: 'the first rebuild' });
    await flushCampaign(campaign.id, day);
    const rebuilt = await pollUntil(() => rebuiltMark(campaign.id, day), Boolean, {
      what: 'a rebuild after the flush',
    });
    expect(rebuilt).toBeTruthy();
    const { counts } = await store.read(campaign.id, day);
    expect({ ...before.log, ...counts }).toEqual({ ...counts, ...before.log });
    await countersMatchLog(campaign.id, before.log);
    // A rebuild over counts Redis still has (only the mark lost) adds nothing: no call twice.
    const first = await rebuiltMark(campaign.id, day);
    await redis.hdel(store.key(campaign.id, day), 'rebuiltAt');
    await pollUntil(
      () => rebuiltMark(campaign.id, day),
      (mark) => mark !== null && mark !== first,
      {
        what: 'a rebuild over the live counts',
      },
    );
    expect(callPart({ ...before.counters, ...(await store.read(campaign.id, day)).counts })).toEqual(before.log);
  });

  it('a restarted worker catches up with what it missed, and events during its rebuild count once', async () => {
    const { campaign } = await dialerCampaign(1);
    await logCall(campaign.id, ['DIAL', 'ANSWER', 'CONNECT', 'COMPLETEAGENT']);
    const { counters } = await countersMatchLog(campaign.id, { dialed: 1, connected: 1 });
    await worker!.close();
    worker = undefined;
    // While no worker runs: more calls, and Redis loses the day.
    for (let index = 0; index < 3; index += 1) await logCall(campaign.id, ['DIAL', ['NOANSWER', {}]]);
    await flushCampaign(campaign.id, counters.day);
    const starting = startWorker();
    // Calls logged while the new worker starts and rebuilds: seen by the rebuild, live, or both.
    const during: Promise<string>[] = [];
    for (let index = 0; index < 20; index += 1) during.push(logCall(campaign.id, ['DIAL', 'ANSWER', ['ABANDON', {}]]));
    await Promise.all(during);
    await pollUntil(() => starting.isLeader, Boolean, { timeoutMs: 15_000, what: 'the new worker to lead' });
    worker = starting;
    await countersMatchLog(campaign.id, { dialed: 24, answered: 21, lost: 20, notAnswered: 3, connected: 1 });
  });
});

describe('agents', () => {
  it('online, on call and paused from the agents’ live states', async () => {
    const { campaign } = await dialerCampaign(1);
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const states = [AgentState.READY, AgentState.ON_CALL, AgentState.PAUSED];
    const set = (agentId: string, state: AgentState, campaignIds: string[]) =>
      setAgentState(agentStates, bus, agentId, state, campaignIds);
    for (const [index, agentId] of ids.entries()) await set(agentId, states[index]!, [campaign.id]);
    await countersWhere(
      campaign.id,
      (value) => value.agentsOnline === 3 && value.agentsOnCall === 1 && value.agentsPaused === 1,
      '3 online, 1 on call, 1 paused',
    );
    for (const agentId of ids) await set(agentId, AgentState.OFFLINE, []);
    await countersWhere(campaign.id, (value) => value.agentsOnline === 0, 'nobody online');
  });
});

describe('the campaignCountersChanged subscription', () => {
  const SUBSCRIPTION = `subscription ($id: ID!) { campaignCountersChanged(campaignId: $id) { id kind counters { ${COUNTERS} } } }`;
  type Received = { campaignCountersChanged: { kind: string; counters: CampaignCountersData } };

  it('gives a snapshot, then coalesced changes of that campaign only', async () => {
    const { campaign } = await dialerCampaign(1);
    const other = await dialerCampaign(1);
    await logCall(campaign.id, ['DIAL', ['BUSY', {}]]);
    await countersMatchLog(campaign.id, { dialed: 1 });
    const subscription = subscribe<Received>(api.url.replace(/^http/, 'ws'), supervisor.token, SUBSCRIPTION, {
      id: campaign.id,
    });
    try {
      const [first] = await pollUntil(
        () => subscription.received,
        (received) => received.length > 0,
        {
          what: 'the snapshot',
        },
      );
      expect(first!.campaignCountersChanged).toMatchObject({
        kind: 'SNAPSHOT',
        counters: { dialed: 1, notAnswered: 1 },
      });
      await logCall(other.campaign.id, ['DIAL']);
      const burst = 15;
      for (let index = 0; index < burst; index += 1) await logCall(campaign.id, ['DIAL']);
      const changes = await pollUntil(
        () => subscription.received.slice(1).map((item) => item.campaignCountersChanged),
        (items) => items.some((item) => item.counters.dialed === 1 + burst),
        { what: 'a change with every dial' },
      );
      expect(changes.every((item) => item.kind === 'CHANGE' && item.counters.campaignId === campaign.id)).toBe(true);
      expect(changes.length).toBeLessThan(burst);
      expect(subscription.errors).toEqual([]);
    } finally {
      subscription.dispose();
    }
  });
});

describe('who sees the counters', () => {
  it('supervisors of the campaign and CAMPAIGNS_ALL; not other supervisors nor agents', async () => {
    const { campaign } = await dialerCampaign(1);
    const outsider = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    expect((await readCounters(campaign.id, admin.token)).campaignId).toBe(campaign.id);
    failed(await graphql(api.url, QUERY, { id: campaign.id }, outsider.token), 'FORBIDDEN');
    failed(await graphql(api.url, QUERY, { id: campaign.id }, agent.token), 'FORBIDDEN');
    failed(await graphql(api.url, QUERY, { id: randomUUID() }, admin.token), 'NOT_FOUND');
    const refused = subscribe(
      api.url.replace(/^http/, 'ws'),
      outsider.token,
      `subscription ($id: ID!) {
      campaignCountersChanged(campaignId: $id) { kind } }`,
      { id: campaign.id },
    );
    try {
      await pollUntil(
        () => refused.errors,
        (errors) => errors.length > 0,
        { what: 'the refusal' },
      );
      expect(JSON.stringify(refused.errors)).toContain('FORBIDDEN');
      expect(refused.received).toEqual([]);
    } finally {
      refused.dispose();
    }
  });
});

describe('with real calls through Asterisk', () => {
  let callEvents: CallEventsWorker | undefined;
  let caller: AmiClient | undefined;

  beforeAll(async () => {
    const pbx = await ensurePbx();
    callEvents = startCallEventsWorker({
      config: testWorkersConfig('counters-call-events'),
      amiOptions: await amiClientOptions(pbx.config, logger),
      orm,
      events: bus,
      logger,
    });
    await pollUntil(() => callEvents!.active()?.ami.connected, Boolean, {
      timeoutMs: 20_000,
      what: 'the call-events worker to lead',
    });
    caller = await pbx.connectAmi();
  }, PBX_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await caller?.close();
    await callEvents?.close();
  });

  it('a ringing number is dialing now; busy, no answer and a human end as the log says', async () => {
    const { campaign } = await dialerCampaign(1);
    const ringing = await placeCall(caller!, fakePstnNumber('noAnswer'), {
      campaignId: campaign.id,
      variables: { DIAL_TIMEOUT: '4' },
    });
    await pollUntil(
      () => readCounters(campaign.id),
      (value) => value.dialingNow === 1 && value.dialed === 1,
      {
        what: 'one call dialing',
      },
    );
    const busy = await placeCall(caller!, fakePstnNumber('busy'), { campaignId: campaign.id });
    const human = await placeCall(caller!, fakePstnNumber('human', 1), { campaignId: campaign.id });
    for (const call of [ringing, busy, human]) await waitForEnd(orm, call.callId);
    const { counters } = await countersMatchLog(campaign.id, {
      dialed: 3,
      answered: 1,
      notAnswered: 2,
      dialingNow: 0,
      lost: 0,
    });
    expect(counters).toMatchObject({ humansAnswered: 1, abandonRatePercent: 0 });
  });
});
