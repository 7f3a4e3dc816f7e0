import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Redis } from 'ioredis';
import {
  AuthService,
  BuiltInRole,
  EventBus,
  LoginThrottle,
  TokenService,
  hashPassword,
  verifyPassword,
  type Orm,
  type PasswordHasher,
} from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi, TEST_TOKEN_SECRET } from '../support/api-harness.js';
import { graphql } from '../support/graphql-client.js';
import { createUser, PASSWORD, unique } from '../support/factories.js';
import { openSocket } from '../support/subscription-client.js';

let api: ApiServer;
let orm: Orm;
let redis: Redis;
let events: EventBus;

beforeAll(async () => {
  ({ api, orm } = await openTestApi({
    // Its own throttle state: with 3 free failures per address, the failed logins other files
    // make from 127.0.0.1 at the same time would throttle them all through the shared key.
    REDIS_PREFIX: `${inject('redisPrefix')}${randomUUID()}:`,
    API_TRUST_PROXY: 'loopback',
    LOGIN_THROTTLE_ADDRESS_FREE_FAILURES: '3',
    LOGIN_THROTTLE_ACCOUNT_FREE_FAILURES: '2',
  }));
  redis = new Redis(inject('redisUrl'));
  events = new EventBus(inject('redisUrl'), inject('redisPrefix'));
});
afterAll(async () => {
  redis?.disconnect();
  await events?.close();
  await closeTestApi(api, orm);
});

/** An AuthService on the real database and Redis, with a clock the test moves and a counted hasher. */
function authWithClock(policy = { freeFailuresPerAccount: 2, freeFailuresPerAddress: 4 }) {
  const clock = { now: Date.now() };
  const hasher = { verifications: 0 } as PasswordHasher & { verifications: number };
  hasher.hash = hashPassword;
  hasher.verify = (password, stored) => {
    hasher.verifications += 1;
    return verifyPassword(password, stored);
  };
  const prefix = `${inject('redisPrefix')}${randomUUID()}:`;
  const throttle = new LoginThrottle(
    redis,
    prefix,
    { ...policy, baseDelaySeconds: 1, maxDelaySeconds: 8 },
    () => clock.now,
  );
  const auth = new AuthService({ tokens: new TokenService(TEST_TOKEN_SECRET, 3600), throttle, events, hasher });
  // No address unless given: only the account counts.
  const attempt = (username: string, password: string, address: string | null = null) =>
    auth.login(orm.em.fork(), username, password, address).then(
      () => ({ reason: 'OK' as string, details: {} as Record<string, unknown> }),
      (error: { code: string; details: Record<string, unknown> }) => ({ reason: error.code, details: error.details }),
    );
  return { clock, hasher, attempt, prefix };
}

describe('login throttling, decided before scrypt', () => {
  it('makes each further attempt at an account wait twice as long, up to the cap', async () => {
    const { clock, attempt } = authWithClock();
    const nobody = unique('nobody');
    expect((await attempt(nobody, 'guess-1')).reason).toBe('AUTH_INVALID_CREDENTIALS');
    expect((await attempt(nobody, 'guess-2')).reason).toBe('AUTH_INVALID_CREDENTIALS');
    const waits: unknown[] = [];
    for (const step of [1, 2, 4, 8, 8]) {
      const refused = await attempt(nobody, 'guess');
      expect(refused.reason).toBe('AUTH_THROTTLED');
      waits.push(refused.details['retryAfterSeconds']);
      clock.now += step * 1000;
      expect((await attempt(nobody, 'guess')).reason).toBe('AUTH_INVALID_CREDENTIALS');
    }
    expect(waits).toEqual([1, 2, 4, 8, 8]);
  });

  it('refuses without running scrypt, even the right password, and forgets the account after a success', async () => {
    const { clock, hasher, attempt } = authWithClock();
    const { username } = await createUser(orm, BuiltInRole.SUPERVISOR);
    await attempt(username, 'wrong-1');
    await attempt(username, 'wrong-2');
    expect(hasher.verifications).toBe(2);
    const refused = await attempt(username, PASSWORD);
    expect(refused).toEqual({ reason: 'AUTH_THROTTLED', details: { retryAfterSeconds: 1, scope: 'account' } });
    expect(hasher.verifications).toBe(2);
    clock.now += 1000;
    expect((await attempt(username, PASSWORD)).reason).toBe('OK');
    expect((await attempt(username, 'wrong-3')).reason).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('lets parallel guesses at one account run scrypt only as often as the free failures allow', async () => {
    const { hasher, attempt } = authWithClock({ freeFailuresPerAccount: 2, freeFailuresPerAddress: 100 });
    const { username } = await createUser(orm, BuiltInRole.SUPERVISOR);
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, n) => attempt(username, `guess-${n}`)));
    expect(hasher.verifications).toBe(2);
    expect(outcomes.filter((outcome) => outcome.reason === 'AUTH_THROTTLED')).toHaveLength(8);
  });

  it('forgets failures an hour after the first, however many follow: later ones do not stretch the window', async () => {
    const { attempt, prefix } = authWithClock({ freeFailuresPerAccount: 100, freeFailuresPerAddress: 100 });
    const { username } = await createUser(orm, BuiltInRole.SUPERVISOR);
    await attempt(username, 'typo-1', '198.51.100.7');
    const [key] = await redis.keys(`${prefix}login-throttle:address:*`);
    expect(await redis.pttl(key!)).toBeGreaterThan(3_000_000);
    // As if the first failure were almost an hour old.
    await redis.pexpire(key!, 5_000);
    await attempt(username, 'typo-2', '198.51.100.7');
    await attempt(username, PASSWORD, '198.51.100.7');
    expect(await redis.pttl(key!)).toBeLessThanOrEqual(5_000);
  });

  it('throttles a client address across usernames, and only that address', async () => {
    const { clock, hasher, attempt } = authWithClock();
    const users = await Promise.all([1, 2, 3, 4, 5].map(() => createUser(orm, BuiltInRole.SUPERVISOR)));
    for (const user of users.slice(0, 4)) await attempt(user.username, 'sprayed-password', '203.0.113.9');
    expect(hasher.verifications).toBe(4);
    const refused = await attempt(users[4]!.username, PASSWORD, '203.0.113.9');
    expect(refused).toEqual({ reason: 'AUTH_THROTTLED', details: { retryAfterSeconds: 1, scope: 'address' } });
    expect(hasher.verifications).toBe(4);
    expect((await attempt(users[4]!.username, PASSWORD, '203.0.113.10')).reason).toBe('OK');
    clock.now += 1000;
    await attempt(users[0]!.username, 'sprayed-again', '203.0.113.9');
    expect((await attempt(users[4]!.username, PASSWORD, '203.0.113.9')).details['retryAfterSeconds']).toBe(2);
  });
});

const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

describe('a throttled login through the api', () => {
  async function sprayFrom(address: string): Promise<void> {
    for (let n = 0; n < 3; n += 1) {
      await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: LOGIN, variables: { u: unique('nobody'), p: 'sprayed' } }),
      });
    }
  }

  it('answers 429 with Retry-After and details.retryAfterSeconds, by the address X-Forwarded-For gives', async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const { username } = await createUser(orm, BuiltInRole.SUPERVISOR);
    await sprayFrom(address);
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: LOGIN, variables: { u: username, p: PASSWORD } }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'AUTH_THROTTLED',
      details: { retryAfterSeconds: 1, scope: 'address' },
    });
    // Another client (the direct loopback caller) is not affected.
    expect((await graphql(api.url, LOGIN, { u: username, p: PASSWORD })).errors).toBeUndefined();
  });

  it('throttles a login over the WebSocket by the upgrade request’s address', async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const { username } = await createUser(orm, BuiltInRole.SUPERVISOR);
    await sprayFrom(address);
    const socket = openSocket(api.url.replace(/^http/, 'ws'), null, { 'x-forwarded-for': address });
    try {
      const result = await socket.request(LOGIN, { u: username, p: PASSWORD });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'AUTH_THROTTLED' });
    } finally {
      socket.dispose();
    }
  });
});
