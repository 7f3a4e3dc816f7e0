import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { EventBus, Orm } from '@switchboard/schema';
import {
  BLACKLIST_USER_EVENT,
  DNC_AGI_SCRIPT,
  ROUTES_CONTEXT,
  amiClientOptions,
  applyTelephonyConfiguration,
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
import { startCallEventsWorker, type CallEventsWorker } from '../../workers/src/call-events/call-events.worker.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from '../telephony/pbx-harness.js';
import { recordEvents } from '../telephony/event-recorder.js';
import {
  blockNumber,
  createTelephonyFixture,
  type TelephonyFixture,
} from '../telephony/telephony-database-fixtures.js';
import { testTelephonyConfig } from '../telephony/test-telephony-config.js';
import { holdDatabaseConfiguration } from '../telephony/database-configuration-lock.js';
import { openScratchDatabase } from '../support/scratch-database.js';
import { pollUntil } from '../support/poll-until.js';
import { loggedEvents, testEventBus, testWorkersConfig, waitForEnd } from './call-events-harness.js';

let pbx: TestPbx;
let config: TelephonyConfig;
let scratch: Awaited<ReturnType<typeof openScratchDatabase>> | undefined;
let orm: Orm;
let bus: EventBus;
let ami: AmiClient;
let agi: FastAgiServer;
let worker: CallEventsWorker;
let fixture: TelephonyFixture;
let recorder: ReturnType<typeof recordEvents>;
let releaseConfiguration: (() => Promise<void>) | undefined;

beforeAll(async () => {
  pbx = await ensurePbx();
  // A FastAGI port of its own (database-configuration.test.ts uses 14573).
  config = testTelephonyConfig({ FASTAGI_PORT: '14574' });
  releaseConfiguration = await holdDatabaseConfiguration(config);
  // The routes are generated from every trunk in the database: a database of this file's own,
  // which the worker writes the log to as well.
  scratch = await openScratchDatabase('call_events_blacklist');
  orm = scratch.orm;
  bus = testEventBus();
  ami = await pbx.connectAmi();
  recorder = recordEvents(ami);
  agi = await startFastAgiServer(
    {
      host: config.FASTAGI_HOST,
      port: config.FASTAGI_PORT,
      handlers: new Map([[DNC_AGI_SCRIPT, doNotCallHandler(orm)]]),
    },
    pbx.logger,
  );
  fixture = await createTelephonyFixture(orm, config);
  await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
  const logger = pino({ level: pbx.config.LOG_LEVEL });
  worker = startCallEventsWorker({
    config: testWorkersConfig('call-events-blacklist', { DATABASE_URL: scratch.databaseUrl }),
    amiOptions: await amiClientOptions(pbx.config, logger),
    orm,
    events: bus,
    logger,
  });
  await pollUntil(() => worker.active()?.ami.connected, Boolean, { timeoutMs: 20_000, what: 'the worker to lead' });
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  recorder?.stop();
  await worker?.close();
  if (ami) await clearTelephonyConfiguration(ami, config, pbx.logger);
  await agi?.close();
  await ami?.close();
  await bus?.close();
  await scratch?.drop();
  await releaseConfiguration?.();
});

/** Originates a call out by the routes; the Local channel's own id is the call's linkedid. */
function callOut(number: string, variables: Record<string, string>, destination = { application: 'Wait', data: '15' }) {
  return originate(ami, {
    channel: `Local/${fixture.routePrefix}${number}@${ROUTES_CONTEXT}/n`,
    destination,
    variables,
  });
}

describe('workers/call-events on the configuration generated from the database', () => {
  it('logs BLACKLIST, with the campaign and the phone, and no DIAL for a blocked number', async () => {
    const number = fakePstnNumber('human', 2, '5552');
    await blockNumber(orm, fixture.doNotCallList, number);
    const callId = randomUUID();
    const call = await callOut(number, {
      __SB_CALL_ID: callId,
      __SB_CAMPAIGN_ID: fixture.recordedCampaign.id,
      __SB_PHONE: number,
    });
    await recorder.waitFor(
      'UserEvent',
      (event) => event.userevent === BLACKLIST_USER_EVENT && event['sb_call_id'] === callId,
    );
    expect((await call.outcome()).response).toBe('Failure');

    await waitForEnd(orm, callId);
    const logged = await loggedEvents(orm, callId);
    expect(logged.map((event) => event.type)).toEqual(['BLACKLIST']);
    expect(logged[0]).toMatchObject({ campaignId: fixture.recordedCampaign.id, phone: number });
    expect(recorder.find('DialBegin', (event) => event.linkedid === call.channelId)).toBeUndefined();
  });

  it('carries the recording on the rows written once MixMonitor started, the completion included', async () => {
    // test-phone-4 is database-configuration.test.ts's too; the configuration lock keeps the files apart.
    // Until Asterisk has qualified the route's first trunk as down, it would try it first.
    await pollUntil(
      async () => (await runCliCommand(ami, 'pjsip show contacts')).join('\n'),
      (contacts) => new RegExp(`${fixture.deadTrunk.name}/\\S+\\s.*Unavail`).test(contacts),
      { timeoutMs: 10_000, what: 'the dead trunk qualified as unavailable' },
    );
    const phone = await startTestPhone(pbx.config, { name: 'test-phone-4', talkSeconds: 60 }, pbx.logger);
    try {
      const callId = randomUUID();
      const call = await callOut(
        fakePstnNumber('human', 3),
        { __SB_CALL_ID: callId, __SB_CAMPAIGN_ID: fixture.recordedCampaign.id },
        { application: 'Dial', data: 'PJSIP/test-phone-4,10' },
      );
      expect((await call.outcome()).response).toBe('Success');
      const logged = await waitForEnd(orm, callId, 30_000);
      const completion = logged.at(-1)!;
      expect(['COMPLETEAGENT', 'COMPLETEOUTNUM']).toContain(completion.type);
      // The file-name scheme's path, as the dialplan set it (relative to the recordings directory).
      const recordingSet = recorder.events.find(
        (event) =>
          event.event === 'VarSet' &&
          event['linkedid'] === call.channelId &&
          '__SB_RECORDING' in ((event['variable'] as object | undefined) ?? {}),
      );
      expect(recordingSet?.['value']).toMatch(new RegExp(`${fixture.recordedCampaign.id}/${callId}\\.wav$`));
      expect(completion.recording).toBe(recordingSet?.['value']);
      // The dialplan sets SB_RECORDING before it dials: every row of the call carries it.
      expect(logged.map((event) => [event.type, event.recording])).toEqual(
        logged.map((event) => [event.type, completion.recording]),
      );
    } finally {
      await phone.stop();
    }
  });
});
