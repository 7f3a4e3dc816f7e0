// The supervision area in Chromium against the real Asterisk: a supervisor's agents grid follows
// a browser agent taking an inbound call (state, the call's campaign and number, after-call work,
// READY again), and a pause forced from the grid reaches the agent's console live. Then spy,
// whisper and barge from the supervisor's own webphone, in a browser of its own whose fake
// microphone plays a 1 kHz tone: what the customer hears is recorded and measured with sox.
import { randomUUID } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BuiltInRole, CampaignType, PhoneAccount, User, syncSupervisorPhone } from '@switchboard/schema';
import {
  FAKE_PSTN_CALLERS_CONTEXT,
  SPY_MODE_VARIABLE,
  applyTelephonyConfiguration,
  getVar,
  originate,
  recordingsHostDirectory,
} from '@switchboard/telephony';
import {
  CUSTOMER_HUM_HZ,
  TONE_ABSENT_RMS,
  TONE_PRESENT_RMS,
  levelsOfFile,
  writeProbeToneWav,
  writeSine,
  type AudioLevels,
} from '../support/audio-direction.js';
import { launchChromium } from '../support/browser.js';
import { pollUntil } from '../support/poll-until.js';
import { PBX_HOOK_TIMEOUT_MS } from '../telephony/pbx-harness.js';
import { recordEvents } from '../telephony/event-recorder.js';
import { createAgentGroup } from '../support/agent-factory.js';
import { createCampaign, createDatabase } from '../support/contact-factory.js';
import { loggedIn } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { uniqueCaller, uniqueDid } from '../calls/in-call-harness.js';
import { AgentConsole } from './agent-console.page.js';
import { useConsoleHarness } from './console-harness.js';
import { agentActivities, liveStateBecomes } from './journey-log.js';
import { SupervisorConsole } from './supervisor-console.page.js';

const harness = useConsoleHarness();

/** An inbound campaign answered by the agent's webphone, supervised by a supervisor. */
async function supervisedInboundDesk() {
  const { orm, api } = harness;
  const group = await createAgentGroup(orm, { autoAttendInbound: true, autoUnpauseSeconds: 3 });
  const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT, { group });
  const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
  const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
  const campaign = await createCampaign(orm, {
    type: CampaignType.INBOUND,
    database: await createDatabase(orm),
    agents: [agent.user],
    supervisors: [supervisor.user],
  });
  const did = uniqueDid();
  ok(
    await graphql(
      api.url,
      'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id } }',
      { input: { name: did, did, destination: { type: 'CAMPAIGN', id: campaign.id } } },
      admin.token,
    ),
  );
  await applyTelephonyConfiguration(orm, harness.ami, harness.config, harness.pbx.logger);
  return { agent, agentId: agent.user.agentProfile!.id, supervisor, admin, campaign, did, caller: uniqueCaller() };
}

describe("the supervisor's agents grid", () => {
  it('follows a browser agent through a call, and a pause forced from the grid reaches its console', async () => {
    const desk = await supervisedInboundDesk();
    const { url } = harness.api;
    const agentConsole = await AgentConsole.open(await harness.workstation());
    const supervisor = await SupervisorConsole.open(await harness.workstation());
    const name = desk.agent.username;

    await agentConsole.explainFailures(() =>
      supervisor.explainFailures(async () => {
        await agentConsole.login(desk.agent.username, desk.agent.password);
        await agentConsole.expectRegistered();
        await agentConsole.expectState('Ready');

        // A supervisor lands on the agents grid, not on an agent's workspace.
        await supervisor.login(desk.supervisor.username, desk.supervisor.password);
        await supervisor.grid.waitFor();
        expect(new URL(supervisor.page.url()).pathname).toBe('/supervision');
        await supervisor.expectAgentState(name, 'Ready');
        await supervisor.filterByCampaign(desk.campaign.name);
        await supervisor.expectAgentState(name, 'Ready');
        expect(await supervisor.accessibilityViolations()).toEqual([]);

        await originate(harness.ami, {
          channel: `Local/${desk.did}@${FAKE_PSTN_CALLERS_CONTEXT}`,
          callerId: `"Customer" <${desk.caller}>`,
          destination: { application: 'Echo' },
        });
        await agentConsole.expectState('On call');
        await supervisor.expectAgentState(name, 'On call');
        await supervisor.expectAgentCall(name, desk.campaign.name);
        await supervisor.expectAgentCall(name, desk.caller);
        // Spying is offered on a talking agent (the supervisor's phone may still be unregistered).
        await supervisor.page.getByRole('button', { name: `Listen to ${name}`, exact: true }).waitFor();

        await agentConsole.hangUp();
        await supervisor.expectAgentState(name, 'After-call work');
        expect(await supervisor.agentRow(name).locator('[data-test="call"]').innerText()).toBe('');
        await supervisor.expectAgentState(name, 'Ready', 30_000);
        await agentConsole.expectState('Ready');

        await supervisor.forcePause(name);
        await agentConsole.expectState('Paused');
        await agentConsole.status.getByText('Paused by a supervisor').waitFor();
        await supervisor.expectAgentState(name, 'Paused');
        await supervisor.agentRow(name).getByText('Supervisor pause').waitFor();
        await liveStateBecomes(url, desk.agent.token, { state: 'PAUSED', pauseId: 'SUPERVISOR' });

        await supervisor.forceResume(name);
        await agentConsole.expectState('Ready');
        await supervisor.expectAgentState(name, 'Ready');
      }),
    );

    expect(await agentActivities(url, desk.admin.token, desk.agentId)).toEqual(
      expect.arrayContaining(['LOGIN', 'PAUSE:SUPERVISOR', 'UNPAUSE:SUPERVISOR']),
    );
  }, 120_000);
});

describe("spying from the supervisor's webphone", () => {
  let supervisorBrowser: Browser;
  const probeWav = join(tmpdir(), `switchboard-probe-${randomUUID().slice(0, 8)}.wav`);
  const run = `supervisor-journey-${randomUUID().slice(0, 8)}`;
  const workDir = () => ({
    chroot: `${harness.config.PBX_RECORDINGS_DIR}/${run}`,
    host: join(recordingsHostDirectory(harness.config), run),
  });

  beforeAll(async () => {
    // The supervisor's voice: a browser of its own, since the fake capture file is per launch.
    await writeProbeToneWav(probeWav);
    await mkdir(workDir().host, { recursive: true });
    await writeSine(join(workDir().host, 'customer-hum.sln'), { hz: CUSTOMER_HUM_HZ, seconds: 120, volume: 0.3 });
    supervisorBrowser = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${probeWav}`,
      '--allow-loopback-in-peer-connection',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ]);
  }, PBX_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await supervisorBrowser?.close();
    await rm(probeWav, { force: true });
    if (!process.env['KEEP_SPY_RECORDINGS']) await rm(workDir().host, { recursive: true, force: true });
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** The spy call's channel (the supervisor's phone account's extension). */
  async function spyChannel(extension: number): Promise<string> {
    const channels = await harness.ami.sendList({ action: 'CoreShowChannels' });
    const name = channels.map((event) => String(event['channel'])).find((c) => c.startsWith(`PJSIP/${extension}-`));
    if (!name) throw new Error(`no spy channel of ${extension}`);
    return name;
  }

  /** The spy call runs the mode's dialplan: the mode change reached Asterisk, not only the API. */
  const modeInForce = (channel: string, mode: string) =>
    pollUntil(
      () => getVar(harness.ami, { channel, variable: SPY_MODE_VARIABLE }).catch(() => ''),
      (value) => value === mode,
      { what: `the spy channel in ${mode}` },
    );

  /**
   * What the customer hears for a while (MixMonitor, the read side of its carrier channel) and,
   * alongside, what the supervisor's browser sends (the read side of the spy channel).
   */
  async function hears(label: string, customerChannel: string, supervisorChannel?: string, ms = 2500) {
    await sleep(1000);
    const { chroot, host } = workDir();
    const record = (channel: string, name: string) =>
      harness.ami.send({
        action: 'MixMonitor',
        channel,
        file: `${chroot}/${label}-${name}-both.wav`,
        options: `r(${chroot}/${label}-${name}.wav)`,
      });
    await record(customerChannel, 'customer');
    if (supervisorChannel) await record(supervisorChannel, 'supervisor');
    await sleep(ms);
    await harness.ami.send({ action: 'StopMixMonitor', channel: customerChannel });
    if (supervisorChannel) await harness.ami.send({ action: 'StopMixMonitor', channel: supervisorChannel });
    const measured = async (name: string) => {
      const file = join(host, `${label}-${name}.wav`);
      await pollUntil(
        () =>
          stat(file).then(
            (found) => found.size,
            () => 0,
          ),
        (size) => size > 44 + 8000,
        { what: `the ${name} recording of ${label}` },
      );
      return file;
    };
    const files = await Promise.all([measured('customer'), ...(supervisorChannel ? [measured('supervisor')] : [])]);
    await sleep(300); // MixMonitor closes its files after the stop
    const [customer, supervisor] = await Promise.all(files.map((file) => levelsOfFile(file)));
    return { customer: customer!, supervisor };
  }

  it(
    'LISTEN sends the customer nothing, WHISPER keeps the tone from it, BARGE puts it in',
    { timeout: 120_000 },
    async () => {
      const desk = { ...(await supervisedInboundDesk()), supervisorExtension: 0 };
      {
        // A supervisor's webphone: the phone account its role gives it, then the PBX told of it.
        const em = harness.orm.em.fork();
        const user = await em.findOneOrFail(
          User,
          { id: desk.supervisor.user.id },
          { populate: ['role', 'agentProfile'] },
        );
        await syncSupervisorPhone(em, user);
        await em.flush();
        const account = await em.findOneOrFail(PhoneAccount, { user: user.id });
        desk.supervisorExtension = account.sipExtension;
        await applyTelephonyConfiguration(harness.orm, harness.ami, harness.config, harness.pbx.logger);
      }
      const name = desk.agent.username;
      const agentConsole = await AgentConsole.open(await harness.workstation());
      const context = await supervisorBrowser.newContext({ locale: 'en-US', baseURL: harness.origin });
      await context.grantPermissions(['microphone'], { origin: harness.origin });
      // A headset without the browser's voice processing: noise suppression learns a steady tone
      // as noise within seconds and would take the supervisor's "voice" out of every mode.
      await context.addInitScript(() => {
        const devices = navigator.mediaDevices;
        const original = devices.getUserMedia.bind(devices);
        devices.getUserMedia = (constraints) =>
          original(
            constraints?.audio
              ? { ...constraints, audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } }
              : constraints,
          );
      });
      const supervisor = await SupervisorConsole.open(context);
      const recorder = recordEvents(harness.ami);
      const levels: Record<string, AudioLevels> = {};
      const sent: Record<string, AudioLevels | undefined> = {};

      try {
        await agentConsole.explainFailures(() =>
          supervisor.explainFailures(async () => {
            await agentConsole.login(desk.agent.username, desk.agent.password);
            await agentConsole.expectRegistered();
            await agentConsole.expectState('Ready');
            await supervisor.login(desk.supervisor.username, desk.supervisor.password);
            await supervisor.expectRegistered();
            await supervisor.expectAgentState(name, 'Ready');

            const customerId = randomUUID();
            await originate(harness.ami, {
              channel: `Local/${desk.did}@${FAKE_PSTN_CALLERS_CONTEXT}`,
              otherChannelId: customerId,
              callerId: `"Customer" <${desk.caller}>`,
              destination: { application: 'Playback', data: `${workDir().chroot}/customer-hum` },
            });
            const carrier = await recorder.waitFor('DialBegin', (event) => event.uniqueid === customerId, 20_000);
            const customerChannel = String(carrier.destchannel);
            await agentConsole.expectState('On call');
            await supervisor.expectAgentState(name, 'On call');

            // Before any spying: what the customer hears of the agent's browser alone. Its fake
            // microphone leaves a little energy in the tone's band, the floor the modes compare to.
            levels['before'] = (await hears('before', customerChannel)).customer;

            // The spy call rings the supervisor's browser, which answers it by itself.
            await supervisor.listen(name);
            await supervisor.page.waitForFunction(
              () => (window as any).__switchboardWebphone?.call?.state === 'established',
              undefined,
              { timeout: 20_000 },
            );
            expect((await supervisor.webphone()).call?.autoAnswer).toBe(true);
            const spyCallId = (await supervisor.webphone()).call?.id;
            const spy = await spyChannel(desk.supervisorExtension);
            await modeInForce(spy, 'LISTEN');
            ({ customer: levels['listen'], supervisor: sent['listen'] } = await hears('listen', customerChannel, spy));
            // The supervisor hears the call: packets keep arriving on its webphone.
            const before = (await supervisor.webphone()).lastStats?.packetsReceived ?? 0;
            await supervisor.page.waitForFunction(
              (count) => ((window as any).__switchboardWebphone?.lastStats?.packetsReceived ?? 0) > count,
              before,
              { timeout: 10_000 },
            );

            await supervisor.whisper(name);
            await supervisor.agentRow(name).locator('[data-spy="WHISPER"][aria-pressed="true"]').waitFor();
            await modeInForce(spy, 'WHISPER');
            ({ customer: levels['whisper'], supervisor: sent['whisper'] } = await hears(
              'whisper',
              customerChannel,
              spy,
            ));

            await supervisor.barge(name);
            await supervisor.agentRow(name).locator('[data-spy="BARGE"][aria-pressed="true"]').waitFor();
            await modeInForce(spy, 'BARGE');
            ({ customer: levels['barge'], supervisor: sent['barge'] } = await hears('barge', customerChannel, spy));
            // A mode change is the same call, not a new one ringing the supervisor.
            expect((await supervisor.webphone()).call?.id).toBe(spyCallId);

            await supervisor.stopSpying(name);
            await supervisor.page.waitForFunction(
              () => {
                const call = (window as any).__switchboardWebphone?.call;
                return !call || call.state === 'ended';
              },
              undefined,
              { timeout: 15_000 },
            );
            await supervisor.agentRow(name).locator('[data-spy="STOP"]').waitFor({ state: 'detached' });
            // The agent's call goes on without the supervisor.
            await agentConsole.expectState('On call');
          }),
        );
      } finally {
        recorder.stop();
      }

      const report = JSON.stringify({ customerHears: levels, supervisorSends: sent });
      // The measured levels, for whoever tunes the thresholds.
      if (process.env['SPY_LEVELS_FILE']) await writeFile(process.env['SPY_LEVELS_FILE'], report);
      const floor = Math.max(TONE_ABSENT_RMS, levels['before']!.toneRms);
      expect(levels['before']!.seconds, report).toBeGreaterThan(2);
      // The supervisor's browser speaks (its fake microphone's tone reaches Asterisk) in every mode.
      for (const mode of ['listen', 'whisper', 'barge']) expect(sent[mode]!.toneRms, report).toBeGreaterThan(0.01);
      // LISTEN and WHISPER add nothing in the tone's band to what the customer hears…
      expect(levels['listen']!.toneRms, report).toBeLessThan(floor * 1.5);
      expect(levels['whisper']!.toneRms, report).toBeLessThan(floor * 1.5);
      // …BARGE brings the supervisor's tone in, far above that floor.
      expect(levels['barge']!.toneRms, report).toBeGreaterThan(Math.max(TONE_PRESENT_RMS, floor * 5));
    },
  );
});
