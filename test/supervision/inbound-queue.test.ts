// The inbound queue view against the real Asterisk: callers placed through the fake PSTN into a
// campaign queue, an agent with a SIP test phone. workers/queue-state follows the queue; the
// counters come from the call-event log. The state must survive a restart of the worker, a loss
// of its Redis keys and a restart of Asterisk, so this file restarts its Asterisk and has one of
// its own (and a database and Redis prefix of its own: see HarnessIsolation) on ports 400 above
// the run's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgentProfile,
  AgentState,
  BuiltInRole,
  Campaign,
  CampaignAgent,
  CampaignType,
  CallEvent,
  type InboundQueueStatsData,
} from '@switchboard/schema';
import {
  AmiClient,
  applyTelephonyConfiguration,
  callPlatform,
  pbxStatus,
  startPbx,
  startTestPhone,
  stopPbx,
} from '@switchboard/telephony';
import { createAgentGroup, createSipAgent } from '../support/agent-factory.js';
import { createCampaign, createDatabase } from '../support/contact-factory.js';
import { loggedIn } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { subscribe } from '../support/subscription-client.js';
import { ownAsteriskEnvironment, ownIsolation } from '../telephony/own-asterisk.js';
import { PBX_HOOK_TIMEOUT_MS } from '../telephony/pbx-harness.js';
import { uniqueCaller, uniqueDid } from '../calls/in-call-harness.js';
import { useDialerHarness } from '../dialer/dialer-harness.js';

Object.assign(process.env, ownAsteriskEnvironment('queue-restart', 3));
const isolation = ownIsolation('queue-restart');
// Registered before the harness's hooks, so it runs after their teardown, which still talks to this Asterisk.
afterAll(async () => {
  if (harness.config) await stopPbx(harness.config, harness.pbx.logger);
});
const harness = useDialerHarness(isolation, { queueState: true });

const STATS = `campaignId day waiting { callId phone position waitingSince } longestWaitSince
  answered abandoned abandonedDuringWelcome expired averageWaitSeconds averageTalkSeconds
  serviceLevelSeconds serviceLevelPercent agentsByState { state count }`;

let supervisor: Awaited<ReturnType<typeof loggedIn>>;
let agent: Awaited<ReturnType<typeof createSipAgent>>;
let campaignId: string;
let did: string;
/** Places customer calls; reconnects by itself after the Asterisk restart. */
let caller: AmiClient;

const readStats = async () =>
  ok(
    await graphql<{ inboundQueueStats: InboundQueueStatsData }>(
      harness.api.url,
      `query ($id: ID!) { inboundQueueStats(campaignId: $id) { ${STATS} } }`,
      { id: campaignId },
      supervisor.token,
    ),
  ).inboundQueueStats;

const statsWhere = (accept: (stats: InboundQueueStatsData) => boolean, what: string, timeoutMs = 15_000) =>
  pollUntil(readStats, accept, { what, timeoutMs });

const callIn = (phone: string, talkSeconds: number) => callPlatform(caller, { did, callerId: phone, talkSeconds });

const agentCommand = (mutation: string) =>
  graphql<Record<string, { state: AgentState }>>(
    harness.api.url,
    `mutation { ${mutation} { state } }`,
    {},
    agent.token,
  );

/** The call id the log gave the caller's queue entry. */
const enteredQueue = (phone: string) =>
  pollUntil(
    () => harness.orm.em.fork().findOne(CallEvent, { campaignId, type: 'ENTERQUEUE' as never, phone }),
    (event) => event !== null,
    { what: `ENTERQUEUE of ${phone}` },
  );

beforeAll(async () => {
  const { orm, api } = harness;
  supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
  const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
  agent = await createSipAgent(orm, api.url, await createAgentGroup(orm));
  const campaign = await createCampaign(orm, {
    type: CampaignType.INBOUND,
    database: await createDatabase(orm),
    supervisors: [supervisor.user],
  });
  campaignId = campaign.id;
  const em = orm.em.fork();
  em.persist(
    Object.assign(new CampaignAgent(), {
      campaign: em.getReference(Campaign, campaignId),
      agent: em.getReference(AgentProfile, agent.agentId),
    }),
  );
  await em.flush();
  did = uniqueDid();
  ok(
    await graphql(
      api.url,
      'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id } }',
      { input: { name: did, did, destination: { type: 'CAMPAIGN', id: campaignId } } },
      admin.token,
    ),
  );
  await applyTelephonyConfiguration(orm, harness.ami, harness.config, harness.pbx.logger);
  caller = new AmiClient({ ...harness.amiOptions, reconnect: { initialDelayMs: 200, maxDelayMs: 1000 } });
  await caller.connect();
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await caller?.close();
});

describe('the inbound queue view with real calls', () => {
  const first = uniqueCaller();

  it('counts a caller waiting with no agent READY, with its number and its wait, and streams it', async () => {
    const stream = subscribe<{ inboundQueueStatsChanged: { kind: string; stats: InboundQueueStatsData } }>(
      harness.api.url.replace(/^http/, 'ws'),
      supervisor.token,
      `subscription ($id: ID!) { inboundQueueStatsChanged(campaignId: $id) { kind stats { ${STATS} } } }`,
      { id: campaignId },
    );
    try {
      await pollUntil(
        () => stream.received.length,
        (count) => count > 0,
        { what: 'the snapshot' },
      );
      const before = Date.now();
      await callIn(first, 120);
      const change = await pollUntil(
        () => stream.received.find((event) => event.inboundQueueStatsChanged.stats.waiting.length === 1),
        Boolean,
        { what: 'a change with the caller waiting', timeoutMs: 15_000 },
      );
      expect(change!.inboundQueueStatsChanged.kind).toBe('CHANGE');
      await expectOneWaiting(before);
    } finally {
      stream.dispose();
    }
  });

  async function expectOneWaiting(before: number) {
    const stats = await statsWhere((value) => value.waiting.length === 1, 'one caller waiting');
    const entered = await enteredQueue(first);
    expect(stats.waiting[0]).toMatchObject({ callId: entered!.callId, phone: first, position: 1 });
    const since = Date.parse(stats.waiting[0]!.waitingSince);
    expect(since).toBeGreaterThanOrEqual(before - 1000);
    expect(since).toBeLessThanOrEqual(Date.now());
    expect(stats.longestWaitSince).toBe(stats.waiting[0]!.waitingSince);
    expect(stats).toMatchObject({ answered: 0, abandoned: 0, serviceLevelPercent: null });
  }

  it('a second caller waits behind, then hangs up: abandoned', async () => {
    const second = uniqueCaller();
    await callIn(second, 4);
    const both = await statsWhere((value) => value.waiting.length === 2, 'two callers waiting');
    expect(both.waiting.map((item) => [item.phone, item.position])).toEqual([
      [first, 1],
      [second, 2],
    ]);
    const after = await statsWhere((value) => value.abandoned === 1 && value.waiting.length === 1, 'the abandonment');
    expect(after.waiting[0]!.phone).toBe(first);
    expect(after.serviceLevelPercent).toBe(0);
  });

  it('survives a restart of the worker and the loss of its Redis keys', async () => {
    const { waiting } = await readStats();
    await harness.queueState!.close();
    // What the old worker left in Redis would pass for a rebuild: drop it, then start anew.
    await harness.redis.del(harness.queueStore.queuesKey, harness.queueStore.syncedKey);
    harness.queueState = await harness.startQueueState();
    const restarted = await statsWhere((value) => value.waiting.length === 1, 'the caller after the restart');
    expect(restarted.waiting[0]).toMatchObject({ callId: waiting[0]!.callId, phone: first, position: 1 });
    // Rebuilt from QueueStatus's whole seconds of wait: the same join time within a second or two.
    expect(
      Math.abs(Date.parse(restarted.waiting[0]!.waitingSince) - Date.parse(waiting[0]!.waitingSince)),
    ).toBeLessThan(2000);

    // A flush while the worker runs: the mark is gone, the worker rebuilds.
    await harness.redis.del(harness.queueStore.queuesKey, harness.queueStore.syncedKey);
    await pollUntil(
      () => harness.queueStore.syncedAt(),
      (value) => value !== null,
      { what: 'the rebuild mark' },
    );
    expect((await readStats()).waiting.map((item) => item.callId)).toEqual([waiting[0]!.callId]);
  });

  it('an agent answers: answered, the wait recorded, the queue empty, the agent counted', async () => {
    const phone = await startTestPhone(
      harness.config,
      { name: String(agent.sipExtension), password: agent.sipSecret, talkSeconds: 3 },
      harness.pbx.logger,
    );
    harness.phones.push(phone);
    ok(await agentCommand('agentLogin'));
    // UNAVAILABLE until the phone's registration reaches the agent-states worker.
    await pollUntil(
      () => harness.store.get(agent.agentId),
      (state) => state !== null && state.state !== AgentState.UNAVAILABLE && state.state !== AgentState.OFFLINE,
      { what: 'the agent reachable', timeoutMs: 15_000 },
    );
    const answered = await statsWhere((value) => value.answered === 1 && value.waiting.length === 0, 'the answer');
    expect(answered.averageWaitSeconds).toBeGreaterThan(0);
    expect(answered.agentsByState.map((item) => item.count).reduce((a, b) => a + b, 0)).toBe(1);
    const talked = await statsWhere((value) => value.averageTalkSeconds !== null, 'the call completed', 20_000);
    expect(talked.averageTalkSeconds).toBeGreaterThanOrEqual(2);
    // Offered: one answered, one abandoned; the answer counts for the level if it waited at most 20 s.
    const connect = await harness.orm.em.fork().findOneOrFail(CallEvent, { campaignId, type: 'CONNECT' as never });
    expect(talked.averageWaitSeconds).toBe(connect.waitSeconds);
    expect(talked.serviceLevelPercent).toBe(connect.waitSeconds! <= talked.serviceLevelSeconds ? 50 : 0);
  });

  it('survives an Asterisk restart: the callers it ended are gone, new ones are followed', async () => {
    // The agent's call just ended: logging out is refused until its state says so.
    await pollUntil(
      () => agentCommand('agentLogout'),
      (result) => result.errors === undefined,
      {
        what: 'the agent logged out',
      },
    );
    const third = uniqueCaller();
    await callIn(third, 120);
    await statsWhere((value) => value.waiting.some((item) => item.phone === third), 'the third caller waiting');
    const syncedBefore = await harness.queueStore.syncedAt();

    // Killed, not stopped: a graceful stop would report every caller leaving over AMI.
    const { pid } = await pbxStatus(harness.config);
    process.kill(pid!, 'SIGKILL');
    await pollUntil(
      async () => (await pbxStatus(harness.config)).running,
      (running) => !running,
      {
        what: 'Asterisk to die',
      },
    );
    await startPbx(harness.config, harness.pbx.logger);
    await pollUntil(
      () => harness.queueStore.syncedAt(),
      (value) => value !== syncedBefore,
      {
        what: 'the rebuild after the restart',
        timeoutMs: 30_000,
      },
    );
    expect((await readStats()).waiting).toEqual([]);

    await pollUntil(() => caller.connected, Boolean, { what: 'the caller AMI back', timeoutMs: 15_000 });
    const fourth = uniqueCaller();
    await callIn(fourth, 3);
    const waiting = await statsWhere((value) => value.waiting.length === 1, 'a caller after the restart', 20_000);
    expect(waiting.waiting[0]!.phone).toBe(fourth);
    await statsWhere((value) => value.waiting.length === 0 && value.abandoned === 2, 'its abandonment', 20_000);
  });
});
