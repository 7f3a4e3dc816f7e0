// An agent's transfer and call targets: the agents of its group and campaigns with their live
// state (available first) and every active inbound campaign; nobody else, and nothing for
// non-agents. transferCall and callAgent refuse what the list would not offer.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import {
  AgentState,
  BuiltInRole,
  Campaign,
  CampaignState,
  CampaignType,
  InCallService,
  TransferMode,
  TransferTargetType,
  User,
  Viewer,
  offlineState,
  type AgentCallChannels,
  type AgentLiveStateData,
  type AgentStateStore,
  type InCallTelephony,
  type InCallTransferTarget,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createAgentGroup, testAgentStateStore } from '../support/agent-factory.js';
import { createCampaign } from '../support/contact-factory.js';
import { loggedIn } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';

let api: ApiServer;
let orm: Orm;
let store: AgentStateStore;
let redis: Redis;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  ({ store, redis } = testAgentStateStore());
});
afterAll(async () => {
  redis?.disconnect();
  await closeTestApi(api, orm);
});

const TARGETS = `{ transferTargets {
  agents { agentId displayName sipExtension state pauseId pauseName available }
  campaigns { id name } } }`;

type Agent = Awaited<ReturnType<typeof loggedIn>> & { agentId: string };

async function agent(group?: Awaited<ReturnType<typeof createAgentGroup>>): Promise<Agent> {
  const created = await loggedIn(orm, api.url, BuiltInRole.AGENT, group ? { group } : {});
  return { ...created, agentId: created.user.agentProfile!.id };
}

/** Writes the agent's live state as the agent-state worker would. */
async function live(of: Agent, change: Partial<AgentLiveStateData>) {
  const profile = of.user.agentProfile!;
  const identity = {
    agentId: of.agentId,
    userId: of.user.id,
    username: of.username,
    groupId: profile.group.id,
    sipExtension: profile.sipExtension,
  };
  const now = new Date().toISOString();
  await store.update(
    of.agentId,
    () => offlineState(identity, new Date()),
    (current) => ({
      ...current,
      loggedInAt: now,
      since: now,
      phoneRegistered: true,
      ...change,
      version: current.version + 1,
    }),
  );
}

const targets = async (token: string) =>
  ok(await graphql<{ transferTargets: any }>(api.url, TARGETS, {}, token)).transferTargets;

/** An agent A, its group mate, a campaign mate of another group, and agents it must not reach. */
async function scene() {
  const group = await createAgentGroup(orm);
  const [me, groupMate] = [await agent(group), await agent(group)];
  const [campaignMate, stranger, templateMate, finishedMate] = [
    await agent(),
    await agent(),
    await agent(),
    await agent(),
  ];
  await createCampaign(orm, { agents: [me.user, campaignMate.user] });
  await createCampaign(orm, { agents: [stranger.user] });
  await createCampaign(orm, { agents: [me.user, finishedMate.user], state: CampaignState.FINISHED });
  const template = await createCampaign(orm, { agents: [me.user, templateMate.user] });
  await orm.em.fork().nativeUpdate(Campaign, { id: template.id }, { isTemplate: true });
  return { me, groupMate, campaignMate, stranger, templateMate, finishedMate };
}

describe('transferTargets', () => {
  it('gives an agent the agents of its group and campaigns with live state, available first, and nobody else', async () => {
    const { me, groupMate, campaignMate } = await scene();
    await live(groupMate, { state: AgentState.ON_CALL, callId: 'c-1' });
    await live(campaignMate, { state: AgentState.PAUSED, pauseId: 'p-1', pauseName: 'Lunch' });

    const { agents } = await targets(me.token);
    expect(agents).toEqual([
      {
        agentId: campaignMate.agentId,
        displayName: campaignMate.username,
        sipExtension: campaignMate.user.agentProfile!.sipExtension,
        state: 'PAUSED',
        pauseId: 'p-1',
        pauseName: 'Lunch',
        available: true,
      },
      expect.objectContaining({ agentId: groupMate.agentId, state: 'ON_CALL', pauseName: null, available: false }),
    ]);

    // A disposition owed, or a phone that left, takes an agent out of reach for now, not off the list.
    await live(campaignMate, { state: AgentState.PAUSED, pauseId: 'ACW', pauseName: 'ACW', dispositionPending: true });
    await live(groupMate, { state: AgentState.UNAVAILABLE, callId: null, phoneRegistered: false });
    const later = await targets(me.token);
    // Both unavailable now: one part, in extension order (the factory's extensions are random).
    const byExtension = [groupMate, campaignMate].sort(
      (a, b) => a.user.agentProfile!.sipExtension - b.user.agentProfile!.sipExtension,
    );
    expect(later.agents.map((a: any) => [a.agentId, a.available])).toEqual(
      byExtension.map((mate) => [mate.agentId, false]),
    );

    // READY before PAUSED, whatever the extensions.
    for (const [ready, paused] of [
      [groupMate, campaignMate],
      [campaignMate, groupMate],
    ] as const) {
      await live(ready, { state: AgentState.READY, pauseId: null, pauseName: null, dispositionPending: false });
      await live(paused, { state: AgentState.PAUSED, pauseId: 'p-1', pauseName: 'Lunch', dispositionPending: false });
      const ordered = await targets(me.token);
      expect(ordered.agents.map((a: any) => a.agentId)).toEqual([ready.agentId, paused.agentId]);
    }
  });

  it('leaves out deactivated colleagues, and the campaign mate sees the agent back', async () => {
    const { me, groupMate, campaignMate } = await scene();
    await orm.em.fork().nativeUpdate(User, { id: groupMate.user.id }, { active: false });
    const { agents } = await targets(me.token);
    expect(agents.map((a: any) => a.agentId)).toEqual([campaignMate.agentId]);
    const theirs = await targets(campaignMate.token);
    expect(theirs.agents.map((a: any) => a.agentId)).toEqual([me.agentId]);
  });

  it('lists every active inbound campaign, not templates, inactive ones nor other types', async () => {
    const me = await agent();
    const inbound = await createCampaign(orm, { type: CampaignType.INBOUND });
    const inactive = await createCampaign(orm, { type: CampaignType.INBOUND, state: CampaignState.INACTIVE });
    const manual = await createCampaign(orm, { type: CampaignType.MANUAL, agents: [me.user] });
    const template = await createCampaign(orm, { type: CampaignType.INBOUND });
    await orm.em.fork().nativeUpdate(Campaign, { id: template.id }, { isTemplate: true });

    const ids = (await targets(me.token)).campaigns.map((c: any) => c.id);
    expect(ids).toContain(inbound.id);
    for (const refused of [inactive, manual, template]) expect(ids).not.toContain(refused.id);
  });

  it('is refused to non-agents: supervisors and administrators have no call to transfer', async () => {
    for (const role of [BuiltInRole.SUPERVISOR, BuiltInRole.ADMINISTRATOR, BuiltInRole.MANAGER]) {
      const user = await loggedIn(orm, api.url, role);
      failed(await graphql(api.url, TARGETS, {}, user.token), 'FORBIDDEN');
    }
    failed(await graphql(api.url, TARGETS, {}, null), 'UNAUTHENTICATED');
  });
});

describe('calls and transfers keep to the same targets', () => {
  it('callAgent refuses an agent outside the group and campaigns, even READY', async () => {
    const { me, stranger, templateMate, groupMate } = await scene();
    await live(me, { state: AgentState.READY });
    await live(stranger, { state: AgentState.READY });
    await live(templateMate, { state: AgentState.READY });
    const call = (agentId: string) =>
      graphql(api.url, 'mutation ($a: ID!) { callAgent(agentId: $a) { callId } }', { a: agentId }, me.token);
    for (const outside of [stranger, templateMate]) {
      const error = failed(await call(outside.agentId), 'FORBIDDEN');
      expect(error.extensions?.['reason']).toBe('COMMON_FORBIDDEN');
    }
    // A colleague offline is reachable but unavailable: the refusal says so, not FORBIDDEN.
    const offline = failed(await call(groupMate.agentId), 'CONFLICT');
    expect(offline.extensions?.['reason']).toBe('AGENT_CALL_AGENT_NOT_AVAILABLE');
    expect((await store.get(me.agentId))?.state).toBe(AgentState.READY);
  });

  it('transferCall refuses an agent outside the group and campaigns, and sends a colleague the call', async () => {
    const { me, stranger, campaignMate } = await scene();
    const callId = `call-${Math.random().toString(36).slice(2)}`;
    await live(me, { state: AgentState.ON_CALL, callId });
    await live(stranger, { state: AgentState.READY });
    await live(campaignMate, { state: AgentState.READY });
    const sent: InCallTransferTarget[] = [];
    const channels: AgentCallChannels = {
      callId,
      campaignId: null,
      agentChannel: 'PJSIP/me-1',
      peerChannel: 'PJSIP/trunk-1',
      consulting: false,
      onHold: false,
      recording: null,
    };
    const telephony = {
      currentCall: async () => channels,
      blindTransfer: async (_call: AgentCallChannels, target: InCallTransferTarget) => void sent.push(target),
    } as unknown as InCallTelephony;
    const inCall = new InCallService({ store, telephony, logger: pino({ level: 'silent' }) });
    const em = orm.em.fork();
    const viewer = new Viewer(await em.findOneOrFail(User, { id: me.user.id }, { populate: ['role', 'agentProfile'] }));
    const transfer = (agentId: string) =>
      inCall.transfer(em, viewer, { mode: TransferMode.BLIND, targetType: TransferTargetType.AGENT, agentId });

    await expect(transfer(stranger.agentId)).rejects.toMatchObject({ code: 'COMMON_FORBIDDEN' });
    expect(sent).toEqual([]);
    await expect(transfer(campaignMate.agentId)).resolves.toBe(true);
    expect(sent).toEqual([
      { kind: 'AGENT', agentId: campaignMate.agentId, sipExtension: campaignMate.user.agentProfile!.sipExtension },
    ]);
  });
});
