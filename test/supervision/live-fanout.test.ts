import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Redis } from 'ioredis';
import {
  AgentProfile,
  AgentState,
  BuiltInRole,
  Campaign,
  CampaignAgent,
  CampaignType,
  ContactDatabase,
  EventBus,
  User,
  offlineState,
  type AgentLiveStateData,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createUser, loggedIn, unique } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { subscribe } from '../support/subscription-client.js';

// A prefix of this file's own: PUBSUB NUMSUB must count this api's subscriptions only.
const PREFIX = `${inject('redisPrefix')}fanout_${process.pid}:`;
const CHANNEL = `${PREFIX}events:agent.state_changed`;

let api: ApiServer;
let orm: Orm;
let events: EventBus;
let redis: Redis;
let wsUrl: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi({ REDIS_PREFIX: PREFIX }));
  events = new EventBus(inject('redisUrl'), PREFIX);
  redis = new Redis(inject('redisUrl'));
  wsUrl = api.url.replace(/^http/, 'ws');
});
afterAll(async () => {
  redis?.disconnect();
  await events?.close();
  await closeTestApi(api, orm);
});

const STATES = `subscription ($c: ID) {
  agentStateChanged(campaignId: $c) { id kind agent { agentId state phone version } }
}`;
type Received = {
  agentStateChanged: { kind: string; agent: { agentId: string; state: string; phone: string | null; version: number } };
};

interface Agent {
  agentId: string;
  state: (extra?: Partial<AgentLiveStateData>) => AgentLiveStateData;
}

async function newAgent(): Promise<Agent & { username: string }> {
  const created = await createUser(orm, BuiltInRole.AGENT);
  const profile = await orm.em.fork().findOneOrFail(AgentProfile, { user: created.user.id }, { populate: ['user'] });
  const identity = {
    agentId: profile.id,
    userId: created.user.id,
    username: created.username,
    groupId: profile.group.id,
    sipExtension: profile.sipExtension,
  };
  return {
    agentId: profile.id,
    username: created.username,
    state: (extra = {}) => ({ ...offlineState(identity, new Date()), state: AgentState.READY, ...extra }),
  };
}

async function campaignOf(agents: Agent[], supervisors: string[], settings: Partial<Campaign> = {}) {
  const em = orm.em.fork();
  const campaign = Object.assign(new Campaign(), { name: unique('fanout'), type: CampaignType.MANUAL, ...settings });
  for (const userId of supervisors) campaign.supervisors.add(em.getReference(User, userId));
  em.persist(campaign);
  for (const agent of agents) {
    em.persist(Object.assign(new CampaignAgent(), { campaign, agent: em.getReference(AgentProfile, agent.agentId) }));
  }
  await em.flush();
  return campaign;
}

let version = 1;
function publish(agent: Agent, extra: Partial<AgentLiveStateData> = {}): number {
  const sent = version++;
  events.publish('agent.state_changed', { from: 'OFFLINE', state: agent.state({ version: sent, ...extra }) });
  return sent;
}

const changes = (live: { received: Received[] }) =>
  live.received.filter((event) => event.agentStateChanged.kind === 'CHANGE').map((event) => event.agentStateChanged);

async function numsub(): Promise<number> {
  const reply = (await redis.call('PUBSUB', 'NUMSUB', CHANNEL)) as [string, number];
  return Number(reply[1]);
}

describe('agentStateChanged through the per-process fan-out', () => {
  it('shows a supervisor only its campaigns’ agents, in the snapshot and in the deltas', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const [mine, theirs] = [await newAgent(), await newAgent()];
    await campaignOf([mine], [supervisor.user.id]);
    await campaignOf([theirs], []);
    const live = subscribe<Received>(wsUrl, supervisor.token, STATES);
    try {
      await pollUntil(
        () => live.received.length,
        (n) => n >= 1,
        { what: 'snapshot' },
      );
      expect(live.received.map((event) => event.agentStateChanged.agent.agentId)).toEqual([mine.agentId]);
      const hidden = publish(theirs);
      const shown = publish(mine);
      await pollUntil(
        () => changes(live),
        (seen) => seen.some((event) => event.agent.version === shown),
        { what: 'its agent’s change' },
      );
      expect(changes(live).map((event) => event.agent.version)).not.toContain(hidden);
      expect(changes(live).every((event) => event.agent.agentId === mine.agentId)).toBe(true);
      expect(live.errors).toEqual([]);
    } finally {
      live.dispose();
    }
  });

  it('follows an assignment change made while it watches, without waiting for a periodic re-read', async () => {
    const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const [mine, joining] = [await newAgent(), await newAgent()];
    const campaign = await campaignOf([mine], [supervisor.user.id]);
    const live = subscribe<Received>(wsUrl, supervisor.token, STATES);
    try {
      await pollUntil(
        () => live.received.length,
        (n) => n >= 1,
        { what: 'snapshot' },
      );
      const startedAt = Date.now();
      ok(
        await graphql(
          api.url,
          'mutation ($c: ID!, $a: [CampaignAgentInput!]!) { setCampaignAgents(campaignId: $c, agents: $a) { id } }',
          { c: campaign.id, a: [{ agentId: mine.agentId }, { agentId: joining.agentId }] },
          admin.token,
        ),
      );
      // Published until seen: the scope is read again a few milliseconds after campaign.updated.
      await pollUntil(
        () => (publish(joining), changes(live)),
        (seen) => seen.some((event) => event.agent.agentId === joining.agentId),
        { what: 'the added agent’s change', intervalMs: 50, timeoutMs: 5_000 },
      );
      ok(
        await graphql(
          api.url,
          'mutation ($c: ID!, $a: ID!) { removeCampaignAgent(campaignId: $c, agentId: $a) { id } }',
          { c: campaign.id, a: joining.agentId },
          admin.token,
        ),
      );
      // Removed once a marker of its remaining agent arrives without the removed one's event before it.
      const pairs: { left: number; marker: number }[] = [];
      await pollUntil(
        () => {
          pairs.push({ left: publish(joining), marker: publish(mine) });
          return changes(live).map((event) => event.agent.version);
        },
        (seen) => pairs.some(({ left, marker }) => seen.includes(marker) && !seen.includes(left)),
        { what: 'the removed agent to leave the scope', intervalMs: 50, timeoutMs: 5_000 },
      );
      expect(Date.now() - startedAt).toBeLessThan(10_000);
      expect(live.errors).toEqual([]);
    } finally {
      live.dispose();
    }
  });

  it('holds one Redis subscription to the topic per process, however many subscribe', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
    const agent = await newAgent();
    await campaignOf([agent], [supervisor.user.id]);
    await pollUntil(numsub, (n) => n === 0, { what: 'no subscription before anyone watches' });
    const watchers = Array.from({ length: 12 }, (_, n) =>
      subscribe<Received>(wsUrl, n % 3 ? supervisor.token : admin.token, STATES),
    );
    try {
      await pollUntil(() => watchers.every((live) => live.received.length >= 1), Boolean, { what: 'every snapshot' });
      expect(await numsub()).toBe(1);
      const sent = publish(agent);
      await pollUntil(
        () => watchers.every((live) => changes(live).some((event) => event.agent.version === sent)),
        Boolean,
        { what: 'the change at every watcher' },
      );
      expect(await numsub()).toBe(1);
    } finally {
      for (const live of watchers) live.dispose();
    }
    await pollUntil(numsub, (n) => n === 0, { what: 'the subscription to end with the last watcher' });
  });

  it('gives an agent its own call’s number only when the campaign does not hide the phone column', async () => {
    const agent = await newAgent();
    const em = orm.em.fork();
    const database = Object.assign(new ContactDatabase(), {
      name: unique('fanout-db'),
      columns: ['phone', 'name'],
      phoneColumns: ['phone'],
    });
    await em.persist(database).flush();
    const hiding = await campaignOf([agent], [], { contactDatabase: database, hiddenContactFields: ['phone'] });
    const open = await campaignOf([agent], [], { contactDatabase: database, hiddenContactFields: ['name'] });
    const token = ok(
      await graphql<{ login: { token: string } }>(
        api.url,
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: agent.username, p: 'Correct-Horse-Battery-42' },
      ),
    ).login.token;
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    await orm.em
      .fork()
      .getConnection()
      .execute('insert into campaign_supervisors (campaign_id, user_id) values (?, ?)', [
        hiding.id,
        supervisor.user.id,
      ]);
    const own = subscribe<Received>(wsUrl, token, STATES);
    const watching = subscribe<Received>(wsUrl, supervisor.token, STATES);
    try {
      await pollUntil(
        () => own.received.length + watching.received.length,
        (n) => n >= 2,
        { what: 'snapshots' },
      );
      const onHidden = publish(agent, {
        state: AgentState.ON_CALL,
        phone: '+5491144440000',
        callCampaignId: hiding.id,
      });
      const onOpen = publish(agent, { state: AgentState.ON_CALL, phone: '+5491144441111', callCampaignId: open.id });
      const phones = (live: { received: Received[] }) =>
        new Map(changes(live).map((event) => [event.agent.version, event.agent.phone]));
      await pollUntil(() => phones(own).has(onOpen) && phones(watching).has(onOpen), Boolean, {
        what: 'both changes at both',
      });
      expect(phones(own).get(onHidden)).toBeNull();
      expect(phones(own).get(onOpen)).toBe('+5491144441111');
      expect(phones(watching).get(onHidden)).toBe('+5491144440000');
    } finally {
      own.dispose();
      watching.dispose();
    }
  });
});
