import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RecordingTag } from '@switchboard/schema';
import {
  CallTracker,
  callPlatform,
  getVar,
  recordingsHostDirectory,
  type AmiEventBase,
  type CallEventKind,
} from '@switchboard/telephony';
import { makeColleagues } from '../support/agent-factory.js';
import { addContact } from '../support/contact-factory.js';
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

let bench: InCallBench;
let first: SipAgent;
let second: SipAgent;
let noHold: SipAgent;
let offline: SipAgent;
let campaign: Awaited<ReturnType<typeof inboundCampaign>>;
let otherCampaign: Awaited<ReturnType<typeof inboundCampaign>>;
let noHoldCampaign: Awaited<ReturnType<typeof inboundCampaign>>;

beforeAll(async () => {
  bench = await openBench();
  const { orm, api } = bench;
  [first, second, noHold, offline] = await Promise.all([
    createSipAgent(orm, api.url),
    createSipAgent(orm, api.url),
    createSipAgent(orm, api.url, { allowHold: false }),
    createSipAgent(orm, api.url),
  ]);
  // Transfers go to colleagues only; noHold stays a stranger to them.
  await makeColleagues(orm, [first.agentId, second.agentId, offline.agentId]);
  campaign = await inboundCampaign(bench, [first]);
  otherCampaign = await inboundCampaign(bench, [second]);
  noHoldCampaign = await inboundCampaign(bench, [noHold]);
  await applyConfiguration(bench);
  await Promise.all([startAgent(bench, first), startAgent(bench, second), startAgent(bench, noHold)]);
}, PBX_HOOK_TIMEOUT_MS);

afterEach(async () => {
  await hangUpAll(first, second, noHold);
});

afterAll(async () => {
  await bench?.close();
});

const mutate = (agent: SipAgent, mutation: string, variables: Record<string, unknown> = {}) =>
  graphql<Record<string, unknown>>(bench.api.url, mutation, variables, agent.token);

const TRANSFER = 'mutation ($input: TransferCallInput!) { transferCall(input: $input) }';
const transfer = (agent: SipAgent, input: Record<string, unknown>) => mutate(agent, TRANSFER, { input });

const since = (at: number) => bench.recorder.events.filter((event) => Number(event['receivedAt']) > at);
const waitEvent = (what: string, after: number, matches: (event: AmiEventBase) => boolean, timeoutMs = 15_000) =>
  pollUntil(
    () => since(after).find(matches),
    (event) => event !== undefined,
    { timeoutMs, what },
  );

const channels = () => bench.ami.sendList({ action: 'CoreShowChannels' });
const bridgeOf = async (channel: string) =>
  String((await channels()).find((event) => event['channel'] === channel)?.['bridgeid'] ?? '');
/** The channels sharing a bridge with `channel` (itself included). */
async function bridgedWith(channel: string): Promise<string[]> {
  const all = await channels();
  const bridge = all.find((event) => event['channel'] === channel)?.['bridgeid'];
  return bridge ? all.filter((event) => event['bridgeid'] === bridge).map((event) => String(event['channel'])) : [];
}

/** A customer calls the campaign's DID and the queue connects it to `agent`; the agent is ON_CALL. */
async function connectedCall(agent: SipAgent, target = campaign) {
  const caller = uniqueCaller();
  const contact = await addContact(bench.orm, target.database, { phone: caller });
  const at = performance.now();
  await callPlatform(bench.ami, { did: target.did, callerId: caller, talkSeconds: 120 });
  const leg = await agentLeg(bench, agent, at);
  await waitEvent('the agent connected', at, (event) => event.event === 'AgentConnect' && event['destchannel'] === leg);
  const call = await markConnected(bench, agent, leg);
  const customer = (await bridgedWith(leg)).find((name) => name !== leg)!;
  return { leg, customer, caller, contact, at, ...call };
}

async function hangUpAll(...agents: SipAgent[]) {
  for (const agent of agents) {
    for (const event of await channels()) {
      const name = String(event['channel']);
      if (name.startsWith(`PJSIP/${agent.extension}-`))
        await bench.ami.send({ action: 'Hangup', channel: name }).catch(() => {});
    }
  }
  // Back to READY, as the agent-states worker and the agent would do after the call.
  const em = bench.orm.em.fork();
  for (const agent of agents) {
    await bench.sessions.callEnded(em, agent.agentId, true).catch(() => undefined);
    await graphql(bench.api.url, 'mutation { agentUnpause { state } }', {}, agent.token);
  }
}

/** What the call-event log gets for a call: the recorded AMI events through the normalizer. */
function loggedKinds(callId: string): CallEventKind[] {
  const tracker = new CallTracker();
  return bench.recorder.events
    .flatMap((event) => tracker.handle(event))
    .filter((event) => event.callId === callId)
    .map((event) => event.type);
}

const waitLogged = (callId: string, kind: CallEventKind) =>
  pollUntil(
    () => loggedKinds(callId),
    (kinds) => kinds.includes(kind),
    { timeoutMs: 15_000, what: `${kind} in the log of ${callId}` },
  );

/** The first agent starts a consultative transfer to the second, who answers; returns when and its leg. */
async function consultSecondAgent(): Promise<{ at: number; leg: string }> {
  const at = performance.now();
  ok(await transfer(first, { mode: 'CONSULTATIVE', targetType: 'AGENT', agentId: second.agentId }));
  const leg = await agentLeg(bench, second, at);
  await waitEvent(
    'the second agent answered',
    at,
    (event) => event.event === 'Newstate' && event['channel'] === leg && event['channelstatedesc'] === 'Up',
  );
  return { at, leg };
}

const isUp = async (channel: string) =>
  (await getVar(bench.ami, { channel, variable: 'SB_CALL_ID' }).catch(() => '')) !== '';

describe('hold', () => {
  it('plays the customer music on hold, and unhold brings the agent back; both are logged', async () => {
    const call = await connectedCall(first);
    ok(await mutate(first, 'mutation { holdCall }'));
    await waitEvent(
      'music on hold for the customer',
      call.at,
      (event) => event.event === 'MusicOnHoldStart' && event['channel'] === call.customer,
    );
    expect(await bridgedWith(call.leg)).not.toContain(call.customer);
    failed(await mutate(first, 'mutation { holdCall }'), 'CONFLICT');

    ok(await mutate(first, 'mutation { unholdCall }'));
    await waitEvent(
      'the music stops',
      call.at,
      (event) => event.event === 'MusicOnHoldStop' && event['channel'] === call.customer,
    );
    await pollUntil(
      () => bridgedWith(call.leg),
      (bridged) => bridged.includes(call.customer),
      { what: 'agent and customer bridged again' },
    );
    await waitLogged(call.callId, 'UNHOLD');
    expect(loggedKinds(call.callId)).toEqual(expect.arrayContaining(['ENTERQUEUE', 'CONNECT', 'HOLD', 'UNHOLD']));
    failed(await mutate(first, 'mutation { unholdCall }'), 'CONFLICT');
  });

  it('hanging up while holding ends the call: the customer does not stay on the silent leg', async () => {
    const call = await connectedCall(first);
    ok(await mutate(first, 'mutation { holdCall }'));
    ok(await mutate(first, 'mutation { hangupCall }'));
    await pollUntil(
      () => isUp(call.customer),
      (up) => !up,
      { timeoutMs: 10_000, what: "the customer's channel gone" },
    );
  });

  it("is refused when the agent's group does not allow it", async () => {
    await connectedCall(noHold, noHoldCampaign);
    const refused = failed(await mutate(noHold, 'mutation { holdCall }'), 'FORBIDDEN');
    expect(refused.extensions?.['reason']).toBe('IN_CALL_HOLD_NOT_ALLOWED');
  });

  it('is refused to an agent who is not on a call', async () => {
    const refused = failed(await mutate(second, 'mutation { holdCall }'), 'CONFLICT');
    expect(refused.extensions?.['reason']).toBe('IN_CALL_NOT_ON_A_CALL');
    failed(await mutate(offline, 'mutation { hangupCall }'), 'CONFLICT');
  });
});

describe('transfers', () => {
  it("blind to another agent: the customer rings the agent's phone, which answers, and the first agent is free", async () => {
    const call = await connectedCall(first);
    const at = performance.now();
    ok(await transfer(first, { mode: 'BLIND', targetType: 'AGENT', agentId: second.agentId }));
    const leg = await agentLeg(bench, second, at);
    await pollUntil(
      () => bridgedWith(leg),
      (bridged) => bridged.includes(call.customer),
      { what: 'customer with the second agent' },
    );
    expect(await getVar(bench.ami, { channel: leg, variable: 'SB_CALL_ID' })).toBe(call.callId);
    expect(await getVar(bench.ami, { channel: leg, variable: 'SB_CONTACT_ID' })).toBe(call.contact.id);
    expect(await getVar(bench.ami, { channel: leg, variable: 'SB_AGENT_ID' })).toBe(second.agentId);
    expect(await isUp(call.leg)).toBe(false);
    await waitLogged(call.callId, 'BLINDTRANSFER');
  });

  it('blind to an inbound campaign: the call enters its queue and reaches its agent', async () => {
    const call = await connectedCall(first);
    const at = performance.now();
    ok(await transfer(first, { mode: 'BLIND', targetType: 'CAMPAIGN', campaignId: otherCampaign.campaign.id }));
    const leg = await agentLeg(bench, second, at);
    expect(await getVar(bench.ami, { channel: leg, variable: 'SB_CAMPAIGN_ID' })).toBe(otherCampaign.campaign.id);
    expect(await getVar(bench.ami, { channel: leg, variable: 'SB_CALL_ID' })).toBe(call.callId);
    await pollUntil(
      () => bridgedWith(leg),
      (bridged) => bridged.includes(call.customer),
      { what: 'customer with the campaign agent' },
    );
  });

  it('is refused to an agent who is not logged in, and to targets that are not valid', async () => {
    await connectedCall(first);
    const unavailable = failed(
      await transfer(first, { mode: 'BLIND', targetType: 'AGENT', agentId: offline.agentId }),
      'CONFLICT',
    );
    expect(unavailable.extensions?.['reason']).toBe('IN_CALL_TARGET_UNAVAILABLE');
    failed(await transfer(first, { mode: 'BLIND', targetType: 'AGENT', agentId: first.agentId }), 'BAD_USER_INPUT');
    // READY, but of no group or campaign of first's: not a target (transferTargets does not offer it).
    failed(await transfer(first, { mode: 'BLIND', targetType: 'AGENT', agentId: noHold.agentId }), 'FORBIDDEN');
    failed(await transfer(first, { mode: 'BLIND', targetType: 'NUMBER', number: 'call me' }), 'BAD_USER_INPUT');
    failed(
      await transfer(first, { mode: 'BLIND', targetType: 'CAMPAIGN', campaignId: first.agentId }),
      'BAD_USER_INPUT',
    );
    failed(await mutate(first, 'mutation { cancelCallTransfer }'), 'CONFLICT');
  });

  it('consultative, cancelled: the agent talks to the other agent, then gets the customer back', async () => {
    const call = await connectedCall(first);
    const { leg } = await consultSecondAgent();
    expect(await bridgedWith(call.leg)).not.toContain(call.customer);

    ok(await mutate(first, 'mutation { cancelCallTransfer }'));
    await pollUntil(
      () => bridgedWith(call.leg),
      (bridged) => bridged.includes(call.customer),
      { what: 'the customer back with the agent' },
    );
    await pollUntil(
      () => isUp(leg),
      (up) => !up,
      { what: "the second agent's leg hung up" },
    );
    await waitLogged(call.callId, 'TRANSFER_CANCELLED');
  });

  it('consultative, completed: the customer talks to the other agent and the first is released', async () => {
    const call = await connectedCall(first);
    const { at, leg } = await consultSecondAgent();

    ok(await mutate(first, 'mutation { completeCallTransfer }'));
    await waitEvent('the attended transfer', at, (event) => event.event === 'AttendedTransfer');
    await pollUntil(
      () => isUp(call.leg),
      (up) => !up,
      { what: "the first agent's leg gone" },
    );
    expect(await isUp(leg)).toBe(true);
    expect(await isUp(call.customer)).toBe(true);
    await waitLogged(call.callId, 'ATTENDEDTRANSFER');
  });

  it('consultative turned into a conference of three', async () => {
    const call = await connectedCall(first);
    const { at, leg } = await consultSecondAgent();

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
    expect(await isUp(leg)).toBe(true);
    await waitLogged(call.callId, 'CONFERENCE');
  });
});

describe('recordings', () => {
  it("stores the agent's tag on the current call, queryable by call id", async () => {
    const call = await connectedCall(first);
    const tagged = ok(
      await mutate(first, 'mutation ($note: String!) { tagCallRecording(note: $note) { callId agentId note } }', {
        note: 'customer upset',
      }),
    );
    expect(tagged['tagCallRecording']).toEqual({ callId: call.callId, agentId: first.agentId, note: 'customer upset' });
    const rows = await bench.orm.em.fork().find(RecordingTag, { callId: call.callId });
    expect(rows.map((row) => row.note)).toEqual(['customer upset']);
    const listed = ok(
      await graphql<{ recordingTags: { note: string }[] }>(
        bench.api.url,
        'query ($id: ID!) { recordingTags(callId: $id) { note } }',
        { id: call.callId },
        bench.admin,
      ),
    );
    expect(listed.recordingTags).toEqual([{ note: 'customer upset' }]);
  });

  it('records on demand into a file named by the pattern, and stops', async () => {
    const call = await connectedCall(first);
    const started = ok(await mutate(first, 'mutation { startCallRecording }'));
    const file = String(started['startCallRecording']);
    expect(file).toContain(call.callId);
    await waitEvent(
      'MixMonitorStart',
      call.at,
      (event) => event.event === 'MixMonitorStart' && event['channel'] === call.customer,
    );
    failed(await mutate(first, 'mutation { startCallRecording }'), 'CONFLICT');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    ok(await mutate(first, 'mutation { stopCallRecording }'));
    await waitEvent(
      'MixMonitorStop',
      call.at,
      (event) => event.event === 'MixMonitorStop' && event['channel'] === call.customer,
    );
    const path = join(recordingsHostDirectory(bench.config), file);
    const written = await pollUntil(
      () => stat(path).catch(() => undefined),
      (info) => (info?.size ?? 0) > 0,
      { what: path },
    );
    expect(written!.size).toBeGreaterThan(0);
    expect(loggedKinds(call.callId)).toEqual(expect.arrayContaining(['RECORDING_STARTED', 'RECORDING_STOPPED']));
    failed(await mutate(first, 'mutation { stopCallRecording }'), 'CONFLICT');
  });
});

describe('hang up', () => {
  it("ends the agent's current call", async () => {
    const call = await connectedCall(first);
    ok(await mutate(first, 'mutation { hangupCall }'));
    await pollUntil(
      () => isUp(call.leg),
      (up) => !up,
      { what: "the agent's leg gone" },
    );
    expect(await bridgeOf(call.customer)).toBe('');
  });
});
