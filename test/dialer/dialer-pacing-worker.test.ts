// The dialer process's wiring of the pacing view: the worker takes a campaign's lease,
// decides, and its decision reaches the api's dialerPacing and dialerPacingChanged; pausing
// the campaign, the worker lets it go and the view says no dialer decides. A database and a
// Redis prefix of the file's own, since a dialer takes over whatever dialer campaign it finds;
// its scripted pacer places no call, and its AMI points where nothing listens, so no Asterisk.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pino } from 'pino';
import {
  AgentState,
  BuiltInRole,
  Campaign,
  CampaignState,
  EventBus,
  createMetricsRegistry,
  dropDatabase,
  prepareDatabase,
  type AgentStateStore,
  type Orm,
} from '@switchboard/schema';
import type { Redis } from 'ioredis';
import type { ApiServer } from '../../api/src/server.js';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { startDialerWorker, type DialerWorker } from '../../workers/src/dialer/dialer.worker.js';
import type { Pacer } from '../../workers/src/dialer/pacing/index.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { testAgentStateStore } from '../support/agent-factory.js';
import { loggedIn } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { metricSample } from '../support/metrics-text.js';
import { pollUntil } from '../support/poll-until.js';
import { subscribe } from '../support/subscription-client.js';
import { newDialerCampaign, setAgentState } from '../supervision/campaign-counters-harness.js';

const logger = pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
const isolation = (() => {
  const url = new URL(inject('databaseUrl'));
  url.pathname = `${url.pathname}_dialer_pacing`;
  return { databaseUrl: url.toString(), redisPrefix: `${inject('redisPrefix')}dialer-pacing:` };
})();
const QUERY = `query ($id: ID!) { dialerPacing(campaignId: $id) { campaignId mode dialLevel agentsReady lastOriginated } }`;
const SUBSCRIPTION = `subscription ($id: ID!) { dialerPacingChanged(campaignId: $id) { kind pacing { mode dialLevel } } }`;

const ratioAtTwo: Pacer = {
  mode: 'ratio',
  decide: () => ({
    originate: 0,
    hangUp: [],
    wanted: 0,
    limitedBy: 'none',
    reason: { mode: 'ratio', note: 'scripted', figures: {} },
    dialLevel: 2,
    forecastFreeAgents: null,
  }),
};

let api: ApiServer;
let orm: Orm;
let bus: EventBus;
let agentStates: AgentStateStore;
let agentRedis: Redis;
let dialer: DialerWorker | undefined;

beforeAll(async () => {
  await prepareDatabase(isolation.databaseUrl);
  ({ api, orm } = await openTestApi({ DATABASE_URL: isolation.databaseUrl, REDIS_PREFIX: isolation.redisPrefix }));
  bus = new EventBus(inject('redisUrl'), isolation.redisPrefix);
  ({ store: agentStates, redis: agentRedis } = testAgentStateStore(isolation.redisPrefix));
});

afterAll(async () => {
  await dialer?.close();
  await bus?.close();
  agentRedis?.disconnect();
  await closeTestApi(api, orm);
  await dropDatabase(isolation.databaseUrl);
});

describe('the dialer process and the pacing view', () => {
  it('publishes the decisions of the campaigns it holds, and their end when it lets one go', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const { campaign } = await newDialerCampaign(orm, supervisor.user);
    await setAgentState(agentStates, bus, crypto.randomUUID(), AgentState.READY, [campaign.id]);
    const subscription = subscribe<{ dialerPacingChanged: { kind: string; pacing: { dialLevel: number } | null } }>(
      api.url.replace(/^http/, 'ws'),
      supervisor.token,
      SUBSCRIPTION,
      { id: campaign.id },
    );
    const metrics = createMetricsRegistry('dialer');
    try {
      await pollUntil(
        () => subscription.received.length,
        (count) => count >= 1,
        { what: 'the snapshot' },
      );
      dialer = startDialerWorker({
        config: loadWorkersConfig({
          DATABASE_URL: isolation.databaseUrl,
          REDIS_URL: inject('redisUrl'),
          REDIS_PREFIX: isolation.redisPrefix,
          LOG_LEVEL: 'silent',
          WORKER_ID: 'dialer-pacing-view',
          DIALER_TICK_MS: '200',
          DIALER_DISCOVERY_MS: '200',
          DIALER_LEASE_TTL_MS: '3000',
          DIALER_LEASE_RENEW_MS: '1000',
        }),
        // Nothing listens on port 1: the client retries in the background and is never used.
        amiOptions: { host: '127.0.0.1', port: 1, username: 'none', secret: 'none', logger },
        orm,
        events: bus,
        store: agentStates,
        logger,
        pacerFor: () => ratioAtTwo,
        metrics,
      });
      const query = async () =>
        ok(
          await graphql<{ dialerPacing: Record<string, unknown> | null }>(
            api.url,
            QUERY,
            { id: campaign.id },
            supervisor.token,
          ),
        ).dialerPacing;
      expect(await pollUntil(query, Boolean, { what: 'a decision' })).toEqual({
        campaignId: campaign.id,
        mode: 'ratio',
        dialLevel: 2,
        agentsReady: 1,
        lastOriginated: 0,
      });
      await pollUntil(
        () => subscription.received.find((event) => event.dialerPacingChanged.kind === 'CHANGE'),
        Boolean,
        { what: 'the decision in the subscription' },
      );
      expect(metricSample(await metrics.metrics(), 'switchboard_dialer_dial_level', { campaign: campaign.id })).toBe(2);

      // Paused: no longer dialed, so let go (its calls settled: there are none).
      await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { state: CampaignState.PAUSED });
      await pollUntil(
        () => dialer!.heldCampaigns(),
        (held) => !held.includes(campaign.id),
        {
          what: 'the campaign to be let go',
        },
      );
      await pollUntil(
        () => subscription.received.at(-1)?.dialerPacingChanged,
        (event) => event?.kind === 'CHANGE' && event.pacing === null,
        { what: 'the end of its decisions' },
      );
      expect(await query()).toBeNull();
    } finally {
      subscription.dispose();
    }
  });
});
