// In-call actions on the agent's own calls, on the real Asterisk: a manual call is placed by
// an Originate of the agent's phone (the agent is the caller of the route's Dial), not by a
// queue, and hold and consultative transfers must work on it as on inbound calls; so must hold
// on a call to another agent (the caller of the phone's Dial).

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AgentProfile, Campaign, CampaignAgent } from '@switchboard/schema';
import { fakePstnNumber, getVar, type AmiEventBase } from '@switchboard/telephony';
import { makeColleagues } from '../support/agent-factory.js';
import { createCampaign } from '../support/contact-factory.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { PBX_HOOK_TIMEOUT_MS } from '../telephony/pbx-harness.js';
import { createRouteToFakePstn } from '../dialer/dialer-scenario.js';
import {
  agentLeg,
  applyConfiguration,
  createSipAgent,
  openBench,
  startAgent,
  type InCallBench,
  type SipAgent,
} from './in-call-harness.js';

const DIAL = 'mutation ($input: DialManualInput!) { dialManual(input: $input) { callId } }';

let bench: InCallBench;
let first: SipAgent;
let second: SipAgent;
let campaign: Campaign;

beforeAll(async () => {
  bench = await openBench();
  const { orm, api } = bench;
  [first, second] = await Promise.all([createSipAgent(orm, api.url), createSipAgent(orm, api.url)]);
  await makeColleagues(orm, [first.agentId, second.agentId]);
  const route = await createRouteToFakePstn(orm, bench.config.PBX_PSTN_PORT);
  campaign = await createCampaign(orm);
  const em = orm.em.fork();
  const assignment = new CampaignAgent();
  assignment.campaign = em.getReference(Campaign, campaign.id);
  assignment.agent = em.getReference(AgentProfile, first.agentId);
  await em.persist(assignment).flush();
  await em.nativeUpdate(Campaign, { id: campaign.id }, { outboundRoute: route.id, outboundCallerId: '5551000' });
  await applyConfiguration(bench);
  await Promise.all([startAgent(bench, first), startAgent(bench, second)]);
}, PBX_HOOK_TIMEOUT_MS);

afterEach(async () => {
  for (const event of await channels()) {
    const name = String(event['channel']);
    if (name.startsWith(`PJSIP/${first.extension}-`) || name.startsWith(`PJSIP/${second.extension}-`))
      await bench.ami.send({ action: 'Hangup', channel: name }).catch(() => {});
  }
  const em = bench.orm.em.fork();
  for (const agent of [first, second]) {
    await bench.sessions.callEnded(em, agent.agentId, true).catch(() => undefined);
    await graphql(bench.api.url, 'mutation { agentUnpause { state } }', {}, agent.token);
  }
});

afterAll(async () => {
  await bench?.close();
});

const mutate = (agent: SipAgent, mutation: string, variables: Record<string, unknown> = {}) =>
  graphql<Record<string, unknown>>(bench.api.url, mutation, variables, agent.token);
const transfer = (input: Record<string, unknown>) =>
  mutate(first, 'mutation ($input: TransferCallInput!) { transferCall(input: $input) }', { input });
const channels = () => bench.ami.sendList({ action: 'CoreShowChannels' });
async function bridgedWith(channel: string): Promise<string[]> {
  const all = await channels();
  const bridge = all.find((event) => event['channel'] === channel)?.['bridgeid'];
  return bridge ? all.filter((event) => event['bridgeid'] === bridge).map((event) => String(event['channel'])) : [];
}
const since = (at: number) => bench.recorder.events.filter((event) => Number(event['receivedAt']) > at);
const waitEvent = (what: string, after: number, matches: (event: AmiEventBase) => boolean) =>
  pollUntil(
    () => since(after).find(matches),
    (event) => event !== undefined,
    { timeoutMs: 15_000, what },
  );

/** The agent dials a customer (who talks a minute) and both are connected: the agent's leg and the customer's. */
async function connectedManualCall() {
  const at = performance.now();
  const { dialManual } = ok(
    await mutate(first, DIAL, { input: { campaignId: campaign.id, phone: fakePstnNumber('human', 60) } }),
  ) as { dialManual: { callId: string } };
  const leg = await agentLeg(bench, first, at).catch(async () => {
    // The Originate rings the agent's phone directly: its channel is the one the call id is on.
    const found = await pollUntil(
      async () => (await channels()).find((event) => String(event['channel']).startsWith(`PJSIP/${first.extension}-`)),
      (event) => event !== undefined,
      { what: "the agent's channel" },
    );
    return String(found!['channel']);
  });
  const [customer] = await pollUntil(
    async () => (await bridgedWith(leg)).filter((name) => name !== leg),
    (others) => others.length === 1,
    { timeoutMs: 20_000, what: 'the customer answered' },
  );
  await bench.sessions.callConnected(bench.orm.em.fork(), first.agentId, {
    callId: dialManual.callId,
    campaignId: campaign.id,
    contactId: null,
    phone: null,
  });
  return { at, leg, customer: customer!, callId: dialManual.callId };
}

describe('in-call actions on a manual call', () => {
  it('holds the customer with music and brings the agent back on unhold', async () => {
    const call = await connectedManualCall();
    expect(await getVar(bench.ami, { channel: call.leg, variable: 'SB_CALL_ID' })).toBe(call.callId);
    ok(await mutate(first, 'mutation { holdCall }'));
    await waitEvent(
      'music on hold for the customer',
      call.at,
      (event) => event.event === 'MusicOnHoldStart' && event['channel'] === call.customer,
    );
    expect(await bridgedWith(call.leg)).not.toContain(call.customer);
    ok(await mutate(first, 'mutation { unholdCall }'));
    // unholdCall answers once the call is back together.
    expect(await bridgedWith(call.leg)).toContain(call.customer);
    await waitEvent(
      'the music stops',
      call.at,
      (event) => event.event === 'MusicOnHoldStop' && event['channel'] === call.customer,
    );
  });

  it('consults another agent right after an unhold, and gets the customer back on cancel', async () => {
    const call = await connectedManualCall();
    ok(await mutate(first, 'mutation { holdCall }'));
    ok(await mutate(first, 'mutation { unholdCall }'));
    const at = performance.now();
    ok(
      await mutate(first, 'mutation ($input: TransferCallInput!) { transferCall(input: $input) }', {
        input: { mode: 'CONSULTATIVE', targetType: 'AGENT', agentId: second.agentId },
      }),
    );
    const secondLeg = await agentLeg(bench, second, at);
    await waitEvent(
      'the second agent answered',
      at,
      (event) => event.event === 'Newstate' && event['channel'] === secondLeg && event['channelstatedesc'] === 'Up',
    );
    expect(await bridgedWith(call.leg)).not.toContain(call.customer);
    ok(await mutate(first, 'mutation { cancelCallTransfer }'));
    await pollUntil(
      () => bridgedWith(call.leg),
      (bridged) => bridged.includes(call.customer),
      { what: 'the customer back with the agent' },
    );
  });

  it('turns a consultation into a conference of three', async () => {
    const call = await connectedManualCall();
    const at = performance.now();
    ok(await transfer({ mode: 'CONSULTATIVE', targetType: 'AGENT', agentId: second.agentId }));
    const secondLeg = await agentLeg(bench, second, at);
    await waitEvent(
      'the second agent answered',
      at,
      (event) => event.event === 'Newstate' && event['channel'] === secondLeg && event['channelstatedesc'] === 'Up',
    );
    ok(await mutate(first, 'mutation { conferenceCall }'));
    await waitEvent(
      'the three-way transfer',
      at,
      (event) => event.event === 'AttendedTransfer' && event['desttype'] === 'Threeway',
    );
    await pollUntil(
      () => bridgedWith(call.leg),
      (bridged) =>
        bridged.includes(call.customer) && bridged.some((name) => name.startsWith('Local/1@switchboard-consult-')),
      { what: 'agent, customer and the consultation in one bridge' },
    );
  });

  it('transfers blind to another agent, whose phone gets the call', async () => {
    const call = await connectedManualCall();
    const at = performance.now();
    ok(await transfer({ mode: 'BLIND', targetType: 'AGENT', agentId: second.agentId }));
    const secondLeg = await agentLeg(bench, second, at);
    await pollUntil(
      () => bridgedWith(secondLeg),
      (bridged) => bridged.includes(call.customer),
      { what: 'the customer with the second agent' },
    );
    expect(await getVar(bench.ami, { channel: secondLeg, variable: 'SB_CALL_ID' })).toBe(call.callId);
  });

  it('holds an agent-to-agent call: the called agent hears music, and is back on unhold', async () => {
    const at = performance.now();
    const { callAgent } = ok(
      await mutate(first, 'mutation ($a: ID!) { callAgent(agentId: $a) { callId } }', { a: second.agentId }),
    ) as { callAgent: { callId: string } };
    const secondLeg = await agentLeg(bench, second, at);
    const leg = await pollUntil(
      async () => (await bridgedWith(secondLeg)).find((name) => name.startsWith(`PJSIP/${first.extension}-`)),
      (found) => found !== undefined,
      { timeoutMs: 20_000, what: 'the two agents talking' },
    );
    await bench.sessions.callConnected(bench.orm.em.fork(), first.agentId, {
      callId: callAgent.callId,
      campaignId: null,
      contactId: null,
      phone: null,
    });
    ok(await mutate(first, 'mutation { holdCall }'));
    await waitEvent(
      'music on hold for the called agent',
      at,
      (event) => event.event === 'MusicOnHoldStart' && event['channel'] === secondLeg,
    );
    expect(await bridgedWith(leg!)).not.toContain(secondLeg);
    ok(await mutate(first, 'mutation { unholdCall }'));
    expect(await bridgedWith(leg!)).toContain(secondLeg);
  });
});
