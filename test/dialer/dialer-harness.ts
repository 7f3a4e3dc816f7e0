// What every dialer test file against the real Asterisk needs: the PBX with the database's
// configuration (held under the configuration lock), the api, the call-events and agent-states
// workers (and on request queue-state), the FastAGI server (do-not-call, inbound contact), and SIP agents with test phones. Call it at the top
// of a file; the fields are filled before the file's tests run and closed after them.

import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Redis } from 'ioredis';
import {
  Campaign,
  DoNotCallList,
  EventBus,
  InboundQueueStore,
  dropDatabase,
  prepareDatabase,
  type AgentGroup,
  type AgentStateStore,
  type Orm,
} from '@switchboard/schema';
import {
  DNC_AGI_SCRIPT,
  INBOUND_CONTACT_AGI_SCRIPT,
  amiClientOptions,
  applyTelephonyConfiguration,
  clearTelephonyConfiguration,
  doNotCallHandler,
  inboundContactHandler,
  startFastAgiServer,
  startTestPhone,
  type AmiClient,
  type AmiClientOptions,
  type FastAgiServer,
  type TelephonyConfig,
  type TestPhone,
} from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { startAgentStatesWorker, type AgentStatesWorker } from '../../workers/src/agent-states/agent-states.worker.js';
import { startCallEventsWorker, type CallEventsWorker } from '../../workers/src/call-events/call-events.worker.js';
import { startQueueStateWorker, type QueueStateWorker } from '../../workers/src/queue-state/queue-state.worker.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createAgentGroup, createSipAgent, testAgentStateStore } from '../support/agent-factory.js';
import { createDatabase } from '../support/contact-factory.js';
import { unique } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { holdDatabaseConfiguration } from '../telephony/database-configuration-lock.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from '../telephony/pbx-harness.js';
import { testTelephonyConfig } from '../telephony/test-telephony-config.js';
import { testEventBus, testWorkersConfig } from '../workers/call-events-harness.js';
import { createContacts, createRouteToFakePstn, dialerCampaign, type Kind } from './dialer-scenario.js';

export interface DialerHarness {
  pbx: TestPbx;
  config: TelephonyConfig;
  ami: AmiClient;
  api: ApiServer;
  orm: Orm;
  bus: EventBus;
  store: AgentStateStore;
  redis: Redis;
  amiOptions: AmiClientOptions;
  /** Test phones started by the file; stopped after its tests. */
  phones: TestPhone[];
  /** With `queueState`: the live queue state the api reads, and its worker (closed after the tests). */
  queueStore: InboundQueueStore;
  queueState: QueueStateWorker | undefined;
  /** Starts a queue-state worker (another one, e.g. after closing the first) and waits until it leads. */
  startQueueState(): Promise<QueueStateWorker>;
}

export interface HarnessOptions {
  /** Also run workers/queue-state (live queue state for the inbound view); off by default. */
  queueState?: boolean;
}

/** A dialer worker's environment for these tests (in the file's isolation, if it has one): fast ticks, short leases. */
export function dialerConfig(workerId: string, isolation?: HarnessIsolation): Record<string, string> {
  return {
    DATABASE_URL: isolation?.databaseUrl ?? inject('databaseUrl'),
    REDIS_URL: inject('redisUrl'),
    // The agent states live under the harness's prefix: the dialer reads them there.
    REDIS_PREFIX: isolation?.redisPrefix ?? inject('redisPrefix'),
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    WORKER_ID: workerId,
    DIALER_TICK_MS: '500',
    DIALER_DISCOVERY_MS: '500',
    DIALER_LEASE_TTL_MS: '3000',
    DIALER_LEASE_RENEW_MS: '1000',
    DIALER_MAX_LINES_PER_AGENT: '5',
    DIALER_MAX_ORIGINATES_PER_SECOND: '10',
  };
}

/**
 * A database and Redis prefix of the file's own. For a file whose dialer must dial only its own
 * campaigns: in the run's database a dialer worker finds every ACTIVE dialer campaign that
 * earlier files left, and a scripted pacer dials their contacts whether agents wait or not.
 * For a file that restarts its Asterisk: the
 * call-events worker's resync after a restart closes every call open in its log that its
 * Asterisk does not know, which in the run's database would be other files' calls. Such a file
 * also points the PBX_* variables of process.env at an Asterisk of its own before its hooks run
 * (see test/console/outage-journey.test.ts): the harness and the in-process api read them.
 */
export interface HarnessIsolation {
  databaseUrl: string;
  redisPrefix: string;
}

export function useDialerHarness(isolation?: HarnessIsolation, options: HarnessOptions = {}): DialerHarness {
  const harness = { phones: [] as TestPhone[] } as DialerHarness;
  let agi: FastAgiServer | undefined;
  let callEvents: CallEventsWorker | undefined;
  let agentStates: AgentStatesWorker | undefined;
  let releaseConfiguration: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    harness.pbx = await ensurePbx();
    const { pbx } = harness;
    harness.config = testTelephonyConfig({ FASTAGI_PORT: process.env['FASTAGI_PORT'] ?? '4673' });
    const { config } = harness;
    releaseConfiguration = await holdDatabaseConfiguration(config);
    if (isolation) await prepareDatabase(isolation.databaseUrl);
    const own: Record<string, string> = isolation
      ? { DATABASE_URL: isolation.databaseUrl, REDIS_PREFIX: isolation.redisPrefix }
      : {};
    [harness.ami, { api: harness.api, orm: harness.orm }] = await Promise.all([pbx.connectAmi(), openTestApi(own)]);
    harness.amiOptions = await amiClientOptions(config, pbx.logger);
    agi = await startFastAgiServer(
      {
        host: config.FASTAGI_HOST,
        port: config.FASTAGI_PORT,
        handlers: new Map([
          [DNC_AGI_SCRIPT, doNotCallHandler(harness.orm)],
          [INBOUND_CONTACT_AGI_SCRIPT, inboundContactHandler(harness.orm)],
        ]),
      },
      pbx.logger,
    );
    harness.bus = isolation ? new EventBus(inject('redisUrl'), isolation.redisPrefix) : testEventBus();
    ({ store: harness.store, redis: harness.redis } = testAgentStateStore(isolation?.redisPrefix));
    const workerConfig = (scope: string, overrides: Record<string, string> = {}) =>
      testWorkersConfig(scope, {
        ...(isolation
          ? { DATABASE_URL: isolation.databaseUrl, REDIS_PREFIX: `${isolation.redisPrefix}${scope}:` }
          : {}),
        ...overrides,
      });
    callEvents = startCallEventsWorker({
      config: workerConfig(`call-events-${randomInt(1e9)}`),
      amiOptions: harness.amiOptions,
      orm: harness.orm,
      events: harness.bus,
      logger: pbx.logger,
    });
    agentStates = startAgentStatesWorker({
      config: workerConfig(`agent-states-${randomInt(1e9)}`, { AGENT_STATES_SWEEP_MS: '100' }),
      amiOptions: harness.amiOptions,
      orm: harness.orm,
      events: harness.bus,
      store: harness.store,
      logger: pbx.logger,
    });
    await pollUntil(() => callEvents?.isLeader && agentStates?.isLeader, Boolean, {
      timeoutMs: 20_000,
      what: 'workers to lead',
    });
    harness.queueStore = new InboundQueueStore(harness.redis, isolation?.redisPrefix ?? inject('redisPrefix'));
    harness.startQueueState = async () => {
      const worker = startQueueStateWorker({
        config: workerConfig(`queue-state-${randomInt(1e9)}`),
        amiOptions: { ...harness.amiOptions, reconnect: { initialDelayMs: 200, maxDelayMs: 1000 } },
        orm: harness.orm,
        events: harness.bus,
        store: harness.queueStore,
        agentStates: harness.store,
        logger: pbx.logger,
        timing: { publishIntervalMs: 100, rebuildCheckMs: 200 },
      });
      await pollUntil(() => worker.active()?.ami.connected, Boolean, {
        timeoutMs: 20_000,
        what: 'the queue-state worker to lead',
      });
      return worker;
    };
    if (options.queueState) harness.queueState = await harness.startQueueState();
  }, PBX_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    const { ami, config, pbx } = harness;
    await Promise.all(harness.phones.map((phone) => phone.stop()));
    await harness.queueState?.close();
    await agentStates?.close();
    await callEvents?.close();
    await agi?.close();
    if (ami && !process.env['KEEP_DB_CONFIG']) await clearTelephonyConfiguration(ami, config, pbx.logger);
    await ami?.close();
    await harness.bus?.close();
    harness.redis?.disconnect();
    await closeTestApi(harness.api, harness.orm);
    if (isolation) await dropDatabase(isolation.databaseUrl);
    await releaseConfiguration?.();
  });

  return harness;
}

/** SIP agents in `group` (their test phones are the caller's to start). */
export async function agentsWithPhones(harness: DialerHarness, count: number, group: AgentGroup) {
  const agents = [];
  for (let index = 0; index < count; index += 1) agents.push(await createSipAgent(harness.orm, harness.api.url, group));
  return agents;
}

export interface OneAgentCampaignOptions {
  /** The contacts' behaviours, in order (see dialer-scenario's Kind). */
  mix: Kind[];
  /** How the agent's test phone answers. */
  phone: { talkSeconds: number; answerAfterMs: number };
  /** Seconds an unanswered call rings (the dialer campaign's dial timeout). */
  dialTimeoutSeconds?: number;
}

/**
 * A small dialer campaign to the fake PSTN with one contact per `mix` entry and one SIP agent
 * logged in with a test phone: what a test about a single behaviour of the dialer needs.
 * Returns the campaign and the contact ids in `mix` order.
 */
export async function oneAgentCampaign(harness: DialerHarness, options: OneAgentCampaignOptions) {
  const { orm, api, ami, config, pbx } = harness;
  const route = await createRouteToFakePstn(orm, config.PBX_PSTN_PORT);
  const database = await createDatabase(orm, {
    columns: ['phone', 'name'],
    phoneColumns: ['phone'],
    externalIdColumn: null,
  });
  const doNotCall = orm.em.fork().create(DoNotCallList, { name: unique('dnc') } as DoNotCallList);
  await orm.em.fork().persist(doNotCall).flush();
  const kinds = await createContacts(orm, database, doNotCall, { count: options.mix.length, mix: options.mix });
  const [agent] = await agentsWithPhones(harness, 1, await createAgentGroup(orm, { autoUnpauseSeconds: 1 }));
  const created = await dialerCampaign(orm, [agent!.agentId], database, route);
  const em = orm.em.fork();
  const campaign = await em.findOneOrFail(Campaign, created.id);
  if (options.dialTimeoutSeconds !== undefined) campaign.queue.dialTimeoutSeconds = options.dialTimeoutSeconds;
  await em.flush();
  await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
  harness.phones.push(
    await startTestPhone(
      config,
      { name: String(agent!.sipExtension), password: agent!.sipSecret, ...options.phone },
      pbx.logger,
    ),
  );
  ok(await graphql(api.url, 'mutation { agentLogin { state } }', {}, agent!.token));
  return { campaign, contactIds: [...kinds.keys()] };
}
