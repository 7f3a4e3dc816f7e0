import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AgentState, BuiltInRole, EventBus, offlineState, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi, startTestApi } from '../support/api-harness.js';
import { createUser, loggedIn } from '../support/factories.js';
import { graphql } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { subscribe } from '../support/subscription-client.js';

const TOKEN = 'metrics-token-for-the-test-0123';
let api: ApiServer;
let unguarded: ApiServer;
let orm: Orm;
let events: EventBus;

beforeAll(async () => {
  [{ api, orm }, unguarded] = await Promise.all([openTestApi({ METRICS_TOKEN: TOKEN }), startTestApi()]);
  events = new EventBus(inject('redisUrl'), inject('redisPrefix'));
});
afterAll(async () => {
  await events?.close();
  await unguarded?.close();
  await closeTestApi(api, orm);
});

const metricsUrl = (server: ApiServer) => new URL('/metrics', server.url).toString();
const scrape = (server: ApiServer, authorization?: string) =>
  fetch(metricsUrl(server), { headers: authorization ? { authorization } : {} });

/** The value of a sample whose labels include all of `labels`, or null. */
function sample(body: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of body.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (.+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.entries(labels).every(([key, value]) => (match[2] ?? '').includes(`${key}="${value}"`));
    if (has) return Number(match[3]);
  }
  return null;
}

describe('api /metrics', () => {
  it('answers 404 while METRICS_TOKEN is not configured', async () => {
    const response = await scrape(unguarded, `Bearer ${TOKEN}`);
    expect(response.status).toBe(404);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    expect((await scrape(api)).status).toBe(401);
    expect((await scrape(api, 'Bearer not-the-metrics-token-at-all')).status).toBe(401);
    expect((await scrape(api, TOKEN)).status).toBe(401);
  });

  it('counts sockets, subscriptions by field, deliveries, operations and errors by code', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
    const agent = await createUser(orm, BuiltInRole.AGENT);
    await graphql(api.url, '{ agentStates { agentId } }', {});
    const live = subscribe<{ agentStateChanged: { kind: string } }>(
      api.url.replace(/^http/, 'ws'),
      supervisor.token,
      'subscription { agentStateChanged { kind occurredAt agent { agentId } } }',
    );
    try {
      await pollUntil(
        () => live.received.length,
        (n) => n >= 1,
        { what: 'snapshot' },
      );
      const profile = agent.user.agentProfile!;
      const identity = {
        agentId: profile.id,
        userId: agent.user.id,
        username: agent.username,
        groupId: profile.group.id,
        sipExtension: profile.sipExtension,
      };
      const received = live.received.length;
      events.publish('agent.state_changed', {
        from: 'OFFLINE',
        state: { ...offlineState(identity, new Date()), state: AgentState.READY },
      });
      await pollUntil(
        () => live.received.length,
        (n) => n > received,
        { what: 'a change' },
      );
      const response = await scrape(api, `Bearer ${TOKEN}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const body = await response.text();
      expect(sample(body, 'switchboard_api_websockets_open')).toBeGreaterThanOrEqual(1);
      expect(sample(body, 'switchboard_api_subscriptions_active', { field: 'agentStateChanged' })).toBe(1);
      expect(
        sample(body, 'switchboard_api_subscription_delivery_seconds_count', { field: 'agentStateChanged' }),
      ).toBeGreaterThanOrEqual(1);
      expect(
        sample(body, 'switchboard_api_graphql_operation_duration_seconds_count', {
          transport: 'http',
          type: 'query',
          field: 'agentStates',
        }),
      ).toBeGreaterThanOrEqual(1);
      expect(
        sample(body, 'switchboard_api_graphql_errors_total', { transport: 'http', code: 'UNAUTHENTICATED' }),
      ).toBeGreaterThanOrEqual(1);
      expect(sample(body, 'switchboard_process_resident_memory_bytes', { service: 'api' })).toBeGreaterThan(0);
    } finally {
      live.dispose();
    }
    await pollUntil(
      async () =>
        sample(await (await scrape(api, `Bearer ${TOKEN}`)).text(), 'switchboard_api_subscriptions_active', {
          field: 'agentStateChanged',
        }),
      (value) => value === 0,
      { what: 'the subscription to be counted out' },
    );
  });
});
