import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import {
  AgentState,
  BuiltInRole,
  CampaignAgent,
  SystemPause,
  User,
  offlineState,
  type AgentStateStore,
  type Orm,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { testAgentStateStore } from '../support/agent-factory.js';
import { loggedIn } from '../support/factories.js';
import { ok } from '../support/graphql-client.js';
import { addContact, caller, dispositionScenario } from '../support/contact-factory.js';

/** Dispositions and the people around them: the agent's forced ACW, the users they name. */

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

const DISPOSE = `mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { id } }`;

function setup() {
  return dispositionScenario(orm, api.url);
}

describe('a disposition forced by the agent group', () => {
  /** The agent in ACW after a call for `contactId` in `campaignId`, held until it dispositions it. */
  async function inForcedAcw(agentId: string, userId: string, campaignId: string, contactId: string) {
    const callId = `call-${Math.random().toString(36).slice(2)}`;
    const identity = { agentId, userId, username: 'acw', groupId: 'group', sipExtension: 1 };
    const now = new Date().toISOString();
    await store.update(
      agentId,
      () => offlineState(identity, new Date()),
      (current) => ({
        ...current,
        state: AgentState.PAUSED,
        loggedInAt: now,
        phoneRegistered: true,
        campaignIds: [campaignId],
        pauseId: SystemPause.ACW,
        pauseName: SystemPause.ACW,
        callId,
        callCampaignId: campaignId,
        contactId,
        dispositionPending: true,
        version: current.version + 1,
      }),
    );
    return callId;
  }

  it('is not satisfied by another contact with the call id, only by the call’s contact', async () => {
    const { campaign, contact, database, options, asAgent, agent } = await setup();
    const other = await addContact(orm, database);
    const agentId = agent.user.agentProfile!.id;
    const callId = await inForcedAcw(agentId, agent.user.id, campaign.id, contact.id);
    const input = { campaignId: campaign.id, optionId: options.noAction.id, callId };
    ok(await asAgent(DISPOSE, { input: { ...input, contactId: other.id } }));
    expect(await store.get(agentId)).toMatchObject({ dispositionPending: true, pauseId: 'ACW' });
    ok(await asAgent(DISPOSE, { input: { ...input, contactId: contact.id } }));
    expect(await store.get(agentId)).toMatchObject({ dispositionPending: false });
  });
});

describe('the users a disposition names', () => {
  const DETAILS = 'username email active failedLoginAttempts lockedAt lastLoginAt role { name } agentProfile { id }';

  it('show another user’s name to agents, and its details only to itself and who reaches it', async () => {
    const { campaign, contact, options, asAgent, asSupervisor, agent } = await setup();
    const colleague = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    await orm.em.fork().nativeUpdate(User, { id: agent.user.id }, { email: 'agent@example.com' });
    const em = orm.em.fork();
    em.create(CampaignAgent, { campaign: campaign.id, agent: colleague.user.agentProfile!.id, penalty: 0 } as never);
    await em.flush();
    const input = { campaignId: campaign.id, contactId: contact.id, optionId: options.noAction.id };
    const { id } = ok(await asAgent(DISPOSE, { input })).disposeContact;
    const query = `query ($id: ID!) { disposition(id: $id) { agent { ${DETAILS} } history { agent { ${DETAILS} } } } }`;

    const seenByColleague = ok(await caller(api.url, colleague.token)(query, { id })).disposition;
    for (const seen of [seenByColleague.agent, seenByColleague.history[0].agent]) {
      expect(seen).toEqual({
        username: agent.username,
        email: null,
        active: null,
        failedLoginAttempts: null,
        lockedAt: null,
        lastLoginAt: null,
        role: null,
        agentProfile: null,
      });
    }
    const own = ok(await asAgent(query, { id })).disposition.agent;
    expect(own).toMatchObject({ email: 'agent@example.com', active: true, role: { name: 'Agent' } });
    const supervised = ok(await asSupervisor(query, { id })).disposition.agent;
    expect(supervised).toMatchObject({ email: 'agent@example.com', failedLoginAttempts: 0, role: { name: 'Agent' } });
  });
});
