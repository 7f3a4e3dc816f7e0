import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi, startTestApi } from '../support/api-harness.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { createUser, loggedIn, login, PASSWORD } from '../support/factories.js';

let api: ApiServer;
let orm: Orm;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
});
afterAll(() => closeTestApi(api, orm));

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role { builtIn } } } }';
const ME = '{ me { username role { builtIn permissions } } }';

describe('login', () => {
  it('returns an expiring bearer token that identifies the user', async () => {
    const { username } = await createUser(orm, BuiltInRole.SUPERVISOR);
    const data = ok(await graphql(api.url, LOGIN, { u: username, p: PASSWORD }));
    const expiresInHours = (Date.parse(data.login.expiresAt) - Date.now()) / 3_600_000;
    expect(expiresInHours).toBeGreaterThan(7.9);
    expect(expiresInHours).toBeLessThanOrEqual(8);
    const me = ok(await graphql(api.url, ME, {}, data.login.token));
    expect(me.me).toMatchObject({ username, role: { builtIn: 'SUPERVISOR' } });
  });

  it("hands an agent its group's settings with the login, as a console needs them", async () => {
    const { username } = await createUser(orm, BuiltInRole.AGENT);
    const data = ok(
      await graphql(
        api.url,
        'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { user { agentProfile { group { name autoUnpauseSeconds } } } } }',
        { u: username, p: PASSWORD },
      ),
    );
    expect(data.login.user.agentProfile.group.name).toMatch(/^group_/);
    expect(data.login.user.agentProfile.group.autoUnpauseSeconds).toEqual(expect.any(Number));
  });

  it('refuses requests without a token for protected data', async () => {
    failed(await graphql(api.url, ME), 'UNAUTHENTICATED');
  });

  it('refuses a tampered token', async () => {
    const { token } = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const result = await graphql(api.url, ME, {}, `${token.slice(0, -2)}xx`);
    expect(result.status).toBe(401);
    failed(result, 'UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const shortLived = await startTestApi({ AUTH_TOKEN_TTL_SECONDS: '60' });
    try {
      const { username } = await createUser(orm, BuiltInRole.AGENT);
      const token = await login(shortLived.url, username);
      ok(await graphql(shortLived.url, ME, {}, token));
      const { TokenService } = await import('@switchboard/schema');
      const { TEST_TOKEN_SECRET } = await import('../support/api-harness.js');
      const later = new TokenService(TEST_TOKEN_SECRET, 60, () => new Date(Date.now() + 61_000));
      await expect(later.verify(token)).rejects.toMatchObject({
        kind: 'UNAUTHENTICATED',
        details: { reason: 'TOKEN_EXPIRED' },
      });
      const expired = await new TokenService(TEST_TOKEN_SECRET, 60, () => new Date(Date.now() - 120_000)).issue({
        userId: (await createUser(orm, BuiltInRole.AGENT)).user.id,
        tokenVersion: 0,
      });
      const error = failed(await graphql(shortLived.url, ME, {}, expired.token), 'UNAUTHENTICATED');
      expect(error.message).toMatch(/expired/i);
    } finally {
      await shortLived.close();
    }
  });
});

describe('lockout', () => {
  it('locks after three failed logins, even for the right password, until an administrator unlocks', async () => {
    const { username, user } = await createUser(orm, BuiltInRole.AGENT);
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const error = failed(await graphql(api.url, LOGIN, { u: username, p: 'wrong-password' }), 'UNAUTHENTICATED');
      expect(error.extensions?.['reason']).toBe('AUTH_INVALID_CREDENTIALS');
    }
    const third = failed(await graphql(api.url, LOGIN, { u: username, p: 'wrong-password' }), 'UNAUTHENTICATED');
    expect(third.extensions?.['reason']).toBe('AUTH_LOCKED');
    const right = failed(await graphql(api.url, LOGIN, { u: username, p: PASSWORD }), 'UNAUTHENTICATED');
    expect(right.extensions?.['reason']).toBe('AUTH_LOCKED');

    const unlock = 'mutation ($id: ID!) { unlockUser(id: $id) { lockedAt failedLoginAttempts } }';
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
    failed(await graphql(api.url, unlock, { id: user.id }, supervisor.token), 'FORBIDDEN');
    const admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
    const unlocked = ok(await graphql(api.url, unlock, { id: user.id }, admin.token));
    expect(unlocked.unlockUser).toEqual({ lockedAt: null, failedLoginAttempts: 0 });
    ok(await graphql(api.url, LOGIN, { u: username, p: PASSWORD }));
  });

  it('counts parallel wrong guesses atomically', async () => {
    const { username } = await createUser(orm, BuiltInRole.AGENT);
    await Promise.all(Array.from({ length: 6 }, () => graphql(api.url, LOGIN, { u: username, p: 'nope-nope-nope' })));
    const error = failed(await graphql(api.url, LOGIN, { u: username, p: PASSWORD }), 'UNAUTHENTICATED');
    expect(error.extensions?.['reason']).toBe('AUTH_LOCKED');
  });

  it('invalidates tokens issued before the lock', async () => {
    const { username, token } = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    for (let attempt = 0; attempt < 3; attempt += 1) await graphql(api.url, LOGIN, { u: username, p: 'bad-guess-123' });
    failed(await graphql(api.url, ME, {}, token), 'UNAUTHENTICATED');
  });

  it('does not reveal whether a username exists', async () => {
    const error = failed(await graphql(api.url, LOGIN, { u: 'nobody-here', p: PASSWORD }), 'UNAUTHENTICATED');
    expect(error.message).toBe('Invalid username or password');
  });
});
