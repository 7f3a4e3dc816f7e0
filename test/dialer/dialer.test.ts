import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Redis } from 'ioredis';
import {
  AgentGroup,
  BuiltInRole,
  Campaign,
  CampaignState,
  DialOutcome,
  DialerContact,
  DialerContactStatus,
  DoNotCallList,
  CampaignCountersStore,
  callCountsFromLog,
  campaignDay,
  countedCampaigns,
  dialerCampaignProgress,
  type AgentStateStore,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import {
  applyTelephonyConfiguration,
  startTestPhone,
  type AmiClient,
  type AmiClientOptions,
  type TelephonyConfig,
} from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { loadWorkersConfig } from '../../workers/src/config.js';
import { dialerLeaseKey, startDialerWorker, type DialerWorker } from '../../workers/src/dialer/dialer.worker.js';
import {
  startCampaignCountersWorker,
  type CampaignCountersWorker,
} from '../../workers/src/campaign-counters/campaign-counters.worker.js';
import { testWorkersConfig } from '../workers/call-events-harness.js';
import { createAgentGroup } from '../support/agent-factory.js';
import { createDatabase } from '../support/contact-factory.js';
import { loggedIn, unique } from '../support/factories.js';
import {
  AGENT_TALK_SECONDS,
  CONTACTS,
  createContacts,
  createRouteToFakePstn,
  dialerCampaign,
  dialsFromLog,
  maxAttempts,
} from './dialer-scenario.js';
import { graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import type { TestPbx } from '../telephony/pbx-harness.js';
import {
  agentsWithPhones as agentsWithHarnessPhones,
  dialerConfig,
  oneAgentCampaign,
  useDialerHarness,
} from './dialer-harness.js';

const harness = useDialerHarness();
let pbx: TestPbx;
let config: TelephonyConfig;
let ami: AmiClient;
let api: ApiServer;
let orm: Orm;
let bus: EventBus;
let store: AgentStateStore;
let redis: Redis;
let amiOptions: AmiClientOptions;
const phones = harness.phones;
let dialerB: DialerWorker | undefined;
let dialerA: ChildProcess | undefined;
let countersWorker: CampaignCountersWorker | undefined;

beforeAll(() => {
  ({ pbx, config, ami, api, orm, bus, store, redis, amiOptions } = harness);
});

afterAll(async () => {
  dialerA?.kill('SIGKILL');
  await dialerB?.close();
  await countersWorker?.close();
});

/** Dialer A runs as its own process, so the test can kill -9 it. */
function spawnDialer(workerId: string): ChildProcess {
  const log = createWriteStream(`${process.env['PBX_DIR'] ?? '/tmp'}/dialer-${workerId}.log`);
  const child = spawn(process.execPath, ['workers/dist/dialer/main.js'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, ...dialerConfig(workerId), LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

/** How the log shows a dialed human nobody took: Queue()'s timeout, or the dialer dialplan's UserEvent. */
const ABANDONED = new Set(['ABANDON', 'EXITWITHTIMEOUT']);

const agentsWithPhones = (count: number, group: AgentGroup) => agentsWithHarnessPhones(harness, count, group);

describe('dialer process', () => {
  it('dials a 200-contact campaign to the end with retry rules, survives a kill -9 of one of two dialers, and finishes it', async () => {
    const route = await createRouteToFakePstn(orm, config.PBX_PSTN_PORT);
    const database = await createDatabase(orm, {
      columns: ['phone', 'mobile', 'name'],
      phoneColumns: ['phone', 'mobile'],
      externalIdColumn: null,
    });
    const doNotCall = orm.em.fork().create(DoNotCallList, { name: unique('dnc') } as DoNotCallList);
    await orm.em.fork().persist(doNotCall).flush();
    const kinds = await createContacts(orm, database, doNotCall);
    const group = await createAgentGroup(orm, { autoUnpauseSeconds: 1 });
    const agents = await agentsWithPhones(3, group);
    const campaign = await dialerCampaign(
      orm,
      agents.map((agent) => agent.agentId),
      database,
      route,
    );
    await applyTelephonyConfiguration(orm, ami, config, pbx.logger);
    for (const agent of agents) {
      phones.push(
        await startTestPhone(
          config,
          {
            name: String(agent.sipExtension),
            password: agent.sipSecret,
            talkSeconds: AGENT_TALK_SECONDS,
            answerAfterMs: 200,
          },
          pbx.logger,
        ),
      );
    }
    for (const agent of agents) ok(await graphql(api.url, 'mutation { agentLogin { state } }', {}, agent.token));
    await pollUntil(
      async () =>
        [...(await store.getMany(agents.map((agent) => agent.agentId))).values()].filter(
          (state) => state.state === 'READY' && state.campaignIds.includes(campaign.id),
        ).length,
      (ready) => ready === 3,
      { timeoutMs: 20_000, intervalMs: 200, what: 'three agents READY in the campaign' },
    );
    // Live counters for supervision, kept from the events as the calls happen.
    const counters = new CampaignCountersStore(redis, `${inject('redisPrefix')}dialer-test:`);
    countersWorker = startCampaignCountersWorker({
      config: testWorkersConfig(`campaign-counters-${randomUUID().slice(0, 8)}`),
      orm,
      events: bus,
      store: counters,
      agentStates: store,
      logger: pbx.logger,
      timing: { publishIntervalMs: 200, rebuildCheckMs: 500, pendingRefreshMs: 500, rateRefreshMs: 1000 },
    });
    const exhausted: string[] = [];
    const stateChanges: Array<{ to: string; changedBy: string | null }> = [];
    void (async () => {
      for await (const event of bus.subscribe('dialer.campaign_exhausted')) exhausted.push(event.data.campaignId);
    })();
    void (async () => {
      for await (const event of bus.subscribe('campaign.state_changed')) {
        if (event.data.campaignId === campaign.id) stateChanges.push(event.data);
      }
    })();

    // Dialer A (a process) takes the campaign first; dialer B (in this process) stands by.
    const leaseKey = dialerLeaseKey(loadWorkersConfig(dialerConfig('x')), campaign.id);
    dialerA = spawnDialer('dialer-a');
    await pollUntil(
      () => redis.get(leaseKey),
      (holder) => holder === 'dialer-a',
      {
        timeoutMs: 30_000,
        intervalMs: 100,
        what: 'dialer A to hold the campaign',
      },
    );
    dialerB = startDialerWorker({
      config: loadWorkersConfig(dialerConfig('dialer-b')),
      amiOptions,
      orm,
      events: bus,
      store,
      logger: pbx.logger,
    });

    // Mid-campaign, kill -9 dialer A: its lease is not released, its calls are on.
    // Ratio pacing dials for ready agents only, so there are moments with no call on: wait for one with.
    const countOf = (status: DialerContactStatus) =>
      orm.em.fork().count(DialerContact, { campaign: campaign.id, status });
    const atKill = await pollUntil(
      async () => ({
        done: await countOf(DialerContactStatus.DONE),
        dialing: await countOf(DialerContactStatus.DIALING),
      }),
      ({ done, dialing }) => done >= 50 && dialing > 0,
      { timeoutMs: 180_000, intervalMs: 100, what: '50 contacts done and calls on' },
    );
    dialerA.kill('SIGKILL');
    const killedAt = Date.now();
    await pollUntil(
      () => dialerB!.heldCampaigns(),
      (held) => held.includes(campaign.id),
      {
        timeoutMs: 10_000,
        intervalMs: 50,
        what: 'dialer B to take the campaign over',
      },
    );
    expect(Date.now() - killedAt).toBeLessThan(5_000);
    expect(await redis.get(leaseKey)).toBe('dialer-b');

    // It runs to the end and finishes itself.
    await pollUntil(
      async () => (await orm.em.fork().findOneOrFail(Campaign, campaign.id)).state,
      (state) => state === CampaignState.FINISHED,
      { timeoutMs: 300_000, intervalMs: 1_000, what: 'the campaign to finish' },
    );
    await pollUntil(() => exhausted.includes(campaign.id), Boolean, {
      timeoutMs: 5_000,
      what: 'dialer.campaign_exhausted',
    });
    expect(stateChanges).toContainEqual(expect.objectContaining({ to: CampaignState.FINISHED, changedBy: null }));

    // The live counters say what the call-event log says.
    const counted = (await countedCampaigns(orm.em.fork(), [campaign.id])).get(campaign.id)!;
    const day = campaignDay(counted, new Date());
    const fromLog = await callCountsFromLog(orm.em.fork(), counted, day);
    expect(fromLog.dialed).toBeGreaterThanOrEqual(CONTACTS);
    await pollUntil(
      async () => (await counters.read(campaign.id, day)).counts,
      (live) => JSON.stringify(live) === JSON.stringify(fromLog),
      { timeoutMs: 15_000, intervalMs: 250, what: 'the live counters to equal the log' },
    );

    // Every contact in a final state, none lost.
    const rows = await orm.em.fork().find(DialerContact, { campaign: campaign.id });
    expect(rows).toHaveLength(CONTACTS);
    expect(rows.filter((row) => row.status !== DialerContactStatus.DONE)).toEqual([]);
    const progress = await dialerCampaignProgress(orm.em.fork(), campaign.id, database.id);
    expect(progress).toMatchObject({ fresh: 0, pending: 0, scheduled: 0, dialing: 0, done: CONTACTS, pendingCalls: 0 });
    const lastOutcomes = new Map<string, number>();
    for (const row of rows) lastOutcomes.set(row.lastOutcome!, (lastOutcomes.get(row.lastOutcome!) ?? 0) + 1);
    expect(new Map(progress.outcomes.map((entry) => [entry.outcome, entry.count]))).toEqual(lastOutcomes);
    // Supervisors read the same through the API.
    const supervisor = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
    const read = ok(
      await graphql<any>(
        api.url,
        'query ($id: ID!) { dialerCampaignProgress(campaignId: $id) { fresh pending scheduled dialing done pendingCalls counts { status source count } outcomes { outcome count } } }',
        { id: campaign.id },
        supervisor,
      ),
    ).dialerCampaignProgress;
    expect(read).toMatchObject({ fresh: 0, done: CONTACTS, pendingCalls: 0 });
    expect(read.outcomes.reduce((sum: number, entry: { count: number }) => sum + entry.count, 0)).toBe(CONTACTS);

    // No contact dialed twice at the same time: per contact, calls never overlap in the log.
    const calls = await dialsFromLog(orm, campaign.id);
    const byContact = new Map<
      string,
      Array<{ phone: string | null; dialAt: number; endAt?: number; types: string[] }>
    >();
    for (const [, call] of calls) {
      const list = byContact.get(call.contactId!) ?? [];
      list.push({ phone: call.phone, dialAt: call.dialAt!, endAt: call.endAt, types: call.types });
      byContact.set(call.contactId!, list);
    }
    for (const [contactId, list] of byContact) {
      list.sort((one, other) => one.dialAt - other.dialAt);
      for (let index = 1; index < list.length; index += 1) {
        expect(list[index - 1]!.endAt, `call of ${contactId} never ended`).toBeDefined();
        expect(list[index]!.dialAt, `contact ${contactId} dialed during a call`).toBeGreaterThanOrEqual(
          list[index - 1]!.endAt!,
        );
      }
    }

    // Retry rules honoured: attempts per contact match the rules exactly.
    for (const row of rows) {
      const kind = kinds.get(row.contact.id)!;
      const dials = byContact.get(row.contact.id) ?? [];
      const tally = row.attemptsByOutcome;
      const context = `${row.contact.id} ${JSON.stringify(kind)} ${JSON.stringify(tally)} ${row.lastOutcome}`;
      expect(row.attempts, context).toBe(dials.length);
      expect(
        Object.values(tally).reduce((sum, count) => sum + count, 0),
        context,
      ).toBe(row.attempts);
      const onMain = dials.filter((dial) => dial.phone?.startsWith('550')).length;
      const onMobile = dials.filter((dial) => dial.phone?.startsWith('551')).length;
      switch (kind.main) {
        case 'busy':
          expect(tally[DialOutcome.BUSY], context).toBe(maxAttempts('BUSY'));
          expect(onMain, context).toBe(maxAttempts('BUSY'));
          break;
        case 'noAnswer':
          expect(tally[DialOutcome.NO_ANSWER], context).toBe(maxAttempts('NO_ANSWER'));
          expect(row.lastOutcome, context).toBe(DialOutcome.NO_ANSWER);
          break;
        case 'rejected':
          expect(tally, context).toEqual({ [DialOutcome.REJECTED]: 1 });
          break;
        case 'machine':
          // AMD decides; a machine taken for a human goes to an agent or times out like one.
          if (row.lastOutcome === DialOutcome.MACHINE) expect(tally, context).toEqual({ [DialOutcome.MACHINE]: 1 });
          break;
        case 'do-not-call':
          // The blocked main phone is never dialed; the mobile is.
          expect(onMain, context).toBe(0);
          expect(row.phoneIndex, context).toBe(1);
          break;
        case 'human':
          break;
      }
      const humanPhone = kind.main === 'human' ? onMain : kind.mobile === 'human' ? onMobile : 0;
      if (humanPhone > 0) {
        // A human ends connected, or abandoned as many times as the TIMEOUT rule allows.
        const timeouts = tally[DialOutcome.TIMEOUT] ?? 0;
        if (row.lastOutcome === DialOutcome.CONNECTED) expect(timeouts, context).toBeLessThan(maxAttempts('TIMEOUT'));
        else expect([row.lastOutcome, timeouts], context).toEqual([DialOutcome.TIMEOUT, maxAttempts('TIMEOUT')]);
        expect(humanPhone, context).toBe(timeouts + (row.lastOutcome === DialOutcome.CONNECTED ? 1 : 0));
      }
      if (kind.mobile === 'rejected') expect(tally, context).toEqual({ [DialOutcome.REJECTED]: 1 });
    }
    // Humans reached agents; AMD screened machines; humans nobody took in 2 s (if any: the next
    // test makes sure of some) were abandoned, logged as such, and counted as TIMEOUT.
    expect(rows.filter((row) => row.lastOutcome === DialOutcome.CONNECTED).length).toBeGreaterThan(10);
    expect(rows.filter((row) => row.lastOutcome === DialOutcome.MACHINE).length).toBeGreaterThan(5);
    const abandoned = calls.filter(([, call]) => call.types.some((type) => ABANDONED.has(type)));
    expect(
      rows.reduce((sum, row) => sum + (row.attemptsByOutcome[DialOutcome.TIMEOUT] ?? 0), 0),
    ).toBeGreaterThanOrEqual(abandoned.length);
    // The takeover happened with calls on.
    expect(atKill.dialing).toBeGreaterThan(0);
  }, 600_000);

  it('a human no agent takes within 2 s is abandoned: logged, counted as TIMEOUT and retried by its rule', async () => {
    dialerB ??= startDialerWorker({
      config: loadWorkersConfig(dialerConfig('dialer-b')),
      amiOptions,
      orm,
      events: bus,
      store,
      logger: pbx.logger,
    });
    // The agent's phone rings for 8 s before it answers: longer than a dialed human may wait.
    const { campaign } = await oneAgentCampaign(harness, {
      mix: [{ main: 'human' }, { main: 'human' }, { main: 'human' }],
      phone: { talkSeconds: 2, answerAfterMs: 8_000 },
    });
    await pollUntil(
      async () => (await orm.em.fork().findOneOrFail(Campaign, campaign.id)).state,
      (state) => state === CampaignState.FINISHED,
      { timeoutMs: 120_000, intervalMs: 1_000, what: 'the campaign to finish' },
    );
    const rows = await orm.em.fork().find(DialerContact, { campaign: campaign.id });
    const timeouts = maxAttempts('TIMEOUT');
    expect(rows.map((row) => [row.status, row.lastOutcome, row.attemptsByOutcome])).toEqual(
      rows.map(() => [DialerContactStatus.DONE, DialOutcome.TIMEOUT, { [DialOutcome.TIMEOUT]: timeouts }]),
    );
    const calls = await dialsFromLog(orm, campaign.id);
    expect(calls).toHaveLength(3 * timeouts);
    for (const [, call] of calls) {
      expect(call.types).toContain('ENTERQUEUE');
      // app_queue reports a caller leaving on the queue's timeout as an abandon.
      expect(call.types.filter((type) => ABANDONED.has(type))).toHaveLength(1);
      expect(call.types).not.toContain('CONNECT');
    }
  }, 180_000);
});
