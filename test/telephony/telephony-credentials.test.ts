import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentGroup, AgentProfile, BuiltInRole, CallEvent, CallEventType, type Orm } from '@switchboard/schema';
import { loadTelephonyConfig, recordingsHostDirectory } from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { loggedIn } from '../support/factories.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { createCampaign } from '../support/telephony-factory.js';

const CREDENTIALS = '{ mySipCredentials { username password wsUrl domain uri } }';

let api: ApiServer;
let orm: Orm;
// The api reads the same variables (telephony's config), so both see the same folder.
const recordings = recordingsHostDirectory(loadTelephonyConfig());
const folder = `test-${randomUUID()}`;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
});

afterAll(async () => {
  await rm(join(recordings, folder), { recursive: true, force: true });
  await closeTestApi(api, orm);
});

describe('mySipCredentials', () => {
  it('hands an agent its own extension and SIP secret, and where to register', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const profile = await orm.em.fork().findOneOrFail(AgentProfile, { user: agent.user.id });
    const { mySipCredentials } = ok(await graphql(api.url, CREDENTIALS, {}, agent.token));
    expect(mySipCredentials).toEqual({
      username: String(profile.sipExtension),
      password: profile.sipSecret,
      wsUrl: expect.stringMatching(/^wss?:\/\/.+\/ws$/),
      domain: expect.any(String),
      uri: `sip:${profile.sipExtension}@${mySipCredentials.domain}`,
    });
  });

  it('gives each agent only its own secret, and none to a supervisor without a phone', async () => {
    const [first, second, supervisor] = await Promise.all([
      loggedIn(orm, api.url, BuiltInRole.AGENT),
      loggedIn(orm, api.url, BuiltInRole.AGENT),
      loggedIn(orm, api.url, BuiltInRole.SUPERVISOR),
    ]);
    const one = ok(await graphql(api.url, CREDENTIALS, {}, first.token)).mySipCredentials;
    const two = ok(await graphql(api.url, CREDENTIALS, {}, second.token)).mySipCredentials;
    expect(one.password).not.toBe(two.password);
    expect(ok(await graphql(api.url, CREDENTIALS, {}, supervisor.token)).mySipCredentials).toBeNull();
    failed(await graphql(api.url, CREDENTIALS, {}, null), 'UNAUTHENTICATED');
  });
});

const ROTATE = 'mutation ($userId: ID!) { rotateSipCredentials(userId: $userId) }';

describe('rotateSipCredentials', () => {
  it("lets a user rotate its own secret and an administrator anyone's, and no one else", async () => {
    const [agent, other, admin] = await Promise.all([
      loggedIn(orm, api.url, BuiltInRole.AGENT),
      loggedIn(orm, api.url, BuiltInRole.AGENT),
      loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR),
    ]);
    const secret = async () => ok(await graphql(api.url, CREDENTIALS, {}, agent.token)).mySipCredentials.password;
    const first = await secret();
    ok(await graphql(api.url, ROTATE, { userId: agent.user.id }, agent.token));
    const second = await secret();
    expect(second).not.toBe(first);
    ok(await graphql(api.url, ROTATE, { userId: agent.user.id }, admin.token));
    expect(await secret()).not.toBe(second);
    failed(await graphql(api.url, ROTATE, { userId: agent.user.id }, other.token), 'FORBIDDEN');
    failed(
      await graphql(api.url, ROTATE, { userId: '00000000-0000-4000-8000-000000000000' }, admin.token),
      'NOT_FOUND',
    );
    failed(await graphql(api.url, ROTATE, { userId: agent.user.id }, null), 'UNAUTHENTICATED');
  });
});

/** A GET with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(
  path: string,
  token?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), headers: response.headers }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** A recording on disk, and a call-event row naming it with its campaign and agent. */
async function recordedCall(campaignId: string, agentId: string | null): Promise<{ path: string; content: Buffer }> {
  const relative = `${folder}/${campaignId}/${randomUUID()}.wav`;
  const content = Buffer.from(`RIFF-${randomUUID()}`);
  await mkdir(dirname(join(recordings, relative)), { recursive: true });
  await writeFile(join(recordings, relative), content);
  const em = orm.em.fork();
  em.create(CallEvent, {
    eventKey: randomUUID(),
    callId: randomUUID(),
    type: CallEventType.COMPLETEAGENT,
    campaignId,
    agentId,
    recording: relative,
    occurredAt: new Date(),
  } as CallEvent);
  await em.flush();
  return { path: relative, content };
}

describe('GET /recordings/<path>', () => {
  it("serves a supervisor its campaign's recording, and hides it from another supervisor", async () => {
    const [mine, other] = await Promise.all([
      loggedIn(orm, api.url, BuiltInRole.SUPERVISOR),
      loggedIn(orm, api.url, BuiltInRole.SUPERVISOR),
    ]);
    const campaign = await createCampaign(orm, { supervisorIds: [mine.user.id] });
    const { path, content } = await recordedCall(campaign.id, null);
    const served = await rawGet(`/recordings/${path}`, mine.token);
    expect(served.status).toBe(200);
    expect(served.body.equals(content)).toBe(true);
    // A player seeking: the part asked for, and 416 past the end.
    const part = await rawGet(`/recordings/${path}`, mine.token, { range: 'bytes=4-9' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 4-9/${content.length}`);
    expect(part.body.equals(content.subarray(4, 10))).toBe(true);
    expect((await rawGet(`/recordings/${path}`, mine.token, { range: `bytes=${content.length + 10}-` })).status).toBe(
      416,
    );
    expect((await rawGet(`/recordings/${path}`, other.token, { range: 'bytes=0-1' })).status).toBe(404);
    expect((await rawGet(`/recordings/${path}`, other.token)).status).toBe(404);
    expect((await rawGet(`/recordings/${path}`)).status).toBe(401);
  });

  it("serves an agent its own calls' recordings only when its group allows it", async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const em = orm.em.fork();
    const profile = await em.findOneOrFail(AgentProfile, { user: agent.user.id }, { populate: ['group'] });
    const campaign = await createCampaign(orm, { agentIds: [profile.id] });
    const own = await recordedCall(campaign.id, profile.id);
    const someoneElses = await recordedCall(campaign.id, randomUUID());
    expect((await rawGet(`/recordings/${own.path}`, agent.token)).status).toBe(404);
    await em.nativeUpdate(AgentGroup, { id: profile.group.id }, { allowRecordingsAccess: true });
    expect((await rawGet(`/recordings/${own.path}`, agent.token)).status).toBe(200);
    expect((await rawGet(`/recordings/${someoneElses.path}`, agent.token)).status).toBe(404);
  });

  it.each(['/recordings/..%2F..%2Fsecrets.json', '/recordings/%2E%2E/%2E%2E/secrets.json', '/recordings/.hidden'])(
    'refuses %s',
    async (path) => {
      const manager = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
      expect((await rawGet(path, manager.token)).status).toBe(400);
    },
  );
});
