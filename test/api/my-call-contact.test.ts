import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { AgentState, BuiltInRole, offlineState, type AgentStateStore, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { putOnCall, testAgentStateStore } from '../support/agent-factory.js';
import { loggedIn } from '../support/factories.js';
import { ok } from '../support/graphql-client.js';
import { addContact, caller, createCampaign, createDatabase } from '../support/contact-factory.js';

/** myCallContact: the contact of the agent's own call, granted by its live state only. */

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

const MY_CALL_CONTACT = `{ myCallContact {
  campaign { id name hiddenContactFields blockedContactFields columns phoneColumns }
  contact { id phone externalId data }
  editable
} }`;

/** An agent on a call of a campaign it is not assigned to (transferred in), on `contactId`. */
async function scenario() {
  const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
  const database = await createDatabase(orm);
  const campaign = await createCampaign(orm, { database, hidden: ['salary', 'customer_id'], blocked: ['phone'] });
  const contact = await addContact(orm, database, { salary: '90000', customer_id: 'C-77' });
  return { agent, database, campaign, contact, asAgent: caller(api.url, agent.token) };
}

describe('myCallContact', () => {
  it("shows an unassigned agent its call's contact without the campaign's hidden fields, read-only", async () => {
    const { agent, campaign, contact, database, asAgent } = await scenario();
    await putOnCall(store, agent.user, campaign.id, contact.id);

    const view = ok(await asAgent(MY_CALL_CONTACT)).myCallContact;
    expect(view.campaign).toEqual({
      id: campaign.id,
      name: campaign.name,
      hiddenContactFields: ['salary', 'customer_id'],
      blockedContactFields: ['phone'],
      columns: database.columns,
      phoneColumns: database.phoneColumns,
    });
    expect(view.contact).toEqual({
      id: contact.id,
      phone: contact.phone,
      externalId: null,
      data: { phone: contact.phone, name: 'Terence', surname: 'McKenna' },
    });
    expect(view.editable).toBe(false);
    // The grant is for this call's contact only: the campaign's other reads stay refused.
    const direct = await asAgent(`query ($id: ID!) { contact(id: $id) { id } }`, { id: contact.id });
    expect(direct.errors?.length).toBeGreaterThan(0);
  });

  it('is null without a call in the live state', async () => {
    const { agent, asAgent } = await scenario();
    expect(ok(await asAgent(MY_CALL_CONTACT)).myCallContact).toBeNull();
    const identity = { agentId: agent.user.agentProfile!.id, userId: agent.user.id };
    await store.update(
      identity.agentId,
      () => offlineState({ ...identity, username: 'idle', groupId: 'group', sipExtension: 1 }, new Date()),
      (current) => ({
        ...current,
        state: AgentState.READY,
        callId: null,
        callCampaignId: null,
        version: current.version + 1,
      }),
    );
    expect(ok(await asAgent(MY_CALL_CONTACT)).myCallContact).toBeNull();
  });

  it("never reaches a contact outside the call's campaign database, and takes no id from the client", async () => {
    const { agent, campaign, asAgent } = await scenario();
    const elsewhere = await addContact(orm, await createDatabase(orm), { salary: '1' });
    await putOnCall(store, agent.user, campaign.id, elsewhere.id);
    const view = ok(await asAgent(MY_CALL_CONTACT)).myCallContact;
    expect(view.campaign.id).toBe(campaign.id);
    expect(view.contact).toBeNull();

    const withId = await asAgent(`query ($id: ID!) { myCallContact(contactId: $id) { contact { id } } }`, {
      id: elsewhere.id,
    });
    expect(withId.errors?.length).toBeGreaterThan(0);
  });

  it('is editable in a campaign the agent is assigned to', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const database = await createDatabase(orm);
    const campaign = await createCampaign(orm, { database, agents: [agent.user] });
    const contact = await addContact(orm, database);
    await putOnCall(store, agent.user, campaign.id, contact.id);
    const view = ok(await caller(api.url, agent.token)(MY_CALL_CONTACT)).myCallContact;
    expect(view).toMatchObject({ editable: true, contact: { id: contact.id } });
  });
});
