import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi, testEnvironment } from '../support/api-harness.js';
import { graphql, ok } from '../support/graphql-client.js';
import { createUser, loggedIn, PASSWORD } from '../support/factories.js';
import { openSocket } from '../support/subscription-client.js';

const CLI = fileURLToPath(new URL('../../api/dist/cli/user-admin.js', import.meta.url));
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

let api: ApiServer;
let orm: Orm;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npx tsc -b first`);
  ({ api, orm } = await openTestApi());
});
afterAll(() => closeTestApi(api, orm));

/** The built command line, as `npm run user:… -- <username>` runs it, against this run's database. */
function runCli(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL, REDIS_URL, REDIS_PREFIX } = testEnvironment();
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env['PATH'], DATABASE_URL, REDIS_URL, REDIS_PREFIX },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

async function lockOut(username: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) await graphql(api.url, LOGIN, { u: username, p: 'wrong-guess-9' });
  const refused = await graphql(api.url, LOGIN, { u: username, p: PASSWORD });
  expect(refused.errors?.[0]?.extensions?.['reason']).toBe('AUTH_LOCKED');
}

describe('operators recover a locked-out administrator from the command line', () => {
  it('user:unlock lets the administrator log in again at once', async () => {
    const { username } = await createUser(orm, BuiltInRole.ADMINISTRATOR);
    await lockOut(username);
    const run = await runCli(['unlock', username]);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stdout).toContain(`${username} unlocked`);
    ok(await graphql(api.url, LOGIN, { u: username, p: PASSWORD }));
  });

  it('user:reset-password reads the new password from stdin, applies the policy and revokes old tokens', async () => {
    const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
    const socket = openSocket(api.url.replace(/^http/, 'ws'), admin.token);
    try {
      expect((await socket.request('{ me { id } }')).data).toBeTruthy();
      await lockOut(admin.username);
      const weak = await runCli(['reset-password', admin.username], 'short\n');
      expect(weak.code).toBe(1);
      expect(weak.stderr).toMatch(/password/i);

      const fresh = 'Recovered-By-The-Operator-2026';
      const run = await runCli(['reset-password', admin.username], `${fresh}\n`);
      expect(run, run.stderr).toMatchObject({ code: 0 });
      ok(await graphql(api.url, LOGIN, { u: admin.username, p: fresh }));
      const old = await graphql(api.url, LOGIN, { u: admin.username, p: PASSWORD });
      expect(old.errors?.[0]?.extensions?.['reason']).toBe('AUTH_INVALID_CREDENTIALS');
      expect((await graphql(api.url, '{ me { id } }', {}, admin.token)).errors?.[0]?.extensions?.['code']).toBe(
        'UNAUTHENTICATED',
      );
      // The lockout had revoked the socket's token already; the api closed it then.
      expect(await socket.closed).toMatchObject({ code: 4401 });
    } finally {
      socket.dispose();
    }
  });

  it('says what is wrong: an unknown user, a missing argument', async () => {
    const unknown = await runCli(['unlock', 'nobody-at-all']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/nobody-at-all/);
    expect((await runCli(['unlock'])).code).toBe(64);
  });
});
