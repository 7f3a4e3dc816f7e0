import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import {
  Campaign,
  CampaignState,
  CampaignType,
  PreviewAssignment,
  PreviewAssignmentMode,
  PreviewAssignmentStatus,
  PreviewService,
  agentTransitions,
  type AgentStateStore,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { testAgentStateStore } from '../support/agent-factory.js';
import { failed, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { testEventBus } from '../workers/call-events-harness.js';
import {
  ASSIGN,
  RELEASE,
  SUMMARY,
  NEXT,
  dispose,
  nextContact,
  previewScenario,
  type Delivered,
  type PreviewAgent,
  type PreviewSetup,
} from './preview-scenario.js';

let api: ApiServer;
let orm: Orm;
let store: AgentStateStore;
let redis: Redis;
let bus: EventBus;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  ({ store, redis } = testAgentStateStore());
  bus = testEventBus();
});

afterAll(async () => {
  redis?.disconnect();
  await bus?.close();
  await closeTestApi(api, orm);
});

const scenario = (setup: PreviewSetup = {}) => previewScenario(orm, api.url, store, setup);

async function assignmentOf(campaignId: string, contactId: string): Promise<PreviewAssignment> {
  return orm.em.fork().findOneOrFail(PreviewAssignment, { campaign: campaignId, contact: contactId });
}

async function campaignState(campaignId: string): Promise<CampaignState> {
  return (await orm.em.fork().findOneOrFail(Campaign, campaignId)).state;
}

describe('delivering preview contacts', () => {
  it('reserves a contact for its agent, gives it to that agent again, and never to another', async () => {
    const { agents, campaign, contacts } = await scenario({ contacts: 3, hidden: ['salary'] });
    const [first, second] = agents as [PreviewAgent, PreviewAgent];
    const before = Date.now();
    const delivered = (await nextContact(first, campaign.id))!;
    expect(delivered.contact.id).toBe(contacts[0]!.id);
    expect(delivered.assignment).toMatchObject({ status: 'RESERVED', agentId: first.agentId });
    // The campaign's disconnection time (2 minutes by default), on the database's clock.
    const until = Date.parse(delivered.assignment.reservedUntil!);
    expect(until).toBeGreaterThan(before + 110_000);
    expect(until).toBeLessThan(Date.now() + 130_000);
    // Hidden fields never reach agents.
    expect(delivered.contact.data).not.toHaveProperty('salary');
    expect(delivered.contact.data['name']).toBe('contact-0');

    const again = (await nextContact(first, campaign.id))!;
    expect(again.assignment.id).toBe(delivered.assignment.id);
    const other = (await nextContact(second, campaign.id))!;
    expect(other.contact.id).toBe(contacts[1]!.id);
  });

  it('two agents racing never get the same contact, and every contact is delivered exactly once', async () => {
    const { agents, campaign, option } = await scenario({ contacts: 40, agents: 2 });
    const [first, second] = agents as [PreviewAgent, PreviewAgent];

    // 50 requests at once: each agent holds one contact, the same one for all its requests.
    const burst = await Promise.all(
      Array.from({ length: 50 }, (_, index) => nextContact(index % 2 ? second : first, campaign.id)),
    );
    const heldBy = (agent: PreviewAgent) =>
      new Set(burst.filter((item) => item!.assignment.agentId === agent.agentId).map((item) => item!.contact.id));
    expect(heldBy(first).size).toBe(1);
    expect(heldBy(second).size).toBe(1);
    expect([...heldBy(first)][0]).not.toBe([...heldBy(second)][0]);

    // Then rounds of 20 requests at once (10 per agent), each agent then dispositioning the
    // contact it got, until no contact is left and the campaign has finished.
    const deliveries = new Map<string, Set<string>>([
      [first.agentId, new Set()],
      [second.agentId, new Set()],
    ]);
    for (let round = 0; round < 30 && (await campaignState(campaign.id)) === CampaignState.ACTIVE; round += 1) {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, index) => nextContact(index % 2 ? second : first, campaign.id)),
      );
      const got = new Map<string, Set<string>>();
      for (const result of results.filter((item): item is Delivered => item !== null)) {
        const agentId = result.assignment.agentId;
        got.set(agentId, (got.get(agentId) ?? new Set()).add(result.contact.id));
      }
      for (const [agentId, contactIds] of got) {
        expect(contactIds.size).toBe(1);
        const [contactId] = [...contactIds] as [string];
        const otherAgent = agentId === first.agentId ? second.agentId : first.agentId;
        expect(deliveries.get(otherAgent)!.has(contactId)).toBe(false);
        deliveries.get(agentId)!.add(contactId);
      }
      await Promise.all(
        [first, second]
          .filter((agent) => got.has(agent.agentId))
          .map((agent) => dispose(agent, campaign.id, [...got.get(agent.agentId)!][0]!, option.id)),
      );
    }

    const ofFirst = deliveries.get(first.agentId)!;
    const ofSecond = deliveries.get(second.agentId)!;
    expect([...ofFirst].filter((id) => ofSecond.has(id))).toEqual([]);
    expect(ofFirst.size + ofSecond.size).toBe(40);
    expect(ofFirst.size).toBeGreaterThan(0);
    expect(ofSecond.size).toBeGreaterThan(0);
    const rows = await orm.em.fork().find(PreviewAssignment, { campaign: campaign.id });
    expect(rows).toHaveLength(40);
    expect(rows.every((row) => row.status === PreviewAssignmentStatus.FINISHED)).toBe(true);
    expect(await campaignState(campaign.id)).toBe(CampaignState.FINISHED);
  }, 240_000);

  it('many agents asking at once get one distinct contact each', { timeout: 120_000 }, async () => {
    const { agents, campaign } = await scenario({ contacts: 40, agents: 20 });
    const results = await Promise.all([...agents, ...agents].map((agent) => nextContact(agent, campaign.id)));
    const byAgent = new Map<string, Set<string>>();
    for (const result of results) {
      const agentId = result!.assignment.agentId;
      byAgent.set(agentId, (byAgent.get(agentId) ?? new Set()).add(result!.contact.id));
    }
    expect(byAgent.size).toBe(20);
    expect([...byAgent.values()].every((contactIds) => contactIds.size === 1)).toBe(true);
    expect(new Set([...byAgent.values()].flatMap((contactIds) => [...contactIds])).size).toBe(20);
  });

  it('releases a reservation once the disconnection time has passed', async () => {
    const { agents, campaign, contacts } = await scenario({ contacts: 3 });
    const [first, second] = agents as [PreviewAgent, PreviewAgent];
    const held = (await nextContact(first, campaign.id))!;
    expect(held.contact.id).toBe(contacts[0]!.id);
    await orm.em
      .fork()
      .nativeUpdate(PreviewAssignment, { id: held.assignment.id }, { reservedUntil: new Date(Date.now() - 1000) });

    // Released on the next request: the other agent gets it, at its place in the order.
    expect((await nextContact(second, campaign.id))!.contact.id).toBe(contacts[0]!.id);
    expect((await nextContact(first, campaign.id))!.contact.id).toBe(contacts[1]!.id);
  });

  it('a sweep releases expired reservations, and DELIVERED contacts of agents who logged out', async () => {
    const { agents, campaign, contacts } = await scenario({ contacts: 3 });
    const [first, second] = agents as [PreviewAgent, PreviewAgent];
    const reserved = (await nextContact(first, campaign.id))!;
    const called = (await nextContact(second, campaign.id))!;
    const em = orm.em.fork();
    await em.nativeUpdate(
      PreviewAssignment,
      { id: reserved.assignment.id },
      { reservedUntil: new Date(Date.now() - 1) },
    );
    // As callPreviewContact leaves it; its agent then logs out.
    await em.nativeUpdate(
      PreviewAssignment,
      { id: called.assignment.id },
      { status: PreviewAssignmentStatus.DELIVERED, reservedUntil: null },
    );
    await store.update(
      second.agentId,
      () => {
        throw new Error('the agent is logged in');
      },
      (current) => agentTransitions.logout(current, new Date(), { force: true }),
    );

    const service = new PreviewService({ store, events: bus, logger: pino({ level: 'silent' }) });
    expect(await service.releaseExpired(orm.em.fork() as never)).toBeGreaterThanOrEqual(2);
    for (const contact of contacts.slice(0, 2)) {
      expect(await assignmentOf(campaign.id, contact.id)).toMatchObject({
        status: PreviewAssignmentStatus.INITIAL,
        agent: null,
        reservedUntil: null,
      });
    }
  });

  it('a skipped contact goes back to the others, behind the waiting ones', async () => {
    const { agents, campaign, contacts } = await scenario({ contacts: 3 });
    const [first, second] = agents as [PreviewAgent, PreviewAgent];
    const order: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      const next = (await nextContact(first, campaign.id))!;
      order.push(next.contact.id);
      // Only its holder may skip it.
      failed(await second.run(RELEASE, { id: next.assignment.id }), 'CONFLICT');
      const released = ok(await first.run(RELEASE, { id: next.assignment.id })).releasePreviewContact;
      expect(released).toMatchObject({ status: 'INITIAL', agentId: null });
    }
    expect(order).toEqual([contacts[0]!.id, contacts[1]!.id, contacts[2]!.id, contacts[0]!.id]);
  });

  it('never delivers contacts whose deactivation column says 0, false or no', async () => {
    const values = ['0', 'FALSE', ' No ', 'yes', '', 'si'];
    const { agents, campaign, contacts, option, asAdmin } = await scenario({
      contacts: values.length,
      agents: 1,
      deactivationColumn: 'active',
      active: (index) => values[index]!,
    });
    const [agent] = agents as [PreviewAgent];
    const delivered: string[] = [];
    while ((await campaignState(campaign.id)) === CampaignState.ACTIVE && delivered.length < values.length) {
      const next = (await nextContact(agent, campaign.id))!;
      delivered.push(next.contact.id);
      await dispose(agent, campaign.id, next.contact.id, option.id);
    }
    expect(delivered).toEqual([contacts[3]!.id, contacts[4]!.id, contacts[5]!.id]);
    // Deactivated contacts do not keep the campaign open.
    expect(await campaignState(campaign.id)).toBe(CampaignState.FINISHED);
    const summary = ok(await asAdmin(SUMMARY, { campaignId: campaign.id })).previewAssignmentSummary;
    const deactivated = summary.counts.filter((row: { deactivated: boolean }) => row.deactivated);
    expect(deactivated).toEqual([{ status: 'INITIAL', agentId: null, deactivated: true, count: 3 }]);
  });
});

describe('initial assignment', () => {
  const perAgent = (counts: Array<{ status: string; agentId: string | null; count: number }>) =>
    Object.fromEntries(counts.filter((row) => row.status === 'INITIAL').map((row) => [row.agentId, row.count]));

  it('PROPORTIONAL on activation deals contacts in turn; agents get their own, then none of the others’', async () => {
    const { agents, campaign, contacts, option, asAdmin } = await scenario({
      contacts: 31,
      agents: 3,
      mode: PreviewAssignmentMode.PROPORTIONAL,
      deactivationColumn: 'active',
      active: (index) => (index === 30 ? '0' : '1'),
    });
    const summary = ok(await asAdmin(SUMMARY, { campaignId: campaign.id })).previewAssignmentSummary;
    expect(summary).toMatchObject({ total: 31, contactCount: 31 });
    const shares = perAgent(summary.counts.filter((row: { deactivated: boolean }) => !row.deactivated));
    expect(Object.fromEntries(agents.map((agent) => [agent.agentId, shares[agent.agentId]]))).toEqual(
      Object.fromEntries(agents.map((agent) => [agent.agentId, 10])),
    );

    // Each agent's own contacts, oldest first: the first agent's share is every third contact.
    const [first] = agents as [PreviewAgent];
    const firstOwn = (
      await orm.em.fork().find(
        PreviewAssignment,
        { campaign: campaign.id, agent: first.agentId },
        {
          orderBy: { position: 'asc' },
        },
      )
    ).map((row) => row.contact.id);
    expect(firstOwn).toHaveLength(10);
    const delivered: string[] = [];
    for (;;) {
      const next = await nextContact(first, campaign.id);
      if (!next) break;
      delivered.push(next.contact.id);
      await dispose(first, campaign.id, next.contact.id, option.id);
    }
    // The others' contacts are theirs: with no free contact left, the agent gets nothing more.
    expect(delivered).toEqual(firstOwn);
    const positions = delivered.map((id) => contacts.findIndex((contact) => contact.id === id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(await campaignState(campaign.id)).toBe(CampaignState.ACTIVE);
  });

  it('RANDOM on demand gives equal shares, drawn at random; NONE frees them', async () => {
    const { agents, campaign, asAdmin } = await scenario({ contacts: 60, agents: 3 });
    const draw = async () => {
      const result = ok(await asAdmin(ASSIGN, { campaignId: campaign.id, mode: 'RANDOM' })).assignPreviewContacts;
      expect(result.total).toBe(60);
      expect(Object.values(perAgent(result.counts))).toEqual([20, 20, 20]);
      const rows = await orm.em
        .fork()
        .find(PreviewAssignment, { campaign: campaign.id }, { orderBy: { position: 'asc' } });
      return rows.map((row) => row.agent?.id ?? null).join(',');
    };
    const draws = [await draw(), await draw(), await draw()];
    // Three identical draws of 60 contacts would be a one-in-astronomical chance.
    expect(new Set(draws).size).toBeGreaterThan(1);
    expect(agents).toHaveLength(3);

    const freed = ok(await asAdmin(ASSIGN, { campaignId: campaign.id, mode: 'NONE' })).assignPreviewContacts;
    expect(perAgent(freed.counts)).toEqual({ null: 60 });
  });

  it('leaves contacts on screens alone when reassigning', async () => {
    const { agents, campaign, asAdmin } = await scenario({ contacts: 4, agents: 2 });
    const [first] = agents as [PreviewAgent];
    const held = (await nextContact(first, campaign.id))!;
    ok(await asAdmin(ASSIGN, { campaignId: campaign.id, mode: 'PROPORTIONAL' }));
    expect(await assignmentOf(campaign.id, held.contact.id)).toMatchObject({
      status: PreviewAssignmentStatus.RESERVED,
      agent: expect.objectContaining({ id: first.agentId }),
    });
  });
});

describe('finishing', () => {
  it('finishes the campaign, publishing campaign.state_changed, when every contact is dispositioned', async () => {
    const { agents, campaign, option } = await scenario({ contacts: 2, agents: 1 });
    const [agent] = agents as [PreviewAgent];
    const events: Array<{ campaignId: string; from: string; to: string }> = [];
    const subscription = bus.subscribe('campaign.state_changed')[Symbol.asyncIterator]();
    const listening = (async () => {
      for (;;) {
        const next = await subscription.next();
        if (next.done) return;
        events.push(next.value.data);
      }
    })();
    try {
      const firstContact = (await nextContact(agent, campaign.id))!;
      await dispose(agent, campaign.id, firstContact.contact.id, option.id);
      expect(await campaignState(campaign.id)).toBe(CampaignState.ACTIVE);
      const secondContact = (await nextContact(agent, campaign.id))!;
      await dispose(agent, campaign.id, secondContact.contact.id, option.id);
      expect(await campaignState(campaign.id)).toBe(CampaignState.FINISHED);
      await pollUntil(
        async () => events.some((event) => event.campaignId === campaign.id),
        (found) => found,
        { timeoutMs: 5000, intervalMs: 50 },
      );
      expect(events.find((event) => event.campaignId === campaign.id)).toMatchObject({
        from: 'ACTIVE',
        to: 'FINISHED',
      });
      expect(await finishedRow(campaign.id, firstContact.contact.id)).toBe(true);
    } finally {
      await subscription.return?.();
      await listening.catch(() => undefined);
    }
  });
});

async function finishedRow(campaignId: string, contactId: string): Promise<boolean> {
  const row = await assignmentOf(campaignId, contactId);
  return row.status === PreviewAssignmentStatus.FINISHED && row.finishedAt !== null;
}

describe('refusals', () => {
  it('refuses agents not logged in, not assigned, and campaigns not PREVIEW or not ACTIVE', async () => {
    const { agents, campaign, asAdmin } = await scenario({ contacts: 2, agents: 1, loggedIn: false });
    const [agent] = agents as [PreviewAgent];
    const offline = failed(await agent.run(NEXT, { campaignId: campaign.id }), 'CONFLICT');
    expect(offline.extensions?.['reason']).toBe('PREVIEW_AGENT_NOT_LOGGED_IN');

    const other = await scenario({ contacts: 1, agents: 1 });
    // Not assigned: the campaign is outside the agent's scope, whose existence it does not learn.
    failed(await other.agents[0]!.run(NEXT, { campaignId: campaign.id }), 'NOT_FOUND');
    // Supervisors get no contacts: they are not agents.
    const notAgent = failed(await asAdmin(NEXT, { campaignId: campaign.id }), 'FORBIDDEN');
    expect(notAgent.extensions?.['reason']).toBe('PREVIEW_NOT_AN_AGENT');
    // Agents do not assign.
    failed(await other.agents[0]!.run(ASSIGN, { campaignId: other.campaign.id, mode: 'RANDOM' }), 'FORBIDDEN');

    const manual = await scenario({ contacts: 1, agents: 1 });
    await orm.em.fork().nativeUpdate(Campaign, { id: manual.campaign.id }, { type: CampaignType.MANUAL });
    const notPreview = failed(await manual.agents[0]!.run(NEXT, { campaignId: manual.campaign.id }), 'BAD_USER_INPUT');
    expect(notPreview.extensions?.['reason']).toBe('PREVIEW_NOT_PREVIEW');

    const paused = await scenario({ contacts: 1, agents: 1 });
    ok(await paused.asAdmin('mutation ($id: ID!) { pauseCampaign(id: $id) { state } }', { id: paused.campaign.id }));
    const notActive = failed(await paused.agents[0]!.run(NEXT, { campaignId: paused.campaign.id }), 'CONFLICT');
    expect(notActive.extensions?.['reason']).toBe('PREVIEW_CAMPAIGN_NOT_ACTIVE');
  });
});
