import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, Role, TokenService, User, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi, TEST_TOKEN_SECRET } from '../support/api-harness.js';
import { graphql, ok } from '../support/graphql-client.js';
import { loggedIn, PASSWORD } from '../support/factories.js';
import { openSocket, subscribe } from '../support/subscription-client.js';

let api: ApiServer;
let orm: Orm;
let wsUrl: string;
let admin: Awaited<ReturnType<typeof loggedIn>>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  wsUrl = api.url.replace(/^http/, 'ws');
  admin = await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR);
});
afterAll(() => closeTestApi(api, orm));

const ME = '{ me { username } }';
const STATES = 'subscription { campaignStateChanged { id campaignId to } }';
const UPDATE_USER = 'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }';

describe('authentication of every WebSocket operation', () => {
  it('refuses the next operation of a user deactivated behind the api, with the error HTTP gives', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const socket = openSocket(wsUrl, supervisor.token);
    try {
      expect((await socket.request(ME)).data).toEqual({ me: { username: supervisor.username } });
      // Straight to the database: no event is published, so only the per-operation check can notice.
      await orm.em.fork().nativeUpdate(User, { id: supervisor.user.id }, { active: false });
      const overSocket = await socket.request(ME);
      const overHttp = await graphql(api.url, ME, {}, supervisor.token);
      expect(overSocket.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH_INACTIVE' });
      expect(overSocket.errors?.[0]).toMatchObject({
        message: overHttp.errors?.[0]?.message,
        extensions: overHttp.errors?.[0]?.extensions,
      });
      expect(overSocket.data ?? null).toBeNull();
    } finally {
      socket.dispose();
    }
  });

  it('runs each operation with the rights of now, not of the connection', async () => {
    const manager = await loggedIn(orm, api.url, BuiltInRole.MANAGER);
    const socket = openSocket(wsUrl, manager.token);
    const ROLE = '{ me { role { builtIn } } }';
    try {
      expect((await socket.request(ROLE)).data).toEqual({ me: { role: { builtIn: 'MANAGER' } } });
      // A role swap straight in the database (no tokenVersion bump, no event).
      const em = orm.em.fork();
      const supervisorRole = await em.findOneOrFail(Role, { builtIn: BuiltInRole.SUPERVISOR });
      await em.nativeUpdate(User, { id: manager.user.id }, { role: supervisorRole.id });
      expect((await socket.request(ROLE)).data).toEqual({ me: { role: { builtIn: 'SUPERVISOR' } } });
    } finally {
      socket.dispose();
    }
  });
});

describe('sockets of a revoked user are closed', () => {
  it('closes with 4401 the socket of a user an administrator deactivates, ending its subscriptions', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const socket = openSocket(wsUrl, supervisor.token);
    const live = subscribe(wsUrl, supervisor.token, STATES);
    try {
      expect((await socket.request(ME)).data).toBeTruthy();
      ok(await graphql(api.url, UPDATE_USER, { id: supervisor.user.id, input: { active: false } }, admin.token));
      expect(await socket.closed).toMatchObject({ code: 4401 });
      await live.closed;
      expect(live.errors).toContainEqual(expect.objectContaining({ code: 4401 }));
    } finally {
      socket.dispose();
      live.dispose();
    }
  });

  it('closes with 4401 when the password or the role changes, failed logins lock the user, or it is deleted', async () => {
    const byPassword = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const byRole = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const byLock = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const byDeletion = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    const sockets = [byPassword, byRole, byLock, byDeletion].map((user) => openSocket(wsUrl, user.token));
    try {
      for (const socket of sockets) expect((await socket.request(ME)).data).toBeTruthy();
      const change =
        'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }';
      ok(await graphql(api.url, change, { c: PASSWORD, n: 'Another-Good-Passphrase-77' }, byPassword.token));
      const managerRole = await orm.em.fork().findOneOrFail(Role, { builtIn: BuiltInRole.MANAGER });
      ok(await graphql(api.url, UPDATE_USER, { id: byRole.user.id, input: { roleId: managerRole.id } }, admin.token));
      const login = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
      for (let attempt = 0; attempt < 3; attempt += 1)
        await graphql(api.url, login, { u: byLock.username, p: 'wrong-guess-1' });
      ok(
        await graphql(api.url, 'mutation ($id: ID!) { deleteUser(id: $id) }', { id: byDeletion.user.id }, admin.token),
      );
      for (const socket of sockets) expect(await socket.closed).toMatchObject({ code: 4401 });
    } finally {
      sockets.forEach((socket) => socket.dispose());
    }
  });

  it('closes with 4403, so that clients reconnect, when the permissions of its role change', async () => {
    const create = 'mutation ($input: CreateRoleInput!) { createRole(input: $input) { id } }';
    const role = ok(
      await graphql(
        api.url,
        create,
        { input: { name: `watchers-${Date.now()}`, permissions: ['USERS_READ'] } },
        admin.token,
      ),
    ).createRole;
    const watcher = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    ok(await graphql(api.url, UPDATE_USER, { id: watcher.user.id, input: { roleId: role.id } }, admin.token));
    const socket = openSocket(wsUrl, await relogin(watcher.username));
    try {
      expect((await socket.request(ME)).data).toBeTruthy();
      const update = 'mutation ($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }';
      ok(await graphql(api.url, update, { id: role.id, input: { name: `renamed-${Date.now()}` } }, admin.token));
      ok(await graphql(api.url, update, { id: role.id, input: { permissions: ['ROLES_MANAGE'] } }, admin.token));
      expect(await socket.closed).toMatchObject({ code: 4403 });
    } finally {
      socket.dispose();
    }
  });

  it('refuses a connection with a token that no longer holds with 4401, so that clients do not retry it', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    ok(await graphql(api.url, UPDATE_USER, { id: supervisor.user.id, input: { active: false } }, admin.token));
    const socket = openSocket(wsUrl, supervisor.token);
    try {
      const { code, reason } = await socket.closed;
      expect({ code, reason }).toEqual({ code: 4401, reason: 'Token is no longer valid; log in again' });
    } finally {
      socket.dispose();
    }
  });

  it('closes with 4401 when the token expires', async () => {
    const supervisor = await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR);
    // Issued as if 56 s ago with a 60 s lifetime: it expires 4 s from now (time to connect under load).
    const issuer = new TokenService(TEST_TOKEN_SECRET, 60, () => new Date(Date.now() - 56_000));
    const { token } = await issuer.issue({ userId: supervisor.user.id, tokenVersion: 0 });
    const socket = openSocket(wsUrl, token);
    try {
      expect((await socket.request(ME)).data).toBeTruthy();
      const closed = await socket.closed;
      expect(closed).toMatchObject({ code: 4401 });
      expect(closed.reason).toMatch(/expired/i);
    } finally {
      socket.dispose();
    }
  });
});

async function relogin(username: string): Promise<string> {
  const { login } = await import('../support/factories.js');
  return login(api.url, username);
}
