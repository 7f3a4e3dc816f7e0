import { randomUUID } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AgentPhoneType,
  BuiltInRole,
  CallEvent,
  CallEventType,
  PhoneAccount,
  User,
  type AgentState,
} from '@switchboard/schema';
import {
  FAKE_PSTN_CALLERS_CONTEXT,
  SPY_MODE_VARIABLE,
  getVar,
  originate,
  recordingsHostDirectory,
  startTestPhone,
  type TestPhone,
} from '@switchboard/telephony';
import {
  AGENT_HUM_HZ,
  CUSTOMER_HUM_HZ,
  PROBE_TONE_HZ,
  RtpPeer,
  TONE_ABSENT_RMS,
  TONE_PRESENT_RMS,
  levelsOfFile,
  levelsOfUlaw,
  sineUlaw,
  writeSine,
  type AudioLevels,
} from '../support/audio-direction.js';
import { loggedIn } from '../support/factories.js';
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
  uniqueCaller,
  type InCallBench,
  type SipAgent,
} from '../calls/in-call-harness.js';

/**
 * Spy, whisper and barge on the real Asterisk. The agent and the supervisor are SIP test
 * phones (sipp answers the calls); their audio is sent and recorded by RTP endpoints in this
 * process (RtpPeer), which their SDP offers: the supervisor's sends a 1 kHz tone, the agent's a
 * 2 kHz hum. The customer is a fake-PSTN caller playing a 1.6 kHz hum; what it hears is
 * recorded by MixMonitor, receive direction only, on its carrier-side channel. sox measures
 * the 1 kHz band of each recording.
 */

let bench: InCallBench;
let agent: SipAgent;
let idleAgent: SipAgent;
let campaign: Awaited<ReturnType<typeof inboundCampaign>>;
let supervisor: { token: string; userId: string; extension: number; phone: TestPhone; peer: RtpPeer };
let agentPhone: TestPhone;
let agentPeer: RtpPeer;
let workDir: { chroot: string; host: string };
let probeTone: Buffer;
let agentHum: Buffer;
const humFile = () => `${workDir.chroot}/customer-hum`;

const SPY =
  'mutation ($agentId: ID!, $mode: SpyMode!) { spyAgent(agentId: $agentId, mode: $mode) { agentId callId mode startedAt supervisorUserId } }';
const MY_SESSION = '{ mySpySession { agentId callId mode startedAt supervisorUserId } }';

interface SessionView {
  agentId: string;
  callId: string;
  mode: string;
  startedAt: string;
  supervisorUserId: string;
}

const spy = (token: string, agentId: string, mode: string) =>
  graphql<{ spyAgent: SessionView }>(bench.api.url, SPY, { agentId, mode }, token);
const mySession = (token: string) =>
  graphql<{ mySpySession: SessionView | null }>(bench.api.url, MY_SESSION, {}, token);
const stopSpying = (token: string) =>
  graphql<{ stopSpying: boolean }>(bench.api.url, 'mutation { stopSpying }', {}, token);

/** A supervisor user with a SIP phone account (a desk phone: the test phone can do no WebRTC). */
async function supervisorWithPhone() {
  const user = await loggedIn(bench.orm, bench.api.url, BuiltInRole.SUPERVISOR);
  const em = bench.orm.em.fork();
  const account = em.create(PhoneAccount, {
    user: em.getReference(User, user.user.id),
    sipExtension: 10_000 + Math.floor(Math.random() * 9_000_000),
    sipSecret: randomUUID(),
    phoneType: AgentPhoneType.SIP,
  } as PhoneAccount);
  await em.flush();
  return { token: user.token, userId: user.user.id, extension: account.sipExtension, secret: account.sipSecret };
}

/** A registered test phone whose audio goes to (and comes from) `peer`. */
async function phoneWithPeer(name: string, password: string, peer: RtpPeer): Promise<TestPhone> {
  const phone = await startTestPhone(
    bench.config,
    { name, password, talkSeconds: 300, externalMediaPort: peer.port },
    bench.pbx.logger,
  );
  bench.phones.push(phone);
  await bench.recorder.waitFor(
    'ContactStatus',
    (event) => event.aor === name && event.uri.endsWith(`:${phone.contactPort}`),
  );
  return phone;
}

beforeAll(async () => {
  bench = await openBench();
  const { orm, api } = bench;
  [agent, idleAgent] = await Promise.all([createSipAgent(orm, api.url), createSipAgent(orm, api.url)]);
  campaign = await inboundCampaign(bench, [agent, idleAgent]);
  const own = await supervisorWithPhone();
  ok(
    await graphql(
      api.url,
      'mutation ($c: ID!, $u: [ID!]!) { setCampaignSupervisors(campaignId: $c, userIds: $u) { id } }',
      { c: campaign.campaign.id, u: [own.userId] },
      bench.admin,
    ),
  );
  await applyConfiguration(bench);

  const run = `spy-test-${randomUUID().slice(0, 8)}`;
  workDir = {
    chroot: `${bench.config.PBX_RECORDINGS_DIR}/${run}`,
    host: join(recordingsHostDirectory(bench.config), run),
  };
  await mkdir(workDir.host, { recursive: true });
  [probeTone, agentHum] = await Promise.all([sineUlaw(PROBE_TONE_HZ, 30, 0.5), sineUlaw(AGENT_HUM_HZ, 30, 0.3)]);
  await writeSine(join(workDir.host, 'customer-hum.sln'), { hz: CUSTOMER_HUM_HZ, seconds: 120, volume: 0.3 });

  agentPeer = await RtpPeer.open();
  const supervisorPeer = await RtpPeer.open();
  agentPhone = await phoneWithPeer(String(agent.extension), agent.password, agentPeer);
  const supervisorPhone = await phoneWithPeer(String(own.extension), own.secret, supervisorPeer);
  supervisor = { ...own, phone: supervisorPhone, peer: supervisorPeer };
  // The idle agent stays logged out: it has no call to spy on.
  ok(
    await graphql<{ agentLogin: { state: AgentState } }>(api.url, 'mutation { agentLogin { state } }', {}, agent.token),
  );
}, PBX_HOOK_TIMEOUT_MS);

afterEach(async () => {
  await stopSpying(supervisor.token);
  supervisor.peer.stopPlaying();
  agentPeer.stopPlaying();
  for (const event of await channels()) {
    const name = String(event['channel']);
    if (name.startsWith(`PJSIP/${agent.extension}-`))
      await bench.ami.send({ action: 'Hangup', channel: name }).catch(() => {});
  }
  const em = bench.orm.em.fork();
  await bench.sessions.callEnded(em, agent.agentId, true).catch(() => undefined);
  await graphql(bench.api.url, 'mutation { agentUnpause { state } }', {}, agent.token);
});

afterAll(async () => {
  await Promise.all([agentPeer?.close(), supervisor?.peer.close()]);
  if (workDir && !process.env['KEEP_SPY_RECORDINGS']) await rm(workDir.host, { recursive: true, force: true });
  await bench?.close();
});

const channels = () => bench.ami.sendList({ action: 'CoreShowChannels' });
const supervisorChannels = async () =>
  (await channels())
    .map((event) => String(event['channel']))
    .filter((name) => name.startsWith(`PJSIP/${supervisor.extension}-`));

/**
 * A customer calls the campaign, playing a hum, and the queue connects it to the agent, whose
 * peer sends its own hum. Returns the call's ids and the customer's carrier-side channel.
 */
async function connectedCall() {
  const at = performance.now();
  const otherId = randomUUID();
  await originate(bench.ami, {
    channel: `Local/${campaign.did}@${FAKE_PSTN_CALLERS_CONTEXT}`,
    otherChannelId: otherId,
    callerId: `"Customer" <${uniqueCaller()}>`,
    destination: { application: 'Playback', data: humFile() },
  });
  const carrier = await bench.recorder.waitFor('DialBegin', (event) => event.uniqueid === otherId, 20_000);
  const leg = await agentLeg(bench, agent, at);
  await pollUntil(
    () => bench.recorder.events.find((event) => event.event === 'AgentConnect' && event['destchannel'] === leg),
    (event) => event !== undefined,
    { timeoutMs: 20_000, what: 'the agent connected' },
  );
  const call = await markConnected(bench, agent, leg);
  const media = await pollUntil(
    () => agentPhone.remoteMedia(),
    (remote) => remote !== null,
    { what: "the agent leg's media address" },
  );
  agentPeer.play(media!, agentHum);
  return { ...call, leg, customerChannel: carrier.destchannel };
}

/** Starts spying and makes the supervisor's phone send the probe tone. */
async function startSpying(mode: string): Promise<SessionView> {
  const session = ok(await spy(supervisor.token, agent.agentId, mode)).spyAgent;
  const media = await pollUntil(
    () => supervisor.phone.remoteMedia(),
    (remote) => remote !== null,
    { what: "the spy call's media address" },
  );
  supervisor.peer.play(media!, probeTone);
  return session;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Heard {
  customer: AudioLevels;
  agent: AudioLevels;
  /** What the supervisor heard, in the customer's hum band: the spy hears the call. */
  supervisorHearsCustomer: AudioLevels;
}

/** Records what customer, agent and supervisor hear for a while, once the mode has settled. */
async function listenFor(label: string, customerChannel: string, ms = 2500): Promise<Heard> {
  await sleep(800);
  const main = `${workDir.chroot}/${label}-customer-both.wav`;
  const received = `${workDir.chroot}/${label}-customer-heard.wav`;
  await bench.ami.send({ action: 'MixMonitor', channel: customerChannel, file: main, options: `r(${received})` });
  const from = agentPeer.mark();
  await sleep(ms);
  const to = agentPeer.mark();
  await bench.ami.send({ action: 'StopMixMonitor', channel: customerChannel });
  const receivedHost = join(workDir.host, `${label}-customer-heard.wav`);
  await pollUntil(
    () =>
      stat(receivedHost).then(
        (file) => file.size,
        () => 0,
      ),
    (size) => size > 44 + 8000,
    { what: `the customer recording of ${label}` },
  );
  await sleep(300); // MixMonitor closes its files after the stop
  return {
    customer: await levelsOfFile(receivedHost),
    agent: await levelsOfUlaw(agentPeer.heardBetween(from, to), join(workDir.host, `${label}-agent.ul`)),
    supervisorHearsCustomer: await levelsOfUlaw(
      supervisor.peer.heardBetween(from, to),
      join(workDir.host, `${label}-supervisor.ul`),
      CUSTOMER_HUM_HZ,
    ),
  };
}

const spyEvents = async (callId: string) =>
  (await bench.orm.em.fork().find(CallEvent, { callId }, { orderBy: { id: 'asc' } })).filter((event) =>
    [CallEventType.SPY_START, CallEventType.SPY_MODE_CHANGE, CallEventType.SPY_STOP].includes(event.type),
  );

describe('spy, whisper and barge', () => {
  it('LISTEN sends nothing, WHISPER only to the agent, BARGE to both; one spy call throughout; logged', async () => {
    const call = await connectedCall();

    const started = await startSpying('LISTEN');
    expect(started).toMatchObject({
      agentId: agent.agentId,
      callId: call.callId,
      mode: 'LISTEN',
      supervisorUserId: supervisor.userId,
    });
    const [spyChannel] = await supervisorChannels();
    expect(spyChannel).toBeDefined();
    const listen = await listenFor('listen', call.customerChannel);

    expect(ok(await spy(supervisor.token, agent.agentId, 'WHISPER')).spyAgent.mode).toBe('WHISPER');
    const whisper = await listenFor('whisper', call.customerChannel);

    expect(ok(await spy(supervisor.token, agent.agentId, 'BARGE')).spyAgent.mode).toBe('BARGE');
    const barge = await listenFor('barge', call.customerChannel);

    const report = JSON.stringify({ listen, whisper, barge });
    // The measured levels, for whoever tunes the thresholds.
    if (process.env['SPY_LEVELS_FILE']) await writeFile(process.env['SPY_LEVELS_FILE'], report);
    // The supervisor hears the call in every mode.
    for (const heard of [listen, whisper, barge])
      expect(heard.supervisorHearsCustomer.toneRms, report).toBeGreaterThan(TONE_PRESENT_RMS);
    expect(listen.customer.seconds).toBeGreaterThan(2);
    expect(listen.agent.seconds, report).toBeGreaterThan(2);
    expect(listen.customer.toneRms, report).toBeLessThan(TONE_ABSENT_RMS);
    expect(listen.agent.toneRms, report).toBeLessThan(TONE_ABSENT_RMS);
    expect(whisper.agent.toneRms, report).toBeGreaterThan(TONE_PRESENT_RMS);
    expect(whisper.customer.toneRms, report).toBeLessThan(TONE_ABSENT_RMS);
    expect(barge.customer.toneRms, report).toBeGreaterThan(TONE_PRESENT_RMS);
    expect(barge.agent.toneRms, report).toBeGreaterThan(TONE_PRESENT_RMS);

    // Mode changes redirect the same channel: no second call rang the supervisor.
    expect(await supervisorChannels()).toEqual([spyChannel]);
    expect(await getVar(bench.ami, { channel: spyChannel!, variable: SPY_MODE_VARIABLE })).toBe('BARGE');
    expect(ok(await mySession(supervisor.token)).mySpySession).toMatchObject({ mode: 'BARGE', callId: call.callId });

    expect(ok(await stopSpying(supervisor.token)).stopSpying).toBe(true);
    await pollUntil(supervisorChannels, (left) => left.length === 0, { what: 'the spy call hung up' });
    expect(ok(await mySession(supervisor.token)).mySpySession).toBeNull();
    expect(ok(await stopSpying(supervisor.token)).stopSpying).toBe(false);
    // The agent's call goes on.
    expect((await channels()).some((event) => event['channel'] === call.leg)).toBe(true);

    const logged = await spyEvents(call.callId);
    expect(logged.map((event) => [event.type, event.data['mode']])).toEqual([
      [CallEventType.SPY_START, 'LISTEN'],
      [CallEventType.SPY_MODE_CHANGE, 'WHISPER'],
      [CallEventType.SPY_MODE_CHANGE, 'BARGE'],
      [CallEventType.SPY_STOP, 'BARGE'],
    ]);
    for (const event of logged) {
      expect(event.agentId).toBe(agent.agentId);
      expect(event.campaignId).toBe(campaign.campaign.id);
      expect(event.data['supervisorUserId']).toBe(supervisor.userId);
    }
    expect(logged[1]!.data['from']).toBe('LISTEN');
    expect(logged[3]!.data['reason']).toBe('STOPPED');
  }, 90_000);

  // In BARGE the supervisor is in the agent's bridge, which would carry on with the customer:
  // the api process hangs the spy call up with the agent's, and the customer's call ends too.
  it.each(['WHISPER', 'BARGE'] as const)(
    "ends with the agent's call in %s: the session is gone and SPY_STOP logged",
    async (mode) => {
      const call = await connectedCall();
      await startSpying(mode);
      expect(await supervisorChannels()).toHaveLength(1);
      await bench.ami.send({ action: 'Hangup', channel: call.leg });
      await pollUntil(supervisorChannels, (left) => left.length === 0, { what: 'the spy call to end with the agent' });
      await pollUntil(channels, (left) => !left.some((event) => event['channel'] === call.customerChannel), {
        what: "the customer's call to end with the agent's",
      });
      // The api process that placed the spy call follows its hangup: nobody needs to read first.
      const logged = await pollUntil(
        () => spyEvents(call.callId),
        (events) => events.length === 2,
        { what: 'SPY_STOP logged' },
      );
      expect(ok(await mySession(supervisor.token)).mySpySession).toBeNull();
      expect(logged.map((event) => event.type)).toEqual([CallEventType.SPY_START, CallEventType.SPY_STOP]);
      expect(logged[1]!.data['reason']).toBe('HANGUP');
    },
    60_000,
  );
});

describe('who may spy, and when', () => {
  it('FORBIDDEN to a supervisor of another campaign, CONFLICT for an agent without a call', async () => {
    const call = await connectedCall();
    const stranger = await supervisorWithPhone();
    const refused = failed(await spy(stranger.token, agent.agentId, 'LISTEN'), 'FORBIDDEN');
    expect(refused.message).toMatch(/not in any of your campaigns/);
    const idle = failed(await spy(supervisor.token, idleAgent.agentId, 'LISTEN'), 'CONFLICT');
    expect(idle.extensions?.['reason']).toBe('SPY_AGENT_NOT_ON_A_CALL');
    expect(await supervisorChannels()).toEqual([]);
    expect(await spyEvents(call.callId)).toEqual([]);
  });

  it('BAD_USER_INPUT for a supervisor without a phone, or with its phone not registered', async () => {
    await connectedCall();
    const phoneless = await loggedIn(bench.orm, bench.api.url, BuiltInRole.SUPERVISOR);
    const unregistered = await supervisorWithPhone();
    ok(
      await graphql(
        bench.api.url,
        'mutation ($c: ID!, $u: [ID!]!) { setCampaignSupervisors(campaignId: $c, userIds: $u) { id } }',
        { c: campaign.campaign.id, u: [supervisor.userId, phoneless.user.id, unregistered.userId] },
        bench.admin,
      ),
    );
    const noPhone = failed(await spy(phoneless.token, agent.agentId, 'LISTEN'), 'BAD_USER_INPUT');
    expect(noPhone.extensions?.['reason']).toBe('SPY_NO_PHONE');
    const offline = failed(await spy(unregistered.token, agent.agentId, 'LISTEN'), 'BAD_USER_INPUT');
    expect(offline.extensions?.['reason']).toBe('SPY_PHONE_NOT_REGISTERED');
  });

  it('a user without SUPERVISION may not spy', async () => {
    await connectedCall();
    failed(await spy(idleAgent.token, agent.agentId, 'LISTEN'), 'FORBIDDEN');
  });
});
