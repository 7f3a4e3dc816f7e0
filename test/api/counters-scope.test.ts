import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  BuiltInRole,
  Campaign,
  CampaignType,
  EventBus,
  type CampaignCountersData,
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

const COUNTERS =
  'subscription ($id: ID!) { campaignCountersChanged(campaignId: $id) { kind counters { campaignId dialed } } }';
const ASSIGN = 'mutation ($c: ID!, $u: [ID!]!) { setCampaignSupervisors(campaignId: $c, userIds: $u) { id } }';
type Received = { campaignCountersChanged: { kind: string; counters: { campaignId: string; dialed: number } } };

/** What workers/campaign-counters publishes, with only the fields the subscription reads meaningful. */
function publishCounters(campaignId: string, dialed: number): void {
  events.publish('campaign.counters_changed', { counters: { campaignId, dialed } as CampaignCountersData });
}

describe('campaignCountersChanged follows assignments', () => {
  it('stops a supervisor removed from the campaign while it watches, with FORBIDDEN', async () => {
    const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const em = orm.em.fork();
    const campaign = Object.assign(new Campaign(), { name: unique('counted'), type: CampaignType.MANUAL });
    await em.persist(campaign).flush();
    ok(await graphql(api.url, ASSIGN, { c: campaign.id, u: [supervisor.user.id] }, admin.token));
    const live = subscribe<Received>(api.url.replace(/^http/, 'ws'), supervisor.token, COUNTERS, { id: campaign.id });
    try {
      await pollUntil(
        () => live.received.length,
        (n) => n >= 1,
        { what: 'snapshot' },
      );
      publishCounters(campaign.id, 1);
      await pollUntil(
        () => live.received.length,
        (n) => n >= 2,
        { what: 'a change while assigned' },
      );
      ok(await graphql(api.url, ASSIGN, { c: campaign.id, u: [] }, admin.token));
      // The removal is heard on campaign.updated; give the stream a moment by polling for the error.
      await pollUntil(
        () => {
          publishCounters(campaign.id, 2);
          return live.errors.length;
        },
        (n) => n >= 1,
        { what: 'the subscription to end', intervalMs: 200 },
      );
      expect(JSON.stringify(live.errors)).toContain('FORBIDDEN');
      expect(live.received.map((event) => event.campaignCountersChanged.counters.dialed)).not.toContain(2);
    } finally {
      live.dispose();
    }
  });
});
