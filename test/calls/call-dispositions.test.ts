// Every call an agent handles can be dispositioned, on the real Asterisk: an unknown inbound
// caller (no contact: one is created with the caller's number), a campaign without a contact
// database (one is made for its calls), a call transferred to an agent not assigned to its
// campaign; and a forced disposition never holds ACW on a campaign without options.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign, Contact, type Orm } from '@switchboard/schema';
import { callPlatform, type AmiEventBase } from '@switchboard/telephony';
import { makeColleagues } from '../support/agent-factory.js';
import { addContact, createOption } from '../support/contact-factory.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { PBX_HOOK_TIMEOUT_MS } from '../telephony/pbx-harness.js';
import {
  agentLeg,
  applyConfiguration,
  createSipAgent,
  inboundCampaign,
  markConnected,
  openBench,
  startAgent,
  uniqueCaller,
  type InCallBench,
  type SipAgent,
} from './in-call-harness.js';

const DISPOSE = `mutation ($input: DisposeContactInput!) {
  disposeContact(input: $input) { id callId contact { id phone } campaign { id } } }`;
const MY_STATE = '{ myAgentState { state pauseId callId callCampaignId contactId dispositionPending } }';
const FORCED = { forceDisposition: true, autoUnpauseSeconds: 1 };

let bench: InCallBench;
let orm: Orm;

beforeAll(async () => {
  bench = await openBench();
  orm = bench.orm;
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await bench?.close();
});

const gql = <T = Record<string, any>>(agent: SipAgent, query: string, variables: Record<string, unknown> = {}) =>
  graphql<T>(bench.api.url, query, variables, agent.token);
const myState = async (agent: SipAgent) => ok(await gql(agent, MY_STATE)).myAgentState;
const waitEvent = (what: string, after: number, matches: (event: AmiEventBase) => boolean) =>
  pollUntil(
    () => bench.recorder.events.filter((event) => Number(event['receivedAt']) > after).find(matches),
    (event) => event !== undefined,
    { timeoutMs: 15_000, what },
  );

/** A customer calls the DID and reaches `agent`: the agent's leg and its call as the agent's state has it. */
async function inboundCall(agent: SipAgent, did: string, caller = uniqueCaller()) {
  const at = performance.now();
  await callPlatform(bench.ami, { did, callerId: caller, talkSeconds: 120 });
  const leg = await agentLeg(bench, agent, at);
  await waitEvent('the agent connected', at, (event) => event.event === 'AgentConnect' && event['destchannel'] === leg);
  return { at, leg, caller, ...(await markConnected(bench, agent, leg)) };
}

/**
 * No disposition is owed any more: the agent may unpause (the agent-states worker, not running
 * here, would at the end of ACW).
 */
async function released(agent: SipAgent) {
  expect(await myState(agent)).toMatchObject({ dispositionPending: false });
  expect(ok(await gql(agent, 'mutation { agentUnpause { state } }')).agentUnpause.state).toBe('READY');
}

/** The agent's leg ends: what the agent-states worker does then (ACW, held while a disposition is owed). */
async function endCall(agent: SipAgent, leg: string) {
  await bench.ami.send({ action: 'Hangup', channel: leg }).catch(() => undefined);
  await bench.sessions.callEnded(orm.em.fork(), agent.agentId, true);
  return myState(agent);
}

describe('dispositioning every call an agent handles', () => {
  it("creates the contact of an unknown caller with the caller's number, and releases the forced ACW", async () => {
    const agent = await createSipAgent(orm, bench.api.url, FORCED);
    const { campaign, did, database } = await inboundCampaign(bench, [agent]);
    const option = await createOption(orm, campaign);
    await applyConfiguration(bench);
    await startAgent(bench, agent);
    const call = await inboundCall(agent, did);
    expect(call.contactId).toBeNull();
    expect(await endCall(agent, call.leg)).toMatchObject({ pauseId: 'ACW', dispositionPending: true, contactId: null });

    // Without a contact, only the agent's own call can be dispositioned.
    const notOwn = failed(
      await gql(agent, DISPOSE, { input: { campaignId: campaign.id, optionId: option.id, callId: 'another-call' } }),
      'BAD_USER_INPUT',
    );
    expect(notOwn.extensions?.['details']).toMatchObject({ field: 'contactId' });

    const disposed = ok(
      await gql(agent, DISPOSE, { input: { campaignId: campaign.id, optionId: option.id, callId: call.callId } }),
    ).disposeContact;
    expect(disposed).toMatchObject({ callId: call.callId, campaign: { id: campaign.id } });
    const contact = await orm.em.fork().findOneOrFail(Contact, { id: disposed.contact.id });
    expect(contact.database.id).toBe(database.id);
    expect(contact.phone).toBe(call.caller);
    await released(agent);
  });

  it('gives a campaign without a contact database one for its calls, once', async () => {
    const agent = await createSipAgent(orm, bench.api.url, FORCED);
    const { campaign, did } = await inboundCampaign(bench, [agent]);
    await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { contactDatabase: null });
    const option = await createOption(orm, campaign);
    await applyConfiguration(bench);
    await startAgent(bench, agent);

    const contacts: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      const call = await inboundCall(agent, did);
      expect(await endCall(agent, call.leg)).toMatchObject({ dispositionPending: true });
      const disposed = ok(
        await gql(agent, DISPOSE, { input: { campaignId: campaign.id, optionId: option.id, callId: call.callId } }),
      ).disposeContact;
      contacts.push(disposed.contact.id);
      await released(agent);
    }
    const em = orm.em.fork();
    const updated = await em.findOneOrFail(Campaign, { id: campaign.id }, { populate: ['contactDatabase'] });
    expect(updated.contactDatabase).not.toBeNull();
    const rows = await em.find(Contact, { id: { $in: contacts } });
    expect(new Set(rows.map((row) => row.database.id))).toEqual(new Set([updated.contactDatabase!.id]));
    expect(rows).toHaveLength(2);
  });

  it('lets an agent not assigned to the campaign disposition a call transferred to it, and only that one', async () => {
    const [first, second] = [
      await createSipAgent(orm, bench.api.url),
      await createSipAgent(orm, bench.api.url, FORCED),
    ];
    // Colleagues by another campaign: second is still not assigned to the call's.
    await makeColleagues(orm, [first.agentId, second.agentId]);
    const { campaign, did, database } = await inboundCampaign(bench, [first]);
    const option = await createOption(orm, campaign);
    await applyConfiguration(bench);
    await Promise.all([startAgent(bench, first), startAgent(bench, second)]);
    const caller = uniqueCaller();
    const known = await addContact(orm, database, { phone: caller });
    const call = await inboundCall(first, did, caller);
    expect(call.contactId).toBe(known.id);

    const at = performance.now();
    ok(
      await gql(first, 'mutation ($input: TransferCallInput!) { transferCall(input: $input) }', {
        input: { mode: 'BLIND', targetType: 'AGENT', agentId: second.agentId },
      }),
    );
    const leg = await agentLeg(bench, second, at);
    const transferred = await markConnected(bench, second, leg);
    expect(transferred).toMatchObject({ callId: call.callId, campaignId: campaign.id, contactId: known.id });
    await bench.sessions.callEnded(orm.em.fork(), first.agentId, true).catch(() => undefined);
    expect(await endCall(second, leg)).toMatchObject({ dispositionPending: true, callCampaignId: campaign.id });

    // Another contact of the campaign is not the call's: the campaign's scope rules apply, and
    // a campaign the agent is not assigned to is outside it.
    const other = await addContact(orm, database, {});
    const refused = failed(
      await gql(second, DISPOSE, { input: { campaignId: campaign.id, contactId: other.id, optionId: option.id } }),
      'NOT_FOUND',
    );
    expect(refused.extensions?.['details']).toMatchObject({ field: 'campaignId' });

    const disposed = ok(
      await gql(second, DISPOSE, {
        input: { campaignId: campaign.id, contactId: known.id, optionId: option.id, callId: call.callId },
      }),
    ).disposeContact;
    expect(disposed.contact.id).toBe(known.id);
    await released(second);
  });

  it('does not hold ACW for a disposition a campaign without options cannot take', async () => {
    const agent = await createSipAgent(orm, bench.api.url, FORCED);
    const { did } = await inboundCampaign(bench, [agent]);
    await applyConfiguration(bench);
    await startAgent(bench, agent);
    const call = await inboundCall(agent, did);
    expect(await endCall(agent, call.leg)).toMatchObject({ pauseId: 'ACW', dispositionPending: false });
    await released(agent);
  });
});
