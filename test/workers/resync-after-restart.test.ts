import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pino } from 'pino';
import {
  EventBus,
  dropDatabase,
  openDatabase,
  prepareDatabase,
  type EventEnvelope,
  type Orm,
} from '@switchboard/schema';
import {
  AmiClient,
  amiClientOptions,
  applyTelephonyConfiguration,
  campaignQueueName,
  clearTelephonyConfiguration,
  fakePstnNumber,
  pbxStatus,
  setupPbx,
  startPbx,
  stopPbx,
  type TelephonyConfig,
} from '@switchboard/telephony';
import { startCallEventsWorker, type CallEventsWorker } from '../../workers/src/call-events/call-events.worker.js';
import { PBX_HOOK_TIMEOUT_MS } from '../telephony/pbx-harness.js';
import { testTelephonyConfig } from '../telephony/test-telephony-config.js';
import { ownAsteriskEnvironment, ownIsolation } from '../telephony/own-asterisk.js';
import { pollUntil } from '../support/poll-until.js';
import { createCampaign } from '../support/telephony-factory.js';
import { loggedEvents, placeCall, testWorkersConfig, waitForEnd } from './call-events-harness.js';

// Restarting the run's shared Asterisk would end other test files' calls, and the worker's
// resync closes every call open in the log that its Asterisk does not know: its own Asterisk.
const config: TelephonyConfig = testTelephonyConfig(ownAsteriskEnvironment('restart-test', 1));
const logger = pino({ level: config.LOG_LEVEL });
const { databaseUrl, redisPrefix } = ownIsolation('restart-test');

let orm: Orm;
let bus: EventBus;
let worker: CallEventsWorker;
let caller: AmiClient;
const resynced: EventEnvelope<'telephony.resynced'>[] = [];
let stopListening: (() => void) | undefined;
/** The queue the first test logged a member into. */
let memberQueue: string | undefined;

beforeAll(async () => {
  await setupPbx(config, logger);
  await startPbx(config, logger);
  await prepareDatabase(databaseUrl);
  orm = await openDatabase(databaseUrl);
  // A channel prefix of its own: other files' workers publish `telephony.resynced` too.
  bus = new EventBus(inject('redisUrl'), redisPrefix);
  stopListening = listen(bus);
  const amiOptions = await amiClientOptions(config, logger);
  worker = startCallEventsWorker({
    config: testWorkersConfig('resync-after-restart', { DATABASE_URL: databaseUrl }),
    amiOptions: { ...amiOptions, reconnect: { initialDelayMs: 200, maxDelayMs: 1000 } },
    orm,
    events: bus,
    logger,
  });
  await pollUntil(() => worker.active()?.ami.connected, Boolean, { timeoutMs: 20_000, what: 'the worker to lead' });
  caller = new AmiClient({ ...amiOptions, reconnect: { initialDelayMs: 200, maxDelayMs: 1000 } });
  await caller.connect();
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  stopListening?.();
  if (caller?.connected) await clearTelephonyConfiguration(caller, config, logger);
  await caller?.close();
  await worker?.close();
  await bus?.close();
  await orm?.close(true);
  await dropDatabase(databaseUrl);
  await stopPbx(config, logger);
});

/** Collects `telephony.resynced` events until the returned function is called. */
function listen(events: EventBus): () => void {
  const iterator = events.subscribe('telephony.resynced')[Symbol.asyncIterator]();
  void (async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) resynced.push(next.value);
  })();
  return () => void iterator.return?.();
}

const typesOf = (events: { type: string }[]) => events.map((event) => event.type);

describe('workers/call-events when Asterisk restarts', () => {
  it('lists queue members in the resync, and finds the dynamic ones gone after a restart', async () => {
    // A campaign's queue (the configuration survives restarts) with one member logged in.
    const queue = campaignQueueName((await createCampaign(orm)).id);
    await applyTelephonyConfiguration(orm, caller, config, logger);
    await caller.send({ action: 'QueueAdd', queue, interface: 'Local/1000@switchboard-phones', membername: 'agent' });
    const before = resynced.length;
    await worker.active()!.processor.resync();
    const listed = await pollUntil(() => resynced[before], Boolean, { what: 'the resync event' });
    expect(listed!.data).toMatchObject({ membersByQueue: { [queue]: 1 }, queueListingFailed: false });
    expect(listed!.data.queueMembers).toBeGreaterThanOrEqual(1);
    memberQueue = queue;
  });

  it('closes the call the restart ended, publishes the resync, and goes on logging calls', async () => {
    const call = await placeCall(caller, fakePstnNumber('human', 60), {
      destination: { application: 'Wait', data: '60' },
    });
    await pollUntil(
      () => loggedEvents(orm, call.callId),
      (events) => typesOf(events).includes('ANSWER'),
      { timeoutMs: 15_000, what: 'the answer in the log' },
    );
    const resyncsBefore = resynced.length;

    // Asterisk dies mid-call and comes back with no channels. Killed, not stopped: a graceful
    // stop hangs its channels up and reports it over AMI, and the worker would log a normal end.
    const { pid } = await pbxStatus(config);
    process.kill(pid!, 'SIGKILL');
    await pollUntil(
      async () => (await pbxStatus(config)).running,
      (running) => !running,
      {
        what: 'Asterisk to die',
      },
    );
    await startPbx(config, logger);

    const logged = await waitForEnd(orm, call.callId);
    expect(typesOf(logged)).toEqual(['DIAL', 'ANSWER', 'FAIL']);
    expect(logged[2]!.data).toMatchObject({ reason: 'closed-after-resync', answered: true });

    const after = await pollUntil(
      () => resynced.slice(resyncsBefore),
      (events) => events.some((event) => event.data.closedCalls > 0),
      { timeoutMs: 10_000, what: 'the resync after the restart' },
    );
    expect(after.find((event) => event.data.closedCalls > 0)!.data).toMatchObject({
      liveChannels: 0,
      closedCalls: 1,
      queueListingFailed: false,
      // persistentmembers = no: a restart logs every dynamic member out, and the resync says so.
      ...(memberQueue ? { membersByQueue: expect.objectContaining({ [memberQueue]: 0 }) } : {}),
    });

    // Both AMI clients logged in again by themselves; new calls are logged as before.
    await pollUntil(() => caller.connected && worker.active()?.ami.connected, Boolean, {
      timeoutMs: 15_000,
      what: 'AMI to reconnect',
    });
    const next = await placeCall(caller, fakePstnNumber('busy'));
    expect(typesOf(await waitForEnd(orm, next.callId))).toEqual(['DIAL', 'BUSY']);
  });
});
