import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgentActivity,
  AgentActivityType,
  BuiltInRole,
  CallEvent,
  CallEventType,
  recordAgentActivity,
  recordCallEvent,
  type CallEventRecord,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { createCampaign } from '../support/telephony-factory.js';

let api: ApiServer;
let orm: Orm;
let manager: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  manager = (await loggedIn(orm, api.url, BuiltInRole.MANAGER)).token;
});
afterAll(() => closeTestApi(api, orm));

const CALL_EVENTS = `query ($filter: CallEventFilter, $first: Int, $after: String) {
  callEvents(filter: $filter, first: $first, after: $after) {
    totalCount nodes { id eventKey callId type campaignId occurredAt data } pageInfo { endCursor hasNextPage } } }`;
const ACTIVITIES = `query ($filter: AgentActivityFilter) {
  agentActivities(filter: $filter) { totalCount nodes { agentId type pauseId occurredAt } } }`;

const base = Date.parse('2026-03-02T12:00:00Z');
const at = (seconds: number) => new Date(base + seconds * 1000);

function event(
  callId: string,
  type: CallEventType,
  seconds: number,
  extra: Partial<CallEventRecord> = {},
): CallEventRecord {
  return { eventKey: randomUUID(), callId, type, occurredAt: at(seconds), ...extra };
}

async function record(...events: CallEventRecord[]): Promise<void> {
  for (const item of events) await recordCallEvent(orm.em.fork(), item);
}

describe('recordCallEvent', () => {
  it('writes an event once however often it is delivered', async () => {
    const callId = randomUUID();
    const delivered = event(callId, CallEventType.DIAL, 0, { phone: '5551234', data: { trunk: 'a' } });
    expect(await recordCallEvent(orm.em.fork(), delivered)).toBe(true);
    expect(await recordCallEvent(orm.em.fork(), { ...delivered, type: CallEventType.ANSWER })).toBe(false);
    const rows = await orm.em.fork().find(CallEvent, { callId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      eventKey: delivered.eventKey,
      type: 'DIAL',
      phone: '5551234',
      data: { trunk: 'a' },
    });
  });
});

describe('callEvents', () => {
  it('orders by occurredAt then id and filters by call, type and time range', async () => {
    const callId = randomUUID();
    await record(
      event(callId, CallEventType.CONNECT, 20),
      event(callId, CallEventType.DIAL, 0),
      event(callId, CallEventType.ANSWER, 10),
      event(callId, CallEventType.COMPLETEAGENT, 20),
    );
    const all = ok(await graphql(api.url, CALL_EVENTS, { filter: { callId } }, manager)).callEvents;
    expect(all.nodes.map((node: { type: string }) => node.type)).toEqual([
      'DIAL',
      'ANSWER',
      'CONNECT',
      'COMPLETEAGENT',
    ]);
    expect(Number(all.nodes[2].id)).toBeLessThan(Number(all.nodes[3].id));

    const typed = ok(
      await graphql(api.url, CALL_EVENTS, { filter: { callId, types: ['ANSWER', 'CONNECT'] } }, manager),
    );
    expect(typed.callEvents.nodes.map((node: { type: string }) => node.type)).toEqual(['ANSWER', 'CONNECT']);

    const range = { callId, from: at(10).toISOString(), to: at(20).toISOString() };
    const ranged = ok(await graphql(api.url, CALL_EVENTS, { filter: range }, manager));
    expect(ranged.callEvents.nodes.map((node: { type: string }) => node.type)).toEqual(['ANSWER']);

    const first = ok(await graphql(api.url, CALL_EVENTS, { filter: { callId }, first: 3 }, manager)).callEvents;
    const rest = ok(
      await graphql(api.url, CALL_EVENTS, { filter: { callId }, first: 3, after: first.pageInfo.endCursor }, manager),
    ).callEvents;
    expect(rest.nodes.map((node: { type: string }) => node.type)).toEqual(['COMPLETEAGENT']);
  });

  it('refuses an empty time range', async () => {
    const filter = { from: at(10).toISOString(), to: at(10).toISOString() };
    const error = failed(await graphql(api.url, CALL_EVENTS, { filter }, manager), 'BAD_USER_INPUT');
    expect(error.extensions?.['details']).toEqual({ field: 'to' });
  });

  it('shows a basic supervisor only the events of its campaigns', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.BASIC_SUPERVISOR);
    const own = await createCampaign(orm, { supervisorIds: [supervisor.user.id] });
    const foreign = await createCampaign(orm);
    const callId = randomUUID();
    await record(
      event(callId, CallEventType.DIAL, 0, { campaignId: own.id }),
      event(callId, CallEventType.DIAL, 1, { campaignId: foreign.id }),
      event(callId, CallEventType.DIAL, 2),
    );
    const seen = ok(await graphql(api.url, CALL_EVENTS, { filter: { callId } }, supervisor.token)).callEvents;
    expect(seen.nodes.map((node: { campaignId: string | null }) => node.campaignId)).toEqual([own.id]);
    expect(seen.totalCount).toBe(1);
    const asked = ok(
      await graphql(api.url, CALL_EVENTS, { filter: { callId, campaignId: foreign.id } }, supervisor.token),
    );
    expect(asked.callEvents.nodes).toEqual([]);

    const everything = ok(await graphql(api.url, CALL_EVENTS, { filter: { callId } }, manager)).callEvents;
    expect(everything.totalCount).toBe(3);
  });

  it('is refused to agents', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    failed(await graphql(api.url, CALL_EVENTS, {}, agent.token), 'FORBIDDEN');
    failed(await graphql(api.url, ACTIVITIES, {}, agent.token), 'FORBIDDEN');
  });
});

describe('agentActivities', () => {
  it('records activity and shows a basic supervisor only the agents of its campaigns', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.BASIC_SUPERVISOR);
    const ours = (await loggedIn(orm, api.url, BuiltInRole.AGENT)).user.agentProfile!.id;
    const theirs = (await loggedIn(orm, api.url, BuiltInRole.AGENT)).user.agentProfile!.id;
    await createCampaign(orm, { supervisorIds: [supervisor.user.id], agentIds: [ours] });
    await createCampaign(orm, { agentIds: [theirs] });
    for (const agentId of [ours, theirs]) {
      await recordAgentActivity(orm.em.fork(), {
        agentId,
        type: AgentActivityType.PAUSE,
        pauseId: 'ACW',
        occurredAt: at(5),
      });
      await recordAgentActivity(orm.em.fork(), { agentId, type: AgentActivityType.LOGIN, occurredAt: at(0) });
    }
    expect(await orm.em.fork().count(AgentActivity, { agentId: { $in: [ours, theirs] } })).toBe(4);

    const own = ok(await graphql(api.url, ACTIVITIES, { filter: { agentId: ours } }, supervisor.token)).agentActivities;
    expect(own.nodes.map((node: { type: string }) => node.type)).toEqual(['LOGIN', 'PAUSE']);
    expect(own.nodes[1].pauseId).toBe('ACW');
    const other = ok(await graphql(api.url, ACTIVITIES, { filter: { agentId: theirs } }, supervisor.token));
    expect(other.agentActivities.totalCount).toBe(0);

    const paused = ok(await graphql(api.url, ACTIVITIES, { filter: { agentId: theirs, types: ['PAUSE'] } }, manager));
    expect(paused.agentActivities.nodes).toMatchObject([{ agentId: theirs, type: 'PAUSE' }]);
  });
});
