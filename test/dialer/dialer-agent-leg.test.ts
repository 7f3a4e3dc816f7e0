// The agent leg of a dialer call, on the real Asterisk: a human the dialer connects has only
// DIALER_CONNECT_SECONDS to reach an agent, so the agent's phone is asked to answer by itself
// when the group (autoAttendDialer) or the campaign (queue.autoAttend) says so; and the agent
// can put the call on hold and transfer it, as on an inbound call.

import { afterAll, describe, expect, it } from 'vitest';
import { AgentState, Campaign, DoNotCallList } from '@switchboard/schema';
import {
  AUTO_ANSWER_VARIABLE,
  applyTelephonyConfiguration,
  getVar,
  startTestPhone,
  type AmiEventBase,
} from '@switchboard/telephony';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { startDialerWorker, type DialerWorker } from '../../workers/src/dialer/dialer.worker.js';
import { createAgentGroup, createSipAgent, makeColleagues, type GroupSettings } from '../support/agent-factory.js';
import { createDatabase } from '../support/contact-factory.js';
import { unique } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { recordEvents } from '../telephony/event-recorder.js';
import { dialerConfig, useDialerHarness } from './dialer-harness.js';
import { createContacts, createRouteToFakePstn, dialerCampaign } from './dialer-scenario.js';

const harness = useDialerHarness();
let dialer: DialerWorker | undefined;
let recorder: ReturnType<typeof recordEvents> | undefined;

afterAll(async () => {
  await dialer?.close();
  recorder?.stop();
});

type Agent = Awaited<ReturnType<typeof createSipAgent>>;

async function loggedInAgent(group: GroupSettings): Promise<Agent> {
  const { orm, api } = harness;
  return createSipAgent(orm, api.url, await createAgentGroup(orm, { autoUnpauseSeconds: 1, ...group }));
}

async function startPhoneAndLogin(agent: Agent) {
  const { api, config, pbx } = harness;
  harness.phones.push(
    await startTestPhone(
      config,
      { name: String(agent.sipExtension), password: agent.sipSecret, talkSeconds: 60, answerAfterMs: 100 },
      pbx.logger,
    ),
  );
  ok(await graphql(api.url, 'mutation { agentLogin { state } }', {}, agent.token));
  await pollUntil(
    () => harness.store.get(agent.agentId),
    (state) => state?.state === AgentState.READY,
    { timeoutMs: 15_000, what: `agent ${agent.sipExtension} READY` },
  );
}

/** A dialer campaign of one human contact (long enough a talk for the test), for `agents`. */
async function oneHumanCampaign(agents: Agent[], autoAttend: boolean | null) {
  const { orm, config } = harness;
  const route = await createRouteToFakePstn(orm, config.PBX_PSTN_PORT);
  const database = await createDatabase(orm, {
    columns: ['phone', 'name'],
    phoneColumns: ['phone'],
    externalIdColumn: null,
  });
  const doNotCall = orm.em.fork().create(DoNotCallList, { name: unique('dnc') } as DoNotCallList);
  await orm.em.fork().persist(doNotCall).flush();
  await createContacts(orm, database, doNotCall, { count: 1, mix: [{ main: 'human' }] });
  const created = await dialerCampaign(
    orm,
    agents.map((agent) => agent.agentId),
    database,
    route,
  );
  const em = orm.em.fork();
  const campaign = await em.findOneOrFail(Campaign, created.id);
  // No AMD: the human goes straight to the queue (AMD's own tests are elsewhere).
  Object.assign(campaign.queue, { amdEnabled: false, autoAttend });
  await em.flush();
  return campaign;
}

function startDialer(): DialerWorker {
  const { orm, bus, store, amiOptions, pbx } = harness;
  return startDialerWorker({
    config: loadWorkersConfig(dialerConfig(`dialer-agent-leg-${Date.now()}`)),
    amiOptions,
    orm,
    events: bus,
    store,
    logger: pbx.logger,
  });
}

const legOf = async (agent: Agent) =>
  (
    await recorder!.waitFor(
      'DialBegin',
      (event) => String(event.destchannel).startsWith(`PJSIP/${agent.sipExtension}-`),
      45_000,
    )
  ).destchannel;

/** An AMI event of any kind, that may already have arrived. */
const waitEvent = (what: string, matches: (event: AmiEventBase) => boolean, timeoutMs = 15_000) =>
  pollUntil(
    () => recorder!.events.find(matches),
    (event) => event !== undefined,
    { timeoutMs, what },
  );

/** The channels sharing a bridge with `channel`, itself left out. */
async function bridgedWith(channel: string): Promise<string[]> {
  const all = await harness.ami.sendList({ action: 'CoreShowChannels' });
  const bridge = all.find((event) => event['channel'] === channel)?.['bridgeid'];
  return bridge
    ? all
        .filter((event) => event['bridgeid'] === bridge && event['channel'] !== channel)
        .map((event) => String(event['channel']))
    : [];
}

const mutate = (agent: Agent, mutation: string, variables: Record<string, unknown> = {}) =>
  graphql<Record<string, unknown>>(harness.api.url, mutation, variables, agent.token);

describe('the agent leg of a dialer call', () => {
  it("is asked to answer by itself when the agent's group auto-attends dialer calls, and transfers consultatively", async () => {
    const { orm, ami, config, pbx, store } = harness;
    recorder ??= recordEvents(ami);
    const [first, second] = [await loggedInAgent({ autoAttendDialer: true }), await loggedInAgent({})];
    await makeColleagues(orm, [first.agentId, second.agentId]);
    await oneHumanCampaign([first], null);
    await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
    await startPhoneAndLogin(first);
    await startPhoneAndLogin(second);
    dialer = startDialer();

    const leg = await legOf(first);
    expect(await getVar(ami, { channel: leg, variable: AUTO_ANSWER_VARIABLE })).toBe('yes');
    const talking = await pollUntil(
      () => store.get(first.agentId),
      (state) => state?.state === AgentState.ON_CALL,
      { timeoutMs: 15_000, what: 'the first agent ON_CALL' },
    );
    const [customer] = await pollUntil(
      () => bridgedWith(leg),
      (bridged) => bridged.length === 1,
      { what: 'the customer bridged with the agent' },
    );

    // Hold and back, then a consultative transfer completed to the second agent.
    ok(await mutate(first, 'mutation { holdCall }'));
    await waitEvent('music on hold', (event) => event.event === 'MusicOnHoldStart' && event['channel'] === customer);
    ok(await mutate(first, 'mutation { unholdCall }'));
    await waitEvent('music stops', (event) => event.event === 'MusicOnHoldStop' && event['channel'] === customer);
    await pollUntil(
      () => bridgedWith(leg),
      (bridged) => bridged.includes(customer!),
      { what: 'agent and customer bridged again' },
    );

    const at = performance.now();
    ok(
      await mutate(first, 'mutation ($input: TransferCallInput!) { transferCall(input: $input) }', {
        input: { mode: 'CONSULTATIVE', targetType: 'AGENT', agentId: second.agentId },
      }),
    );
    const secondLeg = await legOf(second);
    await waitEvent(
      'the second agent answered',
      (event) => event.event === 'Newstate' && event['channel'] === secondLeg && event['channelstatedesc'] === 'Up',
    );
    ok(await mutate(first, 'mutation { completeCallTransfer }'));
    const transferred = await waitEvent(
      'the attended transfer',
      (event) => event.event === 'AttendedTransfer' && Number(event['receivedAt']) > at,
    );
    expect(transferred!['result']).toBe('Success');
    await pollUntil(
      () => bridgedWith(secondLeg),
      (bridged) => bridged.includes(customer!),
      { what: 'the customer with the second agent' },
    );
    expect(await getVar(ami, { channel: secondLeg, variable: 'SB_CALL_ID' })).toBe(talking!.callId);
    await ami.send({ action: 'Hangup', channel: secondLeg }).catch(() => undefined);
  }, 120_000);

  it("lets the campaign's auto-attend setting override the group's", async () => {
    const { orm, ami, config, pbx } = harness;
    recorder ??= recordEvents(ami);
    const agent = await loggedInAgent({ autoAttendDialer: true });
    await oneHumanCampaign([agent], false);
    await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
    await startPhoneAndLogin(agent);
    dialer ??= startDialer();
    const leg = await legOf(agent);
    expect(await getVar(ami, { channel: leg, variable: AUTO_ANSWER_VARIABLE })).toBe('no');
    await ami.send({ action: 'Hangup', channel: leg }).catch(() => undefined);
  }, 90_000);
});
