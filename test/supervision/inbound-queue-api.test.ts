import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import {
  BuiltInRole,
  CampaignType,
  InboundQueueStore,
  QUARTER_HOUR_SQL,
  quarterHourParams,
  type EventBus,
  type InboundQueueStatsData,
  type Orm,
} from '@switchboard/schema';
import type { CallEventKind } from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { CallEventWriter } from '../../workers/src/call-events/call-event.writer.js';
import { CallEventNotifier } from '../../workers/src/call-events/call-event.notifier.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { graphql, ok, failed } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { addContact, createCampaign, createDatabase, createOption } from '../support/contact-factory.js';
import { subscribe } from '../support/subscription-client.js';
import { pollUntil } from '../support/poll-until.js';
import { testEventBus } from '../workers/call-events-harness.js';
import { recordDisposition } from './campaign-counters-harness.js';

// The GraphQL side of the inbound queue view over a log written as workers/call-events writes
// it (no Asterisk here: test/supervision/inbound-queue.test.ts places real calls).

let api: ApiServer;
let orm: Orm;
let bus: EventBus;
let writer: CallEventWriter;
let redis: Redis;
let supervisor: Awaited<ReturnType<typeof loggedIn>>;
const logger = pino({ level: 'silent' });

const STATS = `campaignId day timeZone waiting { callId phone position waitingSince } longestWaitSince
  answered abandoned abandonedDuringWelcome expired averageWaitSeconds averageTalkSeconds
  serviceLevelSeconds serviceLevelPercent agentsByState { state count } updatedAt`;
const QUERY = `query ($id: ID!) { inboundQueueStats(campaignId: $id) { ${STATS} } }`;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  bus = testEventBus();
  writer = new CallEventWriter(orm, new CallEventNotifier(bus), logger);
  redis = new Redis(inject('redisUrl'));
  supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
});

afterAll(async () => {
  await bus?.close();
  redis?.disconnect();
  await closeTestApi(api, orm);
});

async function inboundCampaign(hidden: string[] = []) {
  const database = await createDatabase(orm);
  const campaign = await createCampaign(orm, {
    type: CampaignType.INBOUND,
    database,
    supervisors: [supervisor.user],
    hidden,
  });
  return { campaign, database };
}

type Step = [CallEventKind, { wait?: number; talk?: number; at?: Date }?];

async function logCall(campaignId: string, steps: Step[], callId = randomUUID()) {
  for (const [type, options = {}] of steps) {
    await writer.write({
      eventKey: `${callId}:${type}`,
      callId,
      type,
      occurredAt: options.at ?? new Date(),
      campaignId,
      agentId: null,
      contactId: null,
      phone: '5550031',
      waitSeconds: options.wait ?? null,
      durationSeconds: options.talk ?? null,
      recording: null,
      data: { linkedid: callId, queue: `campaign-${campaignId}` },
    });
  }
  return callId;
}

const readStats = async (campaignId: string, token = supervisor.token) =>
  ok(await graphql<{ inboundQueueStats: InboundQueueStatsData }>(api.url, QUERY, { id: campaignId }, token))
    .inboundQueueStats;

describe('inbound queue stats over the call-event log', () => {
  it('counts each call once by outcome, with averages and the service level', async () => {
    const { campaign } = await inboundCampaign();
    // Service level 20 s (the default): one answered within, one after; one of each loss.
    await logCall(campaign.id, [['ENTERQUEUE'], ['CONNECT', { wait: 5 }], ['COMPLETEAGENT', { talk: 60 }]]);
    await logCall(campaign.id, [['ENTERQUEUE'], ['CONNECT', { wait: 35 }], ['COMPLETEOUTNUM', { talk: 30 }]]);
    await logCall(campaign.id, [['ENTERQUEUE'], ['ABANDON', { wait: 12 }]]);
    // A caller who hung up during the welcome message (OMniLeads' ABANDONWEL; test/calls/queue-settings.test.ts).
    await logCall(campaign.id, [['ABANDONWEL' as CallEventKind]]);
    await logCall(campaign.id, [['ENTERQUEUE'], ['EXITWITHTIMEOUT', { wait: 90 }]]);
    // Still waiting: not offered yet.
    await logCall(campaign.id, [['ENTERQUEUE']]);
    const stats = await readStats(campaign.id);
    expect(stats).toMatchObject({
      campaignId: campaign.id,
      answered: 2,
      abandoned: 1,
      abandonedDuringWelcome: 1,
      expired: 1,
      averageWaitSeconds: 20,
      averageTalkSeconds: 45,
      serviceLevelSeconds: 20,
      // 1 answered within 20 s of 5 offered.
      serviceLevelPercent: 20,
      waiting: [],
      longestWaitSince: null,
      agentsByState: [],
    });
  });

  it('nothing offered: no service level, no averages', async () => {
    const { campaign } = await inboundCampaign();
    expect(await readStats(campaign.id)).toMatchObject({
      answered: 0,
      serviceLevelPercent: null,
      averageWaitSeconds: null,
      averageTalkSeconds: null,
    });
  });

  it('shows the waiting callers the store holds, their phones hidden from an agent viewer only', async () => {
    const { campaign } = await inboundCampaign();
    const store = new InboundQueueStore(redis, inject('redisPrefix'));
    const since = new Date(Date.now() - 30_000).toISOString();
    await store.write({
      queue: `campaign-${campaign.id}`,
      campaignId: campaign.id,
      waiting: [{ uniqueid: '1.1', callId: 'call-1', phone: '5550100', position: 1, waitingSince: since }],
      members: [],
    });
    const stats = await readStats(campaign.id);
    expect(stats.waiting).toEqual([{ callId: 'call-1', phone: '5550100', position: 1, waitingSince: since }]);
    expect(stats.longestWaitSince).toBe(since);
  });

  it('by quarter-hour: every quarter of the day, each call in the quarter of each of its events', async () => {
    const { campaign } = await inboundCampaign();
    const day = (await readStats(campaign.id)).day;
    // 10:05 UTC and 10:20 UTC of the campaign's day (UTC by default).
    const at = (time: string) => new Date(`${day}T${time}:00Z`);
    await logCall(campaign.id, [
      ['ENTERQUEUE', { at: at('10:05') }],
      ['CONNECT', { at: at('10:20'), wait: 900 }],
    ]);
    await logCall(campaign.id, [
      ['ENTERQUEUE', { at: at('10:06') }],
      ['ABANDON', { at: at('10:07') }],
    ]);
    const { campaignActivityByQuarterHour: slots } = ok(
      await graphql<{ campaignActivityByQuarterHour: Record<string, unknown>[] }>(
        api.url,
        `
          query ($id: ID!, $day: String) {
            campaignActivityByQuarterHour(campaignId: $id, day: $day) {
              startsAt
              calls
              answered
              connected
              abandoned
            }
          }
        `,
        { id: campaign.id, day },
        supervisor.token,
      ),
    );
    expect(slots).toHaveLength(96);
    const slot = (time: string) => slots.find((item) => item['startsAt'] === at(time).toISOString());
    expect(slot('10:00')).toMatchObject({ calls: 2, answered: 0, connected: 0, abandoned: 1 });
    expect(slot('10:15')).toMatchObject({ calls: 0, answered: 1, connected: 1, abandoned: 0 });
    expect(slots.reduce((sum, item) => sum + Number(item['calls']), 0)).toBe(2);
    failed(
      await graphql(
        api.url,
        `
          query ($id: ID!) {
            campaignActivityByQuarterHour(campaignId: $id, day: "2026-02-30") {
              calls
            }
          }
        `,
        { id: campaign.id },
        supervisor.token,
      ),
      'BAD_USER_INPUT',
    );
  });

  it('the quarter-hour statement reads the log through its (campaign, time) index', async () => {
    const em = orm.em.fork();
    const connection = em.getConnection();
    await connection.execute('begin');
    try {
      // The test tables are tiny: without this Postgres scans them whatever the indexes.
      await connection.execute('set local enable_seqscan = off');
      const plan: { 'QUERY PLAN': string }[] = await connection.execute(
        `explain ${QUARTER_HOUR_SQL}`,
        quarterHourParams(randomUUID(), '2026-12-02', 'America/Argentina/Buenos_Aires'),
      );
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('call_events_campaign_id_occurred_at_index');
    } finally {
      await connection.execute('rollback');
    }
  });

  it("today's dispositions by option, a contact once per option", async () => {
    const { campaign, database } = await inboundCampaign();
    const sale = await createOption(orm, campaign, { name: 'Sale' });
    const later = await createOption(orm, campaign, { name: 'Later' });
    const contacts = [await addContact(orm, database), await addContact(orm, database)];
    await recordDisposition(orm, bus, campaign.id, contacts[0]!.id, sale.id);
    await recordDisposition(orm, bus, campaign.id, contacts[0]!.id, sale.id);
    await recordDisposition(orm, bus, campaign.id, contacts[1]!.id, sale.id);
    await recordDisposition(orm, bus, campaign.id, contacts[1]!.id, later.id);
    const { campaignDispositionsToday } = ok(
      await graphql<{ campaignDispositionsToday: unknown[] }>(
        api.url,
        'query ($id: ID!) { campaignDispositionsToday(campaignId: $id) { optionId name count } }',
        { id: campaign.id },
        supervisor.token,
      ),
    );
    expect(campaignDispositionsToday).toEqual([
      { optionId: sale.id, name: 'Sale', count: 2 },
      { optionId: later.id, name: 'Later', count: 1 },
    ]);
  });

  it('a supervisor of another campaign is refused in every query and in the subscription', async () => {
    const { campaign } = await inboundCampaign();
    const outsider = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    for (const token of [outsider.token, agent.token]) {
      failed(await graphql(api.url, QUERY, { id: campaign.id }, token), 'FORBIDDEN');
      failed(
        await graphql(
          api.url,
          'query ($id: ID!) { campaignActivityByQuarterHour(campaignId: $id) { calls } }',
          {
            id: campaign.id,
          },
          token,
        ),
        'FORBIDDEN',
      );
      failed(
        await graphql(
          api.url,
          'query ($id: ID!) { campaignDispositionsToday(campaignId: $id) { count } }',
          {
            id: campaign.id,
          },
          token,
        ),
        'FORBIDDEN',
      );
    }
    const refused = subscribe(
      api.url.replace(/^http/, 'ws'),
      outsider.token,
      'subscription ($id: ID!) { inboundQueueStatsChanged(campaignId: $id) { kind } }',
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

  it('the subscription gives a snapshot, then the changes of its campaign only', async () => {
    const { campaign } = await inboundCampaign();
    const other = await inboundCampaign();
    const stream = subscribe<{ inboundQueueStatsChanged: { kind: string; stats: InboundQueueStatsData } }>(
      api.url.replace(/^http/, 'ws'),
      supervisor.token,
      'subscription ($id: ID!) { inboundQueueStatsChanged(campaignId: $id) { id kind stats { campaignId answered } } }',
      { id: campaign.id },
    );
    try {
      await pollUntil(
        () => stream.received.length,
        (count) => count === 1,
        { what: 'the snapshot' },
      );
      expect(stream.received[0]!.inboundQueueStatsChanged.kind).toBe('SNAPSHOT');
      const base = await readStats(campaign.id);
      bus.publish('queue.state_changed', { stats: { ...(await readStats(other.campaign.id)), answered: 7 } });
      bus.publish('queue.state_changed', { stats: { ...base, answered: 3 } });
      await pollUntil(
        () => stream.received.length,
        (count) => count === 2,
        { what: 'the change' },
      );
      expect(stream.received[1]!.inboundQueueStatsChanged).toMatchObject({
        kind: 'CHANGE',
        stats: { campaignId: campaign.id, answered: 3 },
      });
    } finally {
      stream.dispose();
    }
  });
});
