import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AMD_DEFAULTS, AgentGroup, BuiltInRole, PhoneAccount, Role, type Orm } from '@switchboard/schema';
import {
  applyTelephonyConfiguration,
  clearTelephonyConfiguration,
  databaseConfiguration,
  runCliCommand,
  type AmiClient,
  type TelephonyModel,
} from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { launchChromium } from '../support/browser.js';
import { PASSWORD, loggedIn, login, unique } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { serveJsSipPage, type WebphonePage } from '../webphone/jssip-page.js';
import { holdDatabaseConfiguration } from './database-configuration-lock.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from './pbx-harness.js';

interface Credentials {
  username: string;
  password: string;
  wsUrl: string;
  domain: string;
  uri: string;
}

const CREDENTIALS = '{ mySipCredentials { username password wsUrl domain uri } }';

let api: ApiServer;
let orm: Orm;
let adminToken: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  adminToken = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
});

afterAll(() => closeTestApi(api, orm));

const roleId = async (builtIn: BuiltInRole) => (await orm.em.fork().findOneOrFail(Role, { builtIn })).id;

async function agentGroupId(): Promise<string> {
  const em = orm.em.fork();
  const group = em.create(AgentGroup, { name: unique('group') } as AgentGroup);
  await em.flush();
  return group.id;
}

/** A user made through the API, as an administrator would: the user service gives phones. */
async function createUser(builtIn: BuiltInRole, agent?: { sipExtension?: number }) {
  const username = unique(builtIn.toLowerCase());
  const input = {
    username,
    password: PASSWORD,
    roleId: await roleId(builtIn),
    ...(agent ? { agent: { groupId: await agentGroupId(), ...agent } } : {}),
  };
  const result = await graphql<{ createUser: { id: string; agentProfile: { sipExtension: number } | null } }>(
    api.url,
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id agentProfile { sipExtension } } }',
    { input },
    adminToken,
  );
  return { result, username };
}

async function created(builtIn: BuiltInRole, agent?: { sipExtension?: number }) {
  const { result, username } = await createUser(builtIn, agent);
  return { id: ok(result).createUser.id, username, token: await login(api.url, username) };
}

const credentialsOf = async (token: string) =>
  ok(await graphql<{ mySipCredentials: Credentials | null }>(api.url, CREDENTIALS, {}, token)).mySipCredentials;

const phoneAccountOf = (userId: string) => orm.em.fork().findOne(PhoneAccount, { user: userId });

describe('supervisor phones', () => {
  it('generates a supervisor webphone like an agent one, without an agent id', async () => {
    const model: TelephonyModel = {
      phones: [
        {
          extension: '1001',
          secret: 'agent-secret',
          displayName: 'Ana',
          agentId: 'agent-1',
          role: 'agent',
          transport: 'webrtc',
        },
        {
          extension: '1002',
          secret: 'supervisor-secret',
          displayName: 'Sol',
          agentId: null,
          role: 'supervisor',
          transport: 'webrtc',
        },
      ],
      trunks: [],
      routes: [],
      queues: [],
      amd: { ...AMD_DEFAULTS },
    };
    const files = databaseConfiguration(model, {
      sipDomain: 'switchboard.local',
      agi: { host: '127.0.0.1', port: 4573 },
      recordings: { directory: '/recordings', fileNamePattern: '{callId}.wav' },
    });
    await expect(files.get('pjsip.conf')).toMatchFileSnapshot('__snapshots__/supervisor-phones.pjsip.conf');
  });

  it('hands each supervisor and agent its own phone, numbered from one sequence', async () => {
    const first = await created(BuiltInRole.SUPERVISOR);
    const agent = await created(BuiltInRole.AGENT, {});
    const second = await created(BuiltInRole.BASIC_SUPERVISOR);
    const [one, two, three] = await Promise.all([first, agent, second].map((user) => credentialsOf(user.token)));
    const account = (await phoneAccountOf(first.id))!;
    expect(one).toMatchObject({ username: String(account.sipExtension), password: account.sipSecret });
    // One sequence across both tables: each new phone takes the next number.
    expect([Number(two!.username), Number(three!.username)]).toEqual([
      account.sipExtension + 1,
      account.sipExtension + 2,
    ]);
    expect(new Set([one!.password, two!.password, three!.password]).size).toBe(3);
    expect(three!.uri).toBe(`sip:${three!.username}@${three!.domain}`);
  });

  it("refuses an agent a supervisor's extension", async () => {
    const supervisor = await created(BuiltInRole.SUPERVISOR);
    const extension = (await phoneAccountOf(supervisor.id))!.sipExtension;
    const { result } = await createUser(BuiltInRole.AGENT, { sipExtension: extension });
    failed(result, 'CONFLICT');
  });

  it('removes the phone when the user stops supervising, and gives a new one when it starts again', async () => {
    const user = await created(BuiltInRole.SUPERVISOR);
    const update = (input: Record<string, unknown>) =>
      graphql(
        api.url,
        'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }',
        { id: user.id, input },
        adminToken,
      );
    ok(await update({ roleId: await roleId(BuiltInRole.AGENT), agent: { groupId: await agentGroupId() } }));
    // An agent's phone is its agent profile's; the supervisor phone is gone.
    expect(await phoneAccountOf(user.id)).toBeNull();
    ok(await update({ roleId: await roleId(BuiltInRole.SUPERVISOR) }));
    expect(await phoneAccountOf(user.id)).not.toBeNull();
    expect(await credentialsOf(await login(api.url, user.username))).toMatchObject({
      username: String((await phoneAccountOf(user.id))!.sipExtension),
    });
  });

  it('gives and takes the phones of a custom role that gains or loses SUPERVISION', async () => {
    const mutate = async (query: string, variables: Record<string, unknown>) =>
      ok(await graphql<Record<string, { id: string }>>(api.url, query, variables, adminToken));
    const role = (
      await mutate('mutation ($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
        input: { name: unique('watcher'), permissions: ['CAMPAIGNS_READ'] },
      })
    )['createRole']!;
    const username = unique('watcher');
    const user = (
      await mutate('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { username, password: PASSWORD, roleId: role.id },
      })
    )['createUser']!;
    expect(await phoneAccountOf(user.id)).toBeNull();
    const setPermissions = (permissions: string[]) =>
      mutate('mutation ($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }', {
        id: role.id,
        input: { permissions },
      });
    await setPermissions(['CAMPAIGNS_READ', 'SUPERVISION']);
    expect(await phoneAccountOf(user.id)).not.toBeNull();
    await setPermissions(['CAMPAIGNS_READ']);
    expect(await phoneAccountOf(user.id)).toBeNull();
  });
});

describe('a supervisor webphone on the real Asterisk', () => {
  let pbx: TestPbx;
  let ami: AmiClient;
  let browser: Browser;
  let page: WebphonePage;
  let releaseConfiguration: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    pbx = await ensurePbx();
    releaseConfiguration = await holdDatabaseConfiguration(pbx.config);
    ami = await pbx.connectAmi();
    page = await serveJsSipPage();
    browser = await launchChromium();
  }, PBX_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    page?.close();
    if (ami) await clearTelephonyConfiguration(ami, pbx.config, pbx.logger);
    await ami?.close();
    await releaseConfiguration?.();
  });

  it('registers with the credentials the API hands that supervisor only', async () => {
    const [mine, other] = await Promise.all([created(BuiltInRole.SUPERVISOR), created(BuiltInRole.SUPERVISOR)]);
    const credentials = (await credentialsOf(mine.token))!;
    await applyTelephonyConfiguration(orm, ami, pbx.config, pbx.logger);
    const endpoint = (await runCliCommand(ami, `pjsip show endpoint ${credentials.username}`)).join('\n');
    // Loaded as a WebRTC endpoint, like an agent's: supervisors will listen and whisper on calls.
    expect(endpoint).toMatch(/webrtc\s*:\s*yes/);
    expect(endpoint).toMatch(/use_avpf\s*:\s*true/);
    expect(endpoint).toMatch(/allow\s*:\s*\(opus\|ulaw\)/);

    const register = async (as: Credentials) => {
      const tab = await browser.newPage();
      try {
        await tab.goto(page.url);
        return await tab.evaluate(
          (credentials) =>
            new Promise<string>((resolve) => {
              const JsSIP = (window as any).JsSIP;
              const ua = new JsSIP.UA({
                sockets: [new JsSIP.WebSocketInterface(credentials.wsUrl)],
                uri: credentials.uri,
                password: credentials.password,
                register: true,
              });
              (window as any).ua = ua;
              ua.on('registered', () => resolve('registered'));
              ua.on('registrationFailed', (event: any) => resolve(`failed: ${event.cause}`));
              ua.start();
              setTimeout(() => resolve('timeout'), 10_000);
            }),
          as,
        );
      } finally {
        await tab.evaluate(() => (window as any).ua?.stop()).catch(() => undefined);
        await tab.close();
      }
    };
    expect(await register(credentials)).toBe('registered');
    // The other supervisor's credentials open only its own account, not this one.
    const theirs = (await credentialsOf(other.token))!;
    expect(theirs.username).not.toBe(credentials.username);
    expect(await register({ ...credentials, password: theirs.password })).toMatch(/^failed/);
  });
});
