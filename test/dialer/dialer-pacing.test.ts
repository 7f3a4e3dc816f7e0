// The dialer's current decision as supervisors see it: a campaign dialer (real Postgres, real
// Redis, no Asterisk: its scripted pacer places no call) writes and publishes each decision,
// and the api serves it through dialerPacing and dialerPacingChanged, to the campaign's
// supervisors only. The same ticks move the dialer's metrics.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pino } from 'pino';
import type { Redis } from 'ioredis';
import {
  AgentState,
  BuiltInRole,
  Campaign,
  CampaignState,
  DialerPacingNotifier,
  DialerPacingStore,
  createMetricsRegistry,
  type AgentStateStore,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import { AmiClient } from '@switchboard/telephony';
import type { Registry } from 'prom-client';
import type { ApiServer } from '../../api/src/server.js';
import { CampaignDialer } from '../../workers/src/dialer/campaign-dialer.js';
import { PacingPublisher } from '../../workers/src/dialer/dialer-pacing.publisher.js';
import { DialerMetrics } from '../../workers/src/dialer/dialer.metrics.js';
import type { Pacer, PacingDecision } from '../../workers/src/dialer/pacing/index.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { testAgentStateStore } from '../support/agent-factory.js';
import { loggedIn } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { metricSample } from '../support/metrics-text.js';
import { pollUntil } from '../support/poll-until.js';
import { subscribe } from '../support/subscription-client.js';
import { newDialerCampaign, setAgentState } from '../supervision/campaign-counters-harness.js';
import { testEventBus, testWorkersConfig } from '../workers/call-events-harness.js';

const logger = pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
const FIELDS = `campaignId mode dialLevel forecastFreeAgents callsInFlight humansWaiting agentsLoggedIn agentsReady
  lastOriginated abandonTargetPercent decidedAt`;
const QUERY = `query ($id: ID!) { dialerPacing(campaignId: $id) { ${FIELDS} } }`;
const SUBSCRIPTION = `subscription ($id: ID!) { dialerPacingChanged(campaignId: $id) { id kind occurredAt pacing { ${FIELDS} } } }`;

/** A pacer whose explanation the test sets; it never asks for a call, so no Asterisk is needed. */
function scriptedPacer() {
  const script = { dialLevel: 1.5 as number | null, forecastFreeAgents: 2.25 as number | null };
  const pacer: Pacer = {
    mode: 'predictive',
    decide(): PacingDecision {
      return {
        originate: 0,
        hangUp: [],
        wanted: 0,
        limitedBy: 'lines-per-agent',
        reason: { mode: 'predictive', note: 'scripted', figures: {} },
        ...script,
      };
    },
  };
  return { pacer, script };
}

let api: ApiServer;
let orm: Orm;
let bus: EventBus;
let agentStates: AgentStateStore;
let agentRedis: Redis;
let pacingStore: DialerPacingStore;
let ami: AmiClient;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  bus = testEventBus();
  ({ store: agentStates, redis: agentRedis } = testAgentStateStore());
  // The api reads the run's prefix: the dialer writes there too.
  pacingStore = new DialerPacingStore(agentRedis, inject('redisPrefix'));
  // Never connected: the scripted pacer places no call.
  ami = new AmiClient({ host: '127.0.0.1', port: 1, username: 'none', secret: 'none', logger });
});

afterAll(async () => {
  await ami?.close();
  await bus?.close();
  agentRedis?.disconnect();
  await closeTestApi(api, orm);
});

function dialerFor(campaign: Campaign, pacer: Pacer, registry: Registry) {
  const config = testWorkersConfig('dialer-pacing');
  const pacing = new PacingPublisher({
    store: pacingStore,
    notifier: new DialerPacingNotifier(bus),
    logger,
    ttlMs: 1500,
    minIntervalMs: 0,
  });
  return new CampaignDialer({
    campaignId: campaign.id,
    config,
    orm,
    ami,
    events: bus,
    store: agentStates,
    logger,
    pacerFor: () => pacer,
    lease: { token: 1, holds: async () => true },
    pacing,
    metrics: new DialerMetrics(registry),
  });
}

describe('the dialer pacing view', () => {
  it('shows the latest decision in the query and the subscription, and moves the dialer metrics', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const { campaign } = await newDialerCampaign(orm, supervisor.user);
    const agentId = crypto.randomUUID();
    await setAgentState(agentStates, bus, agentId, AgentState.READY, [campaign.id]);
    const registry = createMetricsRegistry('dialer-test');
    const { pacer, script } = scriptedPacer();
    const dialer = dialerFor(campaign, pacer, registry);

    const query = async () =>
      ok(
        await graphql<{ dialerPacing: Record<string, unknown> | null }>(
          api.url,
          QUERY,
          { id: campaign.id },
          supervisor.token,
        ),
      ).dialerPacing;
    expect(await query()).toBeNull();

    const subscription = subscribe<{ dialerPacingChanged: { kind: string; pacing: Record<string, unknown> | null } }>(
      api.url.replace(/^http/, 'ws'),
      supervisor.token,
      SUBSCRIPTION,
      { id: campaign.id },
    );
    try {
      await pollUntil(
        () => subscription.received.length,
        (count) => count >= 1,
        { what: 'the snapshot' },
      );
      expect(subscription.received[0]!.dialerPacingChanged).toMatchObject({ kind: 'SNAPSHOT', pacing: null });

      await dialer.tick();
      const expected = {
        campaignId: campaign.id,
        mode: 'predictive',
        dialLevel: 1.5,
        forecastFreeAgents: 2.25,
        callsInFlight: 0,
        humansWaiting: 0,
        agentsLoggedIn: 1,
        agentsReady: 1,
        lastOriginated: 0,
        abandonTargetPercent: campaign.queue.maxAbandonRatePercent,
      };
      expect(await query()).toMatchObject(expected);
      const change = await pollUntil(
        () => subscription.received.find((event) => event.dialerPacingChanged.kind === 'CHANGE'),
        Boolean,
        { what: 'a CHANGE' },
      );
      expect(change!.dialerPacingChanged.pacing).toMatchObject(expected);

      // A new explanation is a new event; the same one again is not (until the heartbeat).
      await dialer.tick();
      script.dialLevel = 2;
      script.forecastFreeAgents = null;
      await dialer.tick();
      const changes = () => subscription.received.filter((event) => event.dialerPacingChanged.kind === 'CHANGE');
      await pollUntil(changes, (found) => found.length >= 2, { what: 'the second CHANGE' });
      await bus.flush();
      expect(changes().map((event) => event.dialerPacingChanged.pacing?.['dialLevel'])).toEqual([1.5, 2]);

      const metrics = await registry.metrics();
      const decisions = { campaign: campaign.id, mode: 'predictive', limited_by: 'lines-per-agent' };
      expect(metricSample(metrics, 'switchboard_dialer_decisions_total', decisions)).toBe(3);
      expect(metricSample(metrics, 'switchboard_dialer_dial_level', { campaign: campaign.id })).toBe(2);
      expect(metricSample(metrics, 'switchboard_dialer_originates_decided_total', { campaign: campaign.id })).toBe(
        undefined,
      );

      // Paused: the dialer stops deciding, and says so.
      await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { state: CampaignState.PAUSED });
      await dialer.tick();
      await pollUntil(
        () => subscription.received.at(-1)?.dialerPacingChanged,
        (event) => event?.kind === 'CHANGE' && event.pacing === null,
        { what: 'the stop' },
      );
      expect(await query()).toBeNull();
      expect(metricSample(await registry.metrics(), 'switchboard_dialer_dial_level', { campaign: campaign.id })).toBe(
        undefined,
      );
    } finally {
      subscription.dispose();
    }
  });

  it('goes stale when the dialer stops writing', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const { campaign } = await newDialerCampaign(orm, supervisor.user);
    await setAgentState(agentStates, bus, crypto.randomUUID(), AgentState.READY, [campaign.id]);
    const dialer = dialerFor(campaign, scriptedPacer().pacer, createMetricsRegistry('dialer-test'));
    await dialer.tick();
    const query = async () =>
      ok(await graphql<{ dialerPacing: unknown }>(api.url, QUERY, { id: campaign.id }, supervisor.token)).dialerPacing;
    expect(await query()).not.toBeNull();
    // No tick for longer than the TTL (1.5 s here): a killed dialer.
    await pollUntil(query, (found) => found === null, { timeoutMs: 5_000, what: 'the decision to expire' });
  });

  it('refuses a supervisor of another campaign, in the query and the subscription', async () => {
    const owner = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const stranger = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const { campaign } = await newDialerCampaign(orm, owner.user);
    failed(await graphql(api.url, QUERY, { id: campaign.id }, stranger.token), 'FORBIDDEN');
    const subscription = subscribe(api.url.replace(/^http/, 'ws'), stranger.token, SUBSCRIPTION, { id: campaign.id });
    try {
      await subscription.closed;
      expect(subscription.received).toEqual([]);
      expect(JSON.stringify(subscription.errors)).toContain('FORBIDDEN');
    } finally {
      subscription.dispose();
    }
  });
});
