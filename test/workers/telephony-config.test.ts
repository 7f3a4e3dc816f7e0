import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentGroup, AgentProfile, BuiltInRole, Role, Trunk, type Orm } from '@switchboard/schema';
import {
  ROUTES_CONTEXT,
  amiClientOptions,
  clearTelephonyConfiguration,
  fakePstnNumber,
  fakePstnTrunkDetails,
  phoneDialContext,
  placeTestCall,
  runCliCommand,
  startTestPhone,
  type AmiClient,
  type TelephonyConfig,
} from '@switchboard/telephony';
import { startTelephonyConfigWorker, type TelephonyConfigWorker } from '../../workers/src/index.js';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createAgentGroup, createSipAgent } from '../support/agent-factory.js';
import { loggedIn, PASSWORD, unique } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { pollUntil } from '../support/poll-until.js';
import { holdDatabaseConfiguration } from '../telephony/database-configuration-lock.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from '../telephony/pbx-harness.js';
import { testTelephonyConfig } from '../telephony/test-telephony-config.js';
import { amiRelay, testEventBus, testWorkersConfig } from './call-events-harness.js';

let pbx: TestPbx;
let telephony: TelephonyConfig;
let ami: AmiClient;
let api: ApiServer;
let orm: Orm;
let admin: string;
let releaseConfiguration: (() => Promise<void>) | undefined;
let relay: Awaited<ReturnType<typeof amiRelay>>;
const events = testEventBus();
const workers: TelephonyConfigWorker[] = [];
// A lease key of this file's own, so that other files' workers do not compete for it.
const leaseScope = unique('telephony-config');

beforeAll(async () => {
  pbx = await ensurePbx();
  // Not database-configuration.test's FastAGI port: the worker binds its own while leading.
  telephony = testTelephonyConfig({ FASTAGI_PORT: process.env['FASTAGI_PORT'] ?? '14574' });
  releaseConfiguration = await holdDatabaseConfiguration(telephony);
  [ami, { api, orm }] = await Promise.all([pbx.connectAmi(), openTestApi()]);
  admin = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
  relay = await amiRelay(telephony.PBX_AMI_PORT);
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.close()));
  await relay?.close();
  if (ami && !process.env['KEEP_DB_CONFIG']) await clearTelephonyConfiguration(ami, telephony, pbx.logger);
  await ami?.close();
  await events.close();
  await closeTestApi(api, orm);
  await releaseConfiguration?.();
});

async function startWorker(workerId: string): Promise<TelephonyConfigWorker> {
  const config = testWorkersConfig(leaseScope, { WORKER_ID: workerId, TELEPHONY_CONFIG_DEBOUNCE_MS: '200' });
  const worker = startTelephonyConfigWorker({
    config,
    telephony,
    // Through the relay, so that a test can drop the workers' AMI sessions and only theirs.
    amiOptions: { ...(await amiClientOptions(telephony, pbx.logger)), port: relay.port },
    orm,
    events,
    logger: pbx.logger,
  });
  workers.push(worker);
  return worker;
}

const cli = async (command: string) => (await runCliCommand(ami, command)).join('\n');

/** Until Asterisk has (or no longer has) the endpoint, through its own CLI. */
function endpointLoaded(name: string, present = true) {
  return pollUntil(
    () => cli(`pjsip show endpoint ${name}`),
    (output) => output.includes('Unable to find object') !== present,
    { timeoutMs: 15_000, intervalMs: 200, what: `endpoint ${name} ${present ? 'in' : 'gone from'} Asterisk` },
  );
}

/** A pjsip wizard trunk to a local port: no DNS (the chroot has none), no registration. */
const trunkInput = () => ({
  name: unique('trunk'),
  sipDetails: ['remote_hosts=127.0.0.1:5999', 'endpoint/allow=ulaw', 'endpoint/media_address=127.0.0.1'].join('\n'),
});

const CREATE_TRUNK = 'mutation ($input: CreateTrunkInput!) { createTrunk(input: $input) { id name } }';
const DELETE_TRUNK = 'mutation ($id: ID!) { deleteTrunk(id: $id) }';
const CREATE_ROUTE = 'mutation ($input: CreateOutboundRouteInput!) { createOutboundRoute(input: $input) { id } }';
const CREATE_USER =
  'mutation ($input: CreateUserInput!) { createUser(input: $input) { id agentProfile { sipExtension } } }';

describe('workers/telephony-config', () => {
  let leader: TelephonyConfigWorker;
  let standby: TelephonyConfigWorker;

  it('runs one leader among two workers', async () => {
    const [first, second] = await Promise.all([startWorker(unique('first')), startWorker(unique('second'))]);
    await pollUntil(
      () => [first!.isLeader, second!.isLeader],
      (leading) => leading.includes(true),
      { timeoutMs: 10_000, intervalMs: 50, what: 'a leader' },
    );
    [leader, standby] = first!.isLeader ? [first!, second!] : [second!, first!];
    expect(standby.isLeader).toBe(false);
  });

  it('loads a trunk created through the API into Asterisk, and removes it when deleted', async () => {
    const trunk = ok(await graphql(api.url, CREATE_TRUNK, { input: trunkInput() }, admin)).createTrunk;
    await endpointLoaded(trunk.name);
    ok(await graphql(api.url, DELETE_TRUNK, { id: trunk.id }, admin));
    await endpointLoaded(trunk.name, false);
    // Only the leader applies.
    expect(leader.appliedCount).toBeGreaterThan(0);
    expect(standby.appliedCount).toBe(0);
  });

  it('loads an outbound route and an agent phone created through the API', async () => {
    const trunk = ok(await graphql(api.url, CREATE_TRUNK, { input: trunkInput() }, admin)).createTrunk;
    const prefix = `8${randomInt(1000, 9999)}`;
    const route = { name: unique('route'), patterns: [{ prefix, pattern: 'NXXXXXX' }], trunkIds: [trunk.id] };
    ok(await graphql(api.url, CREATE_ROUTE, { input: route }, admin));
    await pollUntil(
      // Each route has a context of its own, included by the routes context; the CLI fails until then.
      () => cli(`dialplan show ${prefix}2345678@${ROUTES_CONTEXT}`).catch(() => ''),
      (output) => output.includes(`_${prefix}NXXXXXX`),
      { timeoutMs: 15_000, intervalMs: 200, what: `route ${route.name} in the dialplan` },
    );

    const em = orm.em.fork();
    const group = em.create(AgentGroup, { name: unique('group') } as AgentGroup);
    await em.flush();
    const agentRole = await em.findOneOrFail(Role, { builtIn: BuiltInRole.AGENT });
    const input = { username: unique('agent'), password: PASSWORD, roleId: agentRole.id, agent: { groupId: group.id } };
    const user = ok(await graphql(api.url, CREATE_USER, { input }, admin)).createUser;
    await endpointLoaded(String(user.agentProfile.sipExtension));
  });

  it('hands over to the standby, which applies the next change', async () => {
    await leader.close();
    await pollUntil(() => standby.isLeader, Boolean, { timeoutMs: 10_000, intervalMs: 50, what: 'the take-over' });
    const trunk = ok(await graphql(api.url, CREATE_TRUNK, { input: trunkInput() }, admin)).createTrunk;
    await endpointLoaded(trunk.name);
    expect(standby.appliedCount).toBeGreaterThan(0);
  });

  it('applies a burst of changes in fewer reloads than changes', async () => {
    const before = standby.appliedCount;
    const trunks = await Promise.all(
      [1, 2, 3, 4, 5].map(
        async () => ok(await graphql(api.url, CREATE_TRUNK, { input: trunkInput() }, admin)).createTrunk,
      ),
    );
    for (const trunk of trunks) await endpointLoaded(trunk.name);
    // One, unless another test file's change landed in between.
    expect(standby.appliedCount - before).toBeLessThan(trunks.length);
  });

  it('re-applies after AMI reconnects: a change made meanwhile without any event is loaded', async () => {
    const em = orm.em.fork();
    const trunk = em.create(Trunk, { ...trunkInput() } as Trunk);
    await em.flush();
    expect(await cli(`pjsip show endpoint ${trunk.name}`)).toContain('Unable to find object');
    relay.cut();
    await endpointLoaded(trunk.name);
  });
});

/** Whether a SIP phone with these credentials can register now (sipp: refused means it throws). */
async function registers(name: string, password: string): Promise<boolean> {
  const phone = await startTestPhone(telephony, { name, password, talkSeconds: 1 }, pbx.logger).catch(() => null);
  await phone?.stop();
  return phone !== null;
}

function untilRegistration(name: string, password: string, expected: boolean) {
  return pollUntil(
    () => registers(name, password),
    (result) => result === expected,
    { timeoutMs: 20_000, intervalMs: 300, what: `${name} ${expected ? 'registering' : 'refused'}` },
  );
}

/** Until Asterisk gives the endpoint this dialplan context. */
function endpointContext(name: string, context: string) {
  return pollUntil(
    () => cli(`pjsip show endpoint ${name}`),
    (output) => new RegExp(`context\\s*:\\s*${context}\\b`).test(output),
    { timeoutMs: 15_000, intervalMs: 200, what: `endpoint ${name} in context ${context}` },
  );
}

const UPDATE_USER = 'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }';
const UNLOCK_USER = 'mutation ($id: ID!) { unlockUser(id: $id) { id } }';
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const ROTATE = 'mutation ($userId: ID!) { rotateSipCredentials(userId: $userId) }';
const MY_SIP = '{ mySipCredentials { username password } }';
const UPDATE_GROUP =
  'mutation ($id: ID!, $input: UpdateAgentGroupInput!) { updateAgentGroup(id: $id, input: $input) { id } }';

/** A SIP agent whose endpoint Asterisk has loaded (the factory writes rows without an event). */
async function loadedSipAgent(group?: AgentGroup) {
  const agent = await createSipAgent(orm, api.url, group);
  events.publish('telephony.configuration_changed', { source: 'test' });
  await endpointLoaded(String(agent.sipExtension));
  return agent;
}

describe('who has a working phone', () => {
  it('drops the endpoint of a deactivated user: its phone can no longer register', async () => {
    const agent = await loadedSipAgent();
    const name = String(agent.sipExtension);
    expect(await registers(name, agent.sipSecret)).toBe(true);
    ok(await graphql(api.url, UPDATE_USER, { id: agent.user.id, input: { active: false } }, admin));
    await endpointLoaded(name, false);
    expect(await registers(name, agent.sipSecret)).toBe(false);
  });

  it('drops the endpoint of a user locked by failed logins, and gives it back with a new secret on unlock', async () => {
    const agent = await loadedSipAgent();
    const name = String(agent.sipExtension);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await graphql(api.url, LOGIN, { u: agent.username, p: 'wrong password' }, null);
    }
    await endpointLoaded(name, false);
    ok(await graphql(api.url, UNLOCK_USER, { id: agent.user.id }, admin));
    await endpointLoaded(name);
    const profile = await orm.em.fork().findOneOrFail(AgentProfile, { id: agent.agentId });
    // The lock rotated the secret: what the phone held before no longer registers.
    expect(profile.sipSecret).not.toBe(agent.sipSecret);
    expect(await registers(name, agent.sipSecret)).toBe(false);
    expect(await registers(name, profile.sipSecret)).toBe(true);
  });
});

describe('SIP secret rotation', () => {
  it('rotates on request: mySipCredentials hands the new secret and the old one stops registering', async () => {
    const agent = await loadedSipAgent();
    const name = String(agent.sipExtension);
    const before = ok(await graphql(api.url, MY_SIP, {}, agent.token)).mySipCredentials;
    expect(before.password).toBe(agent.sipSecret);
    expect(ok(await graphql(api.url, ROTATE, { userId: agent.user.id }, agent.token)).rotateSipCredentials).toBe(true);
    const after = ok(await graphql(api.url, MY_SIP, {}, agent.token)).mySipCredentials;
    expect(after.password).not.toBe(before.password);
    await untilRegistration(name, before.password, false);
    expect(await registers(name, after.password)).toBe(true);
    // Another agent may not rotate someone else's phone.
    const other = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    failed(await graphql(api.url, ROTATE, { userId: agent.user.id }, other.token), 'FORBIDDEN');
  });

  it('rotates wherever tokens are revoked: a password change gives the phone a new secret', async () => {
    const agent = await loadedSipAgent();
    const name = String(agent.sipExtension);
    ok(await graphql(api.url, UPDATE_USER, { id: agent.user.id, input: { password: `${PASSWORD}-new` } }, admin));
    const profile = await orm.em.fork().findOneOrFail(AgentProfile, { id: agent.agentId });
    expect(profile.sipSecret).not.toBe(agent.sipSecret);
    await untilRegistration(name, agent.sipSecret, false);
    expect(await registers(name, profile.sipSecret)).toBe(true);
  });
});

describe('what a phone may dial by itself', () => {
  it('refuses an external number to a group without out-of-campaign calls, and connects it once allowed', async () => {
    const trunk = ok(
      await graphql(
        api.url,
        CREATE_TRUNK,
        { input: { name: unique('pstn'), sipDetails: fakePstnTrunkDetails(telephony.PBX_PSTN_PORT) } },
        admin,
      ),
    ).createTrunk;
    const prefix = `7${randomInt(1000, 9999)}`;
    const route = { name: unique('route'), patterns: [{ prefix, pattern: 'XXXXXXX' }], trunkIds: [trunk.id] };
    ok(await graphql(api.url, CREATE_ROUTE, { input: route }, admin));
    const group = await createAgentGroup(orm, { allowOutOfCampaignCalls: false });
    const agent = await loadedSipAgent(group);
    const name = String(agent.sipExtension);
    await endpointContext(name, phoneDialContext({ externalNumbers: false, otherAgents: true }));
    const number = `${prefix}${fakePstnNumber('human', 3)}`;
    const call = { name, password: agent.sipSecret, number, talkMs: 1000 };
    expect(await placeTestCall(telephony, call)).toEqual({ answered: false, refusedWith: 404 });

    ok(await graphql(api.url, UPDATE_GROUP, { id: group.id, input: { allowOutOfCampaignCalls: true } }, admin));
    await endpointContext(name, phoneDialContext({ externalNumbers: true, otherAgents: true }));
    expect(await placeTestCall(telephony, call)).toEqual({ answered: true, refusedWith: null });
  });
});
