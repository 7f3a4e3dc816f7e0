import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Redis } from 'ioredis';
import {
  AgentActivity,
  BuiltInRole,
  Campaign,
  CampaignState,
  Contact,
  DispositionOption,
  DispositionType,
  CampaignType,
  Pause,
  type AgentStateStore,
  type EventBus,
  type Orm,
} from '@switchboard/schema';
import {
  applyTelephonyConfiguration,
  callPlatform,
  campaignQueueName,
  clearTelephonyConfiguration,
  queueStatus,
  startTestPhone,
  amiClientOptions,
  type AmiClient,
  type AmiClientOptions,
  type TelephonyConfig,
  type TestPhone,
} from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { startAgentStatesWorker, type AgentStatesWorker } from '../../workers/src/agent-states/agent-states.worker.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createAgentGroup, createSipAgent, testAgentStateStore, type GroupSettings } from '../support/agent-factory.js';
import { loggedIn } from '../support/factories.js';
import { createContactDatabase } from '../support/campaign-fixtures.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { restClient } from '../support/rest-v1-client.js';

/** Waits until `check` holds. */
const until = (check: () => boolean | Promise<boolean>, { timeoutMs = 10_000 } = {}) =>
  pollUntil(check, (value) => value, { timeoutMs, intervalMs: 100 });
import { subscribe } from '../support/subscription-client.js';
import { createCampaign } from '../support/telephony-factory.js';
import { holdDatabaseConfiguration } from '../telephony/database-configuration-lock.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from '../telephony/pbx-harness.js';
import { testEventBus, testWorkersConfig } from '../workers/call-events-harness.js';

let pbx: TestPbx;
let config: TelephonyConfig;
let ami: AmiClient;
let api: ApiServer;
let orm: Orm;
let bus: EventBus;
let store: AgentStateStore;
let redis: Redis;
let worker: AgentStatesWorker | undefined;
let amiOptions: AmiClientOptions;
let supervisor: string;
let releaseConfiguration: (() => Promise<void>) | undefined;
const phones: TestPhone[] = [];

const STATE_FIELDS =
  'agentId state pauseId pauseName campaignIds callId callCampaignId phone phoneRegistered autoUnpauseAt dispositionPending';

function startWorker(scope = `agent-states-${randomInt(1e9)}`): AgentStatesWorker {
  return startAgentStatesWorker({
    config: testWorkersConfig(scope, { AGENT_STATES_SWEEP_MS: '100' }),
    amiOptions,
    orm,
    events: bus,
    store,
    logger: pbx.logger,
  });
}

beforeAll(async () => {
  pbx = await ensurePbx();
  config = pbx.config;
  releaseConfiguration = await holdDatabaseConfiguration(config);
  [ami, { api, orm }] = await Promise.all([pbx.connectAmi(), openTestApi()]);
  amiOptions = await amiClientOptions(config, pbx.logger);
  bus = testEventBus();
  ({ store, redis } = testAgentStateStore());
  supervisor = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
  worker = startWorker();
  await until(() => worker?.isLeader === true, { timeoutMs: 10_000 });
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all(phones.map((phone) => phone.stop()));
  await worker?.close();
  if (ami && !process.env['KEEP_DB_CONFIG']) await clearTelephonyConfiguration(ami, config, pbx.logger);
  await ami?.close();
  await bus?.close();
  redis?.disconnect();
  await closeTestApi(api, orm);
  await releaseConfiguration?.();
});

const apply = () => applyTelephonyConfiguration(orm, ami, config, pbx.logger);

async function agentWithPhone(groupSettings: GroupSettings = {}, talkSeconds = 600) {
  const agent = await createSipAgent(orm, api.url, await createAgentGroup(orm, groupSettings));
  return { ...agent, talkSeconds };
}

async function registerPhone(agent: { sipExtension: number; sipSecret: string }, talkSeconds = 600) {
  const phone = await startTestPhone(
    config,
    { name: String(agent.sipExtension), password: agent.sipSecret, talkSeconds, answerAfterMs: 300 },
    pbx.logger,
  );
  phones.push(phone);
  return phone;
}

async function inboundCampaign(agentIds: string[], settings: Partial<Campaign['queue']> = {}) {
  const campaign = await createCampaign(orm, { state: CampaignState.ACTIVE, agentIds });
  await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { type: CampaignType.INBOUND });
  if (Object.keys(settings).length > 0) {
    const em = orm.em.fork();
    const loaded = await em.findOneOrFail(Campaign, campaign.id);
    Object.assign(loaded.queue, settings);
    await em.flush();
  }
  const did = `5558${randomInt(100_000, 999_999)}`;
  ok(
    await graphql(
      api.url,
      'mutation ($input: CreateInboundRouteInput!) { createInboundRoute(input: $input) { id } }',
      { input: { name: did, did, destination: { type: 'CAMPAIGN', id: campaign.id } } },
      supervisor,
    ),
  );
  return { campaign, did };
}

const myState = async (token: string) =>
  ok(await graphql<{ myAgentState: Record<string, any> }>(api.url, `{ myAgentState { ${STATE_FIELDS} } }`, {}, token))
    .myAgentState;

async function queueMember(campaignId: string, agentId: string) {
  const queues = await queueStatus(ami);
  return queues.find((queue) => queue.queue === campaignQueueName(campaignId))?.members.find((m) => m.name === agentId);
}

const activities = (agentId: string) =>
  orm.em
    .fork()
    .find(AgentActivity, { agentId }, { orderBy: { occurredAt: 'asc', id: 'asc' } })
    .then((rows) => rows.map((row) => `${row.type}${row.pauseId ? `:${row.pauseId}` : ''}`));

async function newPause(name = `Break ${randomInt(1e6)}`) {
  const em = orm.em.fork();
  const pause = em.create(Pause, { name } as Pause);
  await em.flush();
  return pause;
}

describe('agent sessions', () => {
  it('log in into the active campaigns’ queues, pause with a reason, unpause and log out, each logged and published', async () => {
    const agent = await agentWithPhone();
    const { campaign } = await inboundCampaign([agent.agentId]);
    const idle = await createCampaign(orm, { state: CampaignState.INACTIVE, agentIds: [agent.agentId] });
    await apply();
    await registerPhone(agent);
    const pause = await newPause();
    const watcher = subscribe<{
      agentStateChanged: { kind: string; agent: { state: string; pauseId: string | null } };
    }>(
      api.url.replace('http', 'ws'),
      supervisor,
      `subscription ($id: ID) { agentStateChanged(agentId: $id) { kind from agent { state pauseId } } }`,
      { id: agent.agentId },
    );
    await until(() => watcher.received.length >= 1);
    expect(watcher.received[0]!.agentStateChanged).toMatchObject({ kind: 'SNAPSHOT', agent: { state: 'OFFLINE' } });

    const login = ok(
      await graphql<any>(api.url, `mutation { agentLogin { ${STATE_FIELDS} } }`, {}, agent.token),
    ).agentLogin;
    expect(login).toMatchObject({ state: 'READY', phoneRegistered: true, campaignIds: [campaign.id] });
    expect(login.campaignIds).not.toContain(idle.id);
    expect(await queueMember(campaign.id, agent.agentId)).toMatchObject({
      paused: '0',
      location: `PJSIP/${agent.sipExtension}`,
    });

    const paused = ok(
      await graphql<any>(
        api.url,
        `mutation ($p: ID!) { agentPause(pauseId: $p) { ${STATE_FIELDS} } }`,
        { p: pause.id },
        agent.token,
      ),
    ).agentPause;
    expect(paused).toMatchObject({ state: 'PAUSED', pauseId: pause.id, pauseName: pause.name });
    expect(await queueMember(campaign.id, agent.agentId)).toMatchObject({ paused: '1' });

    const ready = ok(
      await graphql<any>(api.url, `mutation { agentUnpause { ${STATE_FIELDS} } }`, {}, agent.token),
    ).agentUnpause;
    expect(ready).toMatchObject({ state: 'READY', pauseId: null });
    expect(await queueMember(campaign.id, agent.agentId)).toMatchObject({ paused: '0' });

    const out = ok(
      await graphql<any>(api.url, `mutation { agentLogout { ${STATE_FIELDS} } }`, {}, agent.token),
    ).agentLogout;
    expect(out).toMatchObject({ state: 'OFFLINE', campaignIds: [] });
    expect(await queueMember(campaign.id, agent.agentId)).toBeUndefined();

    expect(await activities(agent.agentId)).toEqual(['LOGIN', `PAUSE:${pause.id}`, `UNPAUSE:${pause.id}`, 'LOGOUT']);
    await until(() => watcher.received.length >= 5);
    expect(watcher.received.map((event) => event.agentStateChanged.agent.state)).toEqual([
      'OFFLINE',
      'READY',
      'PAUSED',
      'READY',
      'OFFLINE',
    ]);
    watcher.dispose();
  });

  it('refuse what the agent may not do now, with a clear reason', async () => {
    const agent = await agentWithPhone();
    const pause = await newPause();
    const notIn = failed(
      await graphql(api.url, 'mutation ($p: ID!) { agentPause(pauseId: $p) { state } }', { p: pause.id }, agent.token),
      'CONFLICT',
    );
    expect(notIn.extensions?.['reason']).toBe('AGENT_SESSION_NOT_LOGGED_IN');
    ok(await graphql(api.url, 'mutation { agentLogin { state } }', {}, agent.token));
    const inactive = await newPause();
    await orm.em.fork().nativeUpdate(Pause, { id: inactive.id }, { active: false });
    const refused = failed(
      await graphql(
        api.url,
        'mutation ($p: ID!) { agentPause(pauseId: $p) { state } }',
        { p: inactive.id },
        agent.token,
      ),
      'BAD_USER_INPUT',
    );
    expect(refused.extensions?.['reason']).toBe('AGENT_SESSION_PAUSE_INACTIVE');
    const PAUSE = 'mutation ($p: ID!) { agentPause(pauseId: $p) { state } }';
    const unknown = failed(await graphql(api.url, PAUSE, { p: randomUUID() }, agent.token), 'BAD_USER_INPUT');
    expect(unknown.message).toMatch(/pauseId: no pause/);
    failed(await graphql(api.url, PAUSE, { p: 'coffee' }, agent.token), 'BAD_USER_INPUT');
    failed(await graphql(api.url, 'mutation { agentLogin { state } }', {}, supervisor), 'FORBIDDEN');
    // Without a registered phone the agent is logged in but unreachable.
    expect(await myState(agent.token)).toMatchObject({ state: 'UNAVAILABLE', phoneRegistered: false });
    ok(await graphql(api.url, 'mutation { agentLogout { state } }', {}, agent.token));
  });

  it("do the same through the CRM bridge's asterisk_* endpoints, always 200 with OK or ERROR", async () => {
    const agent = await agentWithPhone();
    const { campaign } = await inboundCampaign([agent.agentId]);
    await apply();
    await registerPhone(agent);
    const pause = await newPause();
    const rest = restClient(api);
    const post = (path: string, body?: Record<string, unknown>, token = agent.token) =>
      rest('POST', `/${path}/`, { token, body, encoding: 'form' });

    expect(await post('asterisk_pause', { pause_id: pause.id })).toMatchObject({
      status: 200,
      body: { status: 'ERROR', message: expect.stringMatching(/logged in/i) },
    });
    expect(await post('asterisk_login')).toMatchObject({ status: 200, body: { status: 'OK' } });
    expect(await queueMember(campaign.id, agent.agentId)).toMatchObject({ paused: '0' });
    expect(await post('asterisk_pause', { pause_id: pause.id })).toMatchObject({ status: 200, body: { status: 'OK' } });
    expect(await myState(agent.token)).toMatchObject({ state: 'PAUSED', pauseId: pause.id });
    expect(await queueMember(campaign.id, agent.agentId)).toMatchObject({ paused: '1' });
    // OMniLeads' ACW and Supervision ids, an unknown pause, no pause_id: refused, nothing changes.
    for (const pauseId of ['0', '00', 'coffee', randomUUID()]) {
      expect(await post('asterisk_pause', { pause_id: pauseId })).toMatchObject({
        status: 200,
        body: { status: 'ERROR', message: expect.any(String) },
      });
    }
    const missing = await rest('POST', '/asterisk_pause', { token: agent.token, body: {} });
    expect(missing).toMatchObject({ status: 400, body: { pause_id: [expect.any(String)] } });
    const integer = await rest('POST', '/asterisk_pause', { token: agent.token, body: { pause_id: 0 } });
    expect(integer).toMatchObject({ status: 400, body: { pause_id: [expect.any(String)] } });
    expect(await myState(agent.token)).toMatchObject({ state: 'PAUSED', pauseId: pause.id });

    expect(await post('asterisk_unpause')).toMatchObject({ status: 200, body: { status: 'OK' } });
    expect(await queueMember(campaign.id, agent.agentId)).toMatchObject({ paused: '0' });
    expect(await post('asterisk_logout')).toMatchObject({ status: 200, body: { status: 'OK' } });
    expect(await queueMember(campaign.id, agent.agentId)).toBeUndefined();
    expect(await activities(agent.agentId)).toEqual(['LOGIN', `PAUSE:${pause.id}`, `UNPAUSE:${pause.id}`, 'LOGOUT']);

    // Agents only, as in OMniLeads; no token or a bad one is 403 too, never 401.
    expect((await post('asterisk_login', undefined, supervisor)).status).toBe(403);
    expect((await post('asterisk_login', undefined, 'not-a-token')).status).toBe(403);
    expect((await rest('POST', '/asterisk_login/')).status).toBe(403);
    expect(await queueMember(campaign.id, agent.agentId)).toBeUndefined();
  });

  it('ring, connect and end in ACW, then return to READY after the group’s auto-unpause seconds', async () => {
    const agent = await agentWithPhone({ autoUnpauseSeconds: 2 });
    const { campaign, did } = await inboundCampaign([agent.agentId]);
    await apply();
    await registerPhone(agent);
    ok(await graphql(api.url, 'mutation { agentLogin { state } }', {}, agent.token));
    const watcher = subscribe<{
      agentStateChanged: { agent: { state: string; callCampaignId: string | null; pauseId: string | null } };
    }>(
      api.url.replace('http', 'ws'),
      agent.token,
      'subscription { agentStateChanged { agent { state callCampaignId pauseId } } }',
    );
    await until(() => watcher.received.length >= 1);

    await callPlatform(ami, { did, callerId: `11${randomInt(10_000_000, 99_999_999)}`, talkSeconds: 3 });
    await until(async () => (await myState(agent.token)).state === 'ON_CALL', { timeoutMs: 20_000 });
    expect(await myState(agent.token)).toMatchObject({ callCampaignId: campaign.id });
    await until(async () => (await myState(agent.token)).pauseId === 'ACW', { timeoutMs: 20_000 });
    expect(await myState(agent.token)).toMatchObject({ state: 'PAUSED', pauseName: 'ACW' });
    expect(await queueMember(campaign.id, agent.agentId)).toMatchObject({ paused: '1' });
    await until(async () => (await myState(agent.token)).state === 'READY', { timeoutMs: 10_000 });
    expect(await queueMember(campaign.id, agent.agentId)).toMatchObject({ paused: '0' });

    const states = watcher.received.map((event) => event.agentStateChanged.agent.state);
    expect(states).toEqual(expect.arrayContaining(['RINGING', 'ON_CALL', 'PAUSED', 'READY']));
    expect(states.indexOf('RINGING')).toBeLessThan(states.indexOf('ON_CALL'));
    expect(await activities(agent.agentId)).toEqual(['LOGIN', 'PAUSE:ACW', 'UNPAUSE:ACW']);
    watcher.dispose();
    ok(await graphql(api.url, 'mutation { agentLogout { state } }', {}, agent.token));
  });

  it('keep an agent whose group forces dispositions in ACW until it dispositions the call', async () => {
    const agent = await agentWithPhone({ autoUnpauseSeconds: 1, forceDisposition: true });
    const { campaign, did } = await inboundCampaign([agent.agentId]);
    const database = await createContactDatabase(orm);
    const em = orm.em.fork();
    const contact = em.create(Contact, { database: database.id, phone: '+541155550000', data: {} } as never);
    const option = em.create(DispositionOption, {
      campaign: campaign.id,
      name: 'Done',
      type: DispositionType.NO_ACTION,
    } as never);
    await em.flush();
    await orm.em.fork().nativeUpdate(Campaign, { id: campaign.id }, { contactDatabase: database.id });
    await apply();
    await registerPhone(agent);
    ok(await graphql(api.url, 'mutation { agentLogin { state } }', {}, agent.token));
    await callPlatform(ami, { did, callerId: `11${randomInt(10_000_000, 99_999_999)}`, talkSeconds: 2 });
    await until(async () => (await myState(agent.token)).pauseId === 'ACW', { timeoutMs: 20_000 });
    const inAcw = await myState(agent.token);
    expect(inAcw).toMatchObject({ dispositionPending: true, callCampaignId: campaign.id });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await myState(agent.token)).toMatchObject({ state: 'PAUSED', pauseId: 'ACW' });
    const refused = failed(await graphql(api.url, 'mutation { agentUnpause { state } }', {}, agent.token), 'CONFLICT');
    expect(refused.extensions?.['reason']).toBe('AGENT_SESSION_DISPOSITION_PENDING');

    ok(
      await graphql(
        api.url,
        'mutation ($input: DisposeContactInput!) { disposeContact(input: $input) { id } }',
        {
          input: {
            campaignId: campaign.id,
            contactId: (contact as Contact).id,
            optionId: (option as DispositionOption).id,
            callId: inAcw.callId,
          },
        },
        agent.token,
      ),
    );
    await until(async () => (await myState(agent.token)).state === 'READY', { timeoutMs: 5_000 });
    ok(await graphql(api.url, 'mutation { agentLogout { state } }', {}, agent.token));
  });

  it('let a supervisor force a pause and a logout, and show the agent’s campaign to supervisors', async () => {
    const agent = await agentWithPhone();
    const { campaign } = await inboundCampaign([agent.agentId]);
    await apply();
    await registerPhone(agent);
    ok(await graphql(api.url, 'mutation { agentLogin { state } }', {}, agent.token));
    const forced = ok(
      await graphql<any>(
        api.url,
        `mutation ($a: ID!) { forceAgentPause(agentId: $a) { ${STATE_FIELDS} } }`,
        { a: agent.agentId },
        supervisor,
      ),
    ).forceAgentPause;
    expect(forced).toMatchObject({ state: 'PAUSED', pauseId: 'SUPERVISOR' });
    const listed = ok(
      await graphql<any>(
        api.url,
        'query ($c: ID) { agentStates(campaignId: $c) { agentId state } }',
        { c: campaign.id },
        supervisor,
      ),
    ).agentStates;
    expect(listed).toEqual([{ agentId: agent.agentId, state: 'PAUSED' }]);
    const out = ok(
      await graphql<any>(
        api.url,
        `mutation ($a: ID!) { forceAgentLogout(agentId: $a) { ${STATE_FIELDS} } }`,
        { a: agent.agentId },
        supervisor,
      ),
    ).forceAgentLogout;
    expect(out).toMatchObject({ state: 'OFFLINE' });
    expect(await queueMember(campaign.id, agent.agentId)).toBeUndefined();
    const other = await agentWithPhone();
    failed(
      await graphql(
        api.url,
        'mutation ($a: ID!) { forceAgentPause(agentId: $a) { state } }',
        { a: agent.agentId },
        other.token,
      ),
      'FORBIDDEN',
    );
    expect(await activities(agent.agentId)).toEqual(['LOGIN', 'PAUSE:SUPERVISOR', 'UNPAUSE:SUPERVISOR', 'LOGOUT']);
  });

  it('show an agent whose phone unregisters as UNAVAILABLE, and READY again when it registers', async () => {
    const agent = await agentWithPhone();
    await inboundCampaign([agent.agentId]);
    await apply();
    const phone = await registerPhone(agent);
    ok(await graphql(api.url, 'mutation { agentLogin { state } }', {}, agent.token));
    await phone.stop();
    await until(async () => (await myState(agent.token)).state === 'UNAVAILABLE', { timeoutMs: 10_000 });
    await registerPhone(agent);
    await until(async () => (await myState(agent.token)).state === 'READY', { timeoutMs: 10_000 });
    ok(await graphql(api.url, 'mutation { agentLogout { state } }', {}, agent.token));
  });

  it('rebuild after the worker dies mid-call and after Redis loses the states', async () => {
    const agent = await agentWithPhone({ autoUnpauseSeconds: 1 });
    const { campaign, did } = await inboundCampaign([agent.agentId]);
    await apply();
    await registerPhone(agent);
    ok(await graphql(api.url, 'mutation { agentLogin { state } }', {}, agent.token));
    await callPlatform(ami, { did, callerId: `11${randomInt(10_000_000, 99_999_999)}`, talkSeconds: 4 });
    await until(async () => (await myState(agent.token)).state === 'ON_CALL', { timeoutMs: 20_000 });

    // The worker dies mid-call; the call ends while nobody follows the phone.
    await worker?.close();
    worker = undefined;
    await until(
      async () =>
        !(await queueStatus(ami)).some((queue) => queue.waiting.length > 0) && (await callGone(agent.sipExtension)),
      {
        timeoutMs: 20_000,
      },
    );
    expect((await myState(agent.token)).state).toBe('ON_CALL');
    worker = startWorker();
    await until(async () => (await myState(agent.token)).state === 'READY', { timeoutMs: 20_000 });

    // Redis loses every live state and Asterisk its members: both come back from the log.
    await redis.del(...(await redis.keys(`${inject('redisPrefix')}agent-state*`)));
    await ami.send({
      action: 'QueueRemove',
      queue: campaignQueueName(campaign.id),
      interface: `PJSIP/${agent.sipExtension}`,
    });
    await worker.close();
    worker = startWorker();
    await until(async () => (await myState(agent.token)).state === 'READY', { timeoutMs: 20_000 });
    await until(async () => (await queueMember(campaign.id, agent.agentId)) !== undefined, { timeoutMs: 10_000 });
    ok(await graphql(api.url, 'mutation { agentLogout { state } }', {}, agent.token));
  });
});

async function callGone(extension: number): Promise<boolean> {
  const listing = await ami.sendList({ action: 'CoreShowChannels' });
  return !listing.some((event) => String(event['channel'] ?? '').startsWith(`PJSIP/${extension}-`));
}
