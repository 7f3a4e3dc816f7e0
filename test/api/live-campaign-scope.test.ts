import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  BuiltInRole,
  Campaign,
  CampaignType,
  EventBus,
  type CampaignCountersData,
  type InboundQueueStatsData,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { graphql, ok } from '../support/graphql-client.js';
import { loggedIn, unique } from '../support/factories.js';
import { pollUntil } from '../support/poll-until.js';
import { subscribe } from '../support/subscription-client.js';

let api: ApiServer;
let orm: Orm;
let events: EventBus;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  events = new EventBus(inject('redisUrl'), inject('redisPrefix'));
});
afterAll(async () => {
  await events?.close();
  await closeTestApi(api, orm);
});

const ASSIGN = 'mutation ($c: ID!, $u: [ID!]!) { setCampaignSupervisors(campaignId: $c, userIds: $u) { id } }';

/** A live view of one campaign: what it subscribes to, and what the worker behind it publishes. */
interface LiveView {
  name: string;
  type: CampaignType;
  document: string;
  /** Publishes a change carrying `mark`; `marked` finds it in a received event. */
  publish(campaignId: string, mark: number): void;
  marked(received: Record<string, unknown>): number | null;
}

// Only the fields each subscription reads are meaningful in what is published.
const VIEWS: LiveView[] = [
  {
    name: 'campaignCountersChanged',
    type: CampaignType.MANUAL,
    document:
      'subscription ($id: ID!) { campaignCountersChanged(campaignId: $id) { kind counters { campaignId dialed } } }',
    publish: (campaignId, mark) =>
      events.publish('campaign.counters_changed', { counters: { campaignId, dialed: mark } as CampaignCountersData }),
    marked: (received) => (received['campaignCountersChanged'] as { counters: { dialed: number } }).counters.dialed,
  },
  {
    name: 'inboundQueueStatsChanged',
    type: CampaignType.INBOUND,
    document: 'subscription ($id: ID!) { inboundQueueStatsChanged(campaignId: $id) { kind stats { answered } } }',
    publish: (campaignId, mark) =>
      events.publish('queue.state_changed', {
        stats: { campaignId, answered: mark, waiting: [] } as unknown as InboundQueueStatsData,
      }),
    marked: (received) => (received['inboundQueueStatsChanged'] as { stats: { answered: number } }).stats.answered,
  },
  {
    name: 'dialerPacingChanged',
    type: CampaignType.DIALER,
    document: 'subscription ($id: ID!) { dialerPacingChanged(campaignId: $id) { kind pacing { callsInFlight } } }',
    publish: (campaignId, mark) =>
      events.publish('dialer.pacing_decided', {
        campaignId,
        pacing: { campaignId, callsInFlight: mark } as never,
      }),
    marked: (received) =>
      (received['dialerPacingChanged'] as { pacing: { callsInFlight: number } | null }).pacing?.callsInFlight ?? null,
  },
];

describe.each(VIEWS)('$name follows assignments', (view) => {
  it('stops a supervisor removed from the campaign while it watches, with FORBIDDEN', async () => {
    const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const em = orm.em.fork();
    const campaign = Object.assign(new Campaign(), { name: unique('watched'), type: view.type });
    await em.persist(campaign).flush();
    ok(await graphql(api.url, ASSIGN, { c: campaign.id, u: [supervisor.user.id] }, admin.token));
    const live = subscribe<Record<string, unknown>>(api.url.replace(/^http/, 'ws'), supervisor.token, view.document, {
      id: campaign.id,
    });
    try {
      await pollUntil(
        () => live.received.length,
        (n) => n >= 1,
        { what: 'snapshot' },
      );
      view.publish(campaign.id, 1);
      await pollUntil(
        () => live.received.length,
        (n) => n >= 2,
        { what: 'a change while assigned' },
      );
      expect(view.marked(live.received[1]!)).toBe(1);
      ok(await graphql(api.url, ASSIGN, { c: campaign.id, u: [] }, admin.token));
      // The removal is heard on campaign.updated; give the stream a moment by polling for the error.
      await pollUntil(
        () => {
          view.publish(campaign.id, 2);
          return live.errors.length;
        },
        (n) => n >= 1,
        { what: 'the subscription to end', intervalMs: 200 },
      );
      expect(JSON.stringify(live.errors)).toContain('FORBIDDEN');
      expect(live.received.map((event) => view.marked(event))).not.toContain(2);
    } finally {
      live.dispose();
    }
  });
});
