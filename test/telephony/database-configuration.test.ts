import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '@switchboard/schema';
import { openScratchDatabase } from '../support/scratch-database.js';
import {
  BLACKLIST_USER_EVENT,
  DNC_AGI_SCRIPT,
  DNC_UNREADABLE_REASON,
  ROUTES_CONTEXT,
  applyTelephonyConfiguration,
  campaignQueueName,
  clearTelephonyConfiguration,
  doNotCallHandler,
  fakePstnNumber,
  originate,
  runCliCommand,
  startFastAgiServer,
  startTestPhone,
  type AmiClient,
  type FastAgiServer,
  type TelephonyConfig,
} from '@switchboard/telephony';
import { pollUntil } from '../support/poll-until.js';
import { recordEvents } from './event-recorder.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from './pbx-harness.js';
import { blockNumber, createTelephonyFixture, type TelephonyFixture } from './telephony-database-fixtures.js';
import { testTelephonyConfig } from './test-telephony-config.js';
import { holdDatabaseConfiguration } from './database-configuration-lock.js';

let pbx: TestPbx;
let config: TelephonyConfig;
let ami: AmiClient;
let orm: Orm;
let scratch: Awaited<ReturnType<typeof openScratchDatabase>> | undefined;
let agi: FastAgiServer;
let fixture: TelephonyFixture;
let recorder: ReturnType<typeof recordEvents>;
let logOffset = 0;
let releaseConfiguration: (() => Promise<void>) | undefined;

const messagesLog = () => join(config.PBX_DIR, 'logs', 'messages.log');
const cli = async (command: string) => (await runCliCommand(ami, command)).join('\n');

beforeAll(async () => {
  pbx = await ensurePbx();
  // A port of its own, so that a developer's FastAGI server on the default one is left alone.
  config = testTelephonyConfig({ FASTAGI_PORT: '14573' });
  releaseConfiguration = await holdDatabaseConfiguration(config);
  // Its own database: the files are generated from every trunk and route, and other test
  // files' trunks are not written to load in Asterisk.
  scratch = await openScratchDatabase('telephony');
  orm = scratch.orm;
  ami = await pbx.connectAmi();
  recorder = recordEvents(ami);
  agi = await startAgi();
  fixture = await createTelephonyFixture(orm, config);
  logOffset = (await stat(messagesLog()).catch(() => ({ size: 0 }))).size;
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  recorder?.stop();
  if (ami && !process.env['KEEP_DB_CONFIG']) await clearTelephonyConfiguration(ami, config, pbx.logger);
  await agi?.close();
  await ami?.close();
  await scratch?.drop();
  await releaseConfiguration?.();
});

/** Originates a call out by the routes; the Local channel's own id is the call's linkedid. */
async function callOut(
  number: string,
  variables: Record<string, string>,
  destination = { application: 'Wait', data: '15' },
) {
  return originate(ami, {
    channel: `Local/${fixture.routePrefix}${number}@${ROUTES_CONTEXT}/n`,
    destination,
    variables,
  });
}

const startAgi = () =>
  startFastAgiServer(
    {
      host: config.FASTAGI_HOST,
      port: config.FASTAGI_PORT,
      handlers: new Map([[DNC_AGI_SCRIPT, doNotCallHandler(orm)]]),
    },
    pbx.logger,
  );

/** Errors and warnings since this file started from modules that read configuration or run it. */
async function logProblems(): Promise<string[]> {
  const log = (await readFile(messagesLog(), 'utf8')).slice(logOffset);
  const source =
    /(ERROR|WARNING)\[\d+\](\[C-\w+\])? (config|config_options|pbx_config|pbx_functions|app_queue|app_amd|res_pjsip_config_wizard|res_sorcery_config|ast_expr2)\./;
  return log.split('\n').filter((line) => source.test(line));
}

/**
 * The first non-empty value a channel of the call gave a variable (Dial clears DIALSTATUS first). VarSet is not among the typed events,
 * and asterisk-manager parses its `Variable: NAME` header into `{ NAME: '' }`.
 */
function variableSet(linkedid: string, variable: string): unknown {
  const nameOf = (header: unknown) =>
    (header && typeof header === 'object' ? (Object.keys(header)[0] ?? '') : String(header)).replace(/^_+/, '');
  return recorder.events.find(
    (event) =>
      event.event === 'VarSet' &&
      event.linkedid === linkedid &&
      nameOf(event['variable']) === variable &&
      event['value'] !== '',
  )?.['value'];
}

describe('configuration generated from the database, on the real Asterisk', () => {
  it('is written and reloaded once, then left alone while the data is the same', async () => {
    const applied = await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
    expect(applied.changedFiles.length).toBeGreaterThan(0);
    const again = await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
    expect(again).toEqual({ changedFiles: [], reloads: [], digest: applied.digest });
  });

  it('loads the webphone endpoint, the trunks, the queue and the routes without errors', async () => {
    const endpoint = await cli(`pjsip show endpoint ${fixture.agentExtension}`);
    expect(endpoint).toMatch(/webrtc\s*:\s*(yes|true)/);
    expect(endpoint).toMatch(/dtls_auto_generate_cert\s*:\s*Yes/i);
    expect(endpoint).toMatch(/from_domain\s*:\s*switchboard\.local/);
    const endpoints = await cli('pjsip show endpoints');
    expect(endpoints).toContain(fixture.deadTrunk.name);
    expect(endpoints).toContain(fixture.pstnTrunk.name);
    const queue = await cli(`queue show ${campaignQueueName(fixture.recordedCampaign.id)}`);
    expect(queue).toMatch(/'rrmemory' strategy/);
    expect(queue).toMatch(/within 20s/);
    expect(await cli(`dialplan show ${ROUTES_CONTEXT}`)).toMatch(/Include =>\s+'switchboard-routes-1'/);
    expect(await logProblems()).toEqual([]);
  });

  it('fails over to the next trunk when the first is down', async () => {
    await pollUntil(
      () => cli('pjsip show contacts'),
      (contacts) => new RegExp(`${fixture.deadTrunk.name}/\\S+\\s.*Unavail`).test(contacts),
      { timeoutMs: 10_000, what: 'the dead trunk qualified as unavailable' },
    );
    const call = await callOut(fakePstnNumber('human', 2), { __SB_CALL_ID: randomUUID() });
    expect((await call.outcome()).response).toBe('Success');
    const dial = await recorder.waitFor(
      'DialBegin',
      (event) =>
        event.linkedid === call.channelId && event.destchannel?.startsWith(`PJSIP/${fixture.pstnTrunk.name}-`) === true,
    );
    expect(dial).toBeDefined();
    expect(variableSet(call.channelId, 'DIALSTATUS')).toBe('CHANUNAVAIL');
    // GROUP() and GROUP_COUNT() ran (a missing function only logs an error and carries on).
    expect(await logProblems()).toEqual([]);
  });

  it('never dials a number on a do-not-call list', async () => {
    const number = fakePstnNumber('human', 2, '5551');
    await blockNumber(orm, fixture.doNotCallList, number);
    const callId = randomUUID();
    const call = await callOut(number, {
      __SB_CALL_ID: callId,
      __SB_CAMPAIGN_ID: fixture.recordedCampaign.id,
      __SB_PHONE: number,
    });
    const blocked = await recorder.waitFor(
      'UserEvent',
      (event) => event.userevent === BLACKLIST_USER_EVENT && event['sb_call_id'] === callId,
    );
    expect(blocked['sb_phone']).toBe(number);
    expect(blocked['sb_campaign_id']).toBe(fixture.recordedCampaign.id);
    const hangup = await recorder.waitFor(
      'Hangup',
      (event) => event.linkedid === call.channelId && event.channel.endsWith(';2'),
    );
    expect(hangup.cause).toBe('21');
    expect((await call.outcome()).response).toBe('Failure');
    expect(recorder.find('DialBegin', (event) => event.linkedid === call.channelId)).toBeUndefined();
  });

  it('blocks a listed number however the originator wrote it: with "+", "00" or neither', async () => {
    const number = fakePstnNumber('human', 2, '5552');
    await blockNumber(orm, fixture.doNotCallList, `00${number}`);
    for (const written of [`+${number}`, number]) {
      const callId = randomUUID();
      const call = await callOut(number, { __SB_CALL_ID: callId, __SB_PHONE: written });
      const blocked = await recorder.waitFor(
        'UserEvent',
        (event) => event.userevent === BLACKLIST_USER_EVENT && event['sb_call_id'] === callId,
      );
      expect(blocked['sb_phone']).toBe(written);
      expect((await call.outcome()).response).toBe('Failure');
      expect(recorder.find('DialBegin', (event) => event.linkedid === call.channelId)).toBeUndefined();
    }
  });

  it('fails closed: a number the check cannot read is not dialled, and says why', async () => {
    const callId = randomUUID();
    const call = await callOut(fakePstnNumber('human', 2), { __SB_CALL_ID: callId, __SB_PHONE: 'call me' });
    const blocked = await recorder.waitFor(
      'UserEvent',
      (event) => event.userevent === BLACKLIST_USER_EVENT && event['sb_call_id'] === callId,
    );
    expect(blocked['reason']).toBe(DNC_UNREADABLE_REASON);
    const hangup = await recorder.waitFor(
      'Hangup',
      (event) => event.linkedid === call.channelId && event.channel.endsWith(';2'),
    );
    expect(hangup.cause).toBe('21');
    expect(recorder.find('DialBegin', (event) => event.linkedid === call.channelId)).toBeUndefined();
  });

  it('keeps a trunk to its maximum channels: a second call while the only line is busy is not dialled', async () => {
    const first = await originate(ami, {
      channel: `Local/${fixture.singleLinePrefix}${fakePstnNumber('human', 4)}@${ROUTES_CONTEXT}/n`,
      destination: { application: 'Wait', data: '10' },
    });
    expect((await first.outcome()).response).toBe('Success');
    const second = await originate(ami, {
      channel: `Local/${fixture.singleLinePrefix}${fakePstnNumber('human', 4)}@${ROUTES_CONTEXT}/n`,
      destination: { application: 'Wait', data: '10' },
    });
    const hangup = await recorder.waitFor(
      'Hangup',
      (event) => event.linkedid === second.channelId && event.channel.endsWith(';2'),
    );
    expect(hangup.cause).toBe('34');
    expect(recorder.find('DialBegin', (event) => event.linkedid === second.channelId)).toBeUndefined();
    expect(recorder.find('DialBegin', (event) => event.linkedid === first.channelId)).toBeDefined();
  });

  it('does not dial when the do-not-call check cannot be made', async () => {
    await agi.close();
    try {
      const call = await callOut(fakePstnNumber('human', 2), { __SB_CALL_ID: randomUUID() });
      const hangup = await recorder.waitFor(
        'Hangup',
        (event) => event.linkedid === call.channelId && event.channel.endsWith(';2'),
      );
      // 41, temporary failure: the number may be fine, the check was not possible.
      expect(hangup.cause).toBe('41');
      expect(recorder.find('DialBegin', (event) => event.linkedid === call.channelId)).toBeUndefined();
    } finally {
      agi = await startAgi();
    }
  });

  it('records a campaign call bridged to a phone, for as long as it lasted', async () => {
    const phone = await startTestPhone(pbx.config, { name: 'test-phone-4', talkSeconds: 60 }, pbx.logger);
    try {
      const callId = randomUUID();
      const call = await callOut(
        fakePstnNumber('human', 6),
        { __SB_CALL_ID: callId, __SB_CAMPAIGN_ID: fixture.recordedCampaign.id },
        { application: 'Dial', data: 'PJSIP/test-phone-4,10' },
      );
      expect((await call.outcome()).response).toBe('Success');
      await recorder.waitFor('Hangup', (event) => event.uniqueid === call.channelId, 30_000);
      const recording = variableSet(call.channelId, 'SB_RECORDING');
      const file = join(config.PBX_DIR, 'chroot', config.PBX_RECORDINGS_DIR, String(recording));
      expect(file).toContain(`/${fixture.recordedCampaign.id}/${callId}.wav`);
      const size = await pollUntil(
        async () => (await stat(file).catch(() => ({ size: 0 }))).size,
        (bytes) => bytes > 44,
        { timeoutMs: 5000, what: 'the recording file' },
      );
      // 8 kHz, 16-bit mono: 16,000 bytes a second. The customer stays ~7.2 s after answering.
      const seconds = (size - 44) / 16_000;
      expect(seconds).toBeGreaterThan(5.5);
      expect(seconds).toBeLessThan(9.5);
    } finally {
      await phone.stop();
    }
  });
});
