import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, User, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createUser, PASSWORD } from '../support/factories.js';
import { restClient, type RestReply } from '../support/rest-v1-client.js';

let api: ApiServer;
let orm: Orm;
let rest: ReturnType<typeof restClient>;

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  rest = restClient(api);
});
afterAll(() => closeTestApi(api, orm));

function expectDetail(reply: RestReply, status: number, detail: string) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.body).toEqual({ detail });
}

describe('POST /api/v1/login', () => {
  it('answers a token, its lifetime as a string of seconds and the user, in every body encoding and slash form', async () => {
    const agent = await createUser(orm, BuiltInRole.AGENT);
    await orm.em
      .fork()
      .nativeUpdate(User, { id: agent.user.id }, { firstName: 'Ana', lastName: 'Paz', email: 'a@x.io' });
    const credentials = { username: agent.username, password: PASSWORD };
    for (const [path, encoding] of [
      ['/login', 'json'],
      ['/login/', 'form'],
      ['/login', 'multipart'],
    ] as const) {
      const reply = await rest('POST', path, { body: credentials, encoding });
      expect(reply.status, `${path} ${encoding}: ${JSON.stringify(reply.body)}`).toBe(200);
      expect(reply.body).toEqual({
        token: expect.any(String),
        expires_in: expect.stringMatching(/^\d+\.\d{6}$/),
        user: { first_name: 'Ana', last_name: 'Paz', email: 'a@x.io', agent_id: agent.user.agentProfile!.id },
      });
      expect(Number(reply.body.expires_in)).toBeGreaterThan(60);
      // The token works on the bridge.
      expect((await rest('GET', '/disposition/', { token: reply.body.token })).status).toBe(200);
    }
  });

  it('ignores a stale Authorization header, omits agent_id for non-agents', async () => {
    const admin = await createUser(orm, BuiltInRole.ADMINISTRATOR);
    const reply = await rest('POST', '/login', {
      body: { username: admin.username, password: PASSWORD },
      headers: { authorization: 'Bearer stale' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.user).not.toHaveProperty('agent_id');
  });

  it('answers 404 with the literal detail for a wrong password, an unknown user and a deactivated one', async () => {
    const agent = await createUser(orm, BuiltInRole.AGENT);
    const refused = 'Invalid Credentials or activate account';
    expectDetail(await rest('POST', '/login', { body: { username: agent.username, password: 'wrong' } }), 404, refused);
    expectDetail(await rest('POST', '/login', { body: { username: 'nobody-here', password: 'x' } }), 404, refused);
    await orm.em.fork().nativeUpdate(User, { id: agent.user.id }, { active: false, failedLoginAttempts: 0 });
    expectDetail(
      await rest('POST', '/login', { body: { username: agent.username, password: PASSWORD } }),
      404,
      refused,
    );
  });

  it('answers 400 naming the missing or malformed fields, in Spanish unless English is asked for', async () => {
    const missing = await rest('POST', '/login', { body: { username: 'x' } });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ password: ['Este campo es requerido.'] });
    const english = await rest('POST', '/login', { body: {}, headers: { 'accept-language': 'en' } });
    expect(english.body).toEqual({ username: ['This field is required.'], password: ['This field is required.'] });
    const malformed = await rest('POST', '/login', { body: { username: ['a'], password: 3 } });
    expect(malformed.status).toBe(400);
    expect(Object.keys(malformed.body).sort()).toEqual(['password', 'username']);
    const notJson = await fetch(`${new URL(api.url).origin}/api/v1/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ body: ['is not valid JSON'] });
  });
});

describe('authentication on the other endpoints', () => {
  it('refuses with 403 and DRF’s detail: no header, another scheme, a bad header, an unknown token', async () => {
    const none = 'Las credenciales de autenticación no se proveyeron.';
    expectDetail(await rest('GET', '/disposition/'), 403, none);
    expectDetail(
      await rest('GET', '/disposition', { headers: { 'accept-language': 'en' } }),
      403,
      'Authentication credentials were not provided.',
    );
    expectDetail(await rest('GET', '/disposition/', { headers: { authorization: 'Token abc' } }), 403, none);
    expectDetail(await rest('GET', '/disposition/', { headers: { authorization: 'Basic YTpi' } }), 403, none);
    expectDetail(
      await rest('GET', '/disposition/', { headers: { authorization: 'Bearer' } }),
      403,
      'Invalid token header. No credentials provided.',
    );
    expectDetail(
      await rest('GET', '/disposition/', { headers: { authorization: 'Bearer a b' } }),
      403,
      'Invalid token header. Token string should not contain spaces.',
    );
    expectDetail(await rest('GET', '/disposition/', { token: 'not-a-token' }), 403, 'Invalid Token');
  });

  it('refuses a deactivated user’s token with 403 at once', async () => {
    const agent = await createUser(orm, BuiltInRole.AGENT);
    const { body } = await rest('POST', '/login', { body: { username: agent.username, password: PASSWORD } });
    await orm.em.fork().nativeUpdate(User, { id: agent.user.id }, { active: false });
    expectDetail(await rest('GET', '/disposition/', { token: body.token }), 403, 'User is not active');
  });
});

describe('routing, documents', () => {
  it('answers an unknown path with 404 {detail} and never redirects', async () => {
    expectDetail(await rest('GET', '/nothing/here/'), 404, 'No encontrado.');
    const reply = await rest('POST', '/campaign/database_metadata', {});
    expect(reply.status).not.toBe(301);
  });

  it('refuses a body over the limit with 413, not an internal error', async () => {
    const reply = await rest('POST', '/new_contact/', { token: 'x', body: { blob: 'x'.repeat(300_000) } });
    expect(reply.status).toBe(413);
    expect(reply.body).toEqual({ detail: expect.any(String) });
  });

  it('answers a method a path does not serve with 405 and Allow, as DRF does', async () => {
    const reply = await rest('PATCH', `/disposition/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}/`, {
      token: 'whatever',
    });
    expect(reply.status).toBe(405);
    expect(reply.body).toEqual({ detail: 'Método "PATCH" no permitido.' });
    expect(reply.headers.get('allow')).toBe('GET, PUT, OPTIONS');
    expect((await rest('GET', '/login/')).status).toBe(405);
  });

  it('serves the OpenAPI document and a docs page without authentication', async () => {
    const spec = await rest('GET', '/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toBe('3.1.0');
    expect(Object.keys(spec.body.paths)).toContain('/api/v1/disposition/{id}/');
    const page = await rest('GET', '/docs/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.body).toContain('POST /api/v1/new_contact/disposition/');
    expect(page.body).not.toMatch(/<script|https?:\/\/cdn/i);
  });
});
