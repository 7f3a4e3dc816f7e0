import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { graphql } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { openSocket } from '../support/subscription-client.js';

let api: ApiServer;
let orm: Orm;
let token: string;
const nodeEnv = process.env['NODE_ENV'];

// As in `npm run demo`: Apollo adds stack traces unless NODE_ENV is production or test.
beforeAll(async () => {
  delete process.env['NODE_ENV'];
  ({ api, orm } = await openTestApi());
  token = (await loggedIn(orm, api.url, BuiltInRole.SUPERVISOR)).token;
});
afterAll(async () => {
  process.env['NODE_ENV'] = nodeEnv;
  await closeTestApi(api, orm);
});

const FAILING: Array<[string, string, Record<string, unknown>]> = [
  ['an unknown field', '{ nope }', {}],
  ['a syntax error', '{ me { ', {}],
  ['a variable of the wrong type', 'query ($n: Int!) { users(first: $n) { totalCount } }', { n: 'many' }],
  ['a forbidden operation', 'mutation { unlockUser(id: "00000000-0000-0000-0000-000000000000") { id } }', {}],
  ['an id that is not one', '{ user(id: "not-a-uuid") { id } }', {}],
  ['an invalid input', 'mutation { changePassword(currentPassword: "x", newPassword: "y") { id } }', {}],
];

function expectNoInternals(errors: unknown): void {
  expect(errors).toBeDefined();
  const text = JSON.stringify(errors);
  expect(text).not.toMatch(/stacktrace|exception|\bat \S+ \(|node_modules|\.ts:\d+/);
  for (const error of errors as Array<{ extensions?: Record<string, unknown> }>) {
    for (const key of Object.keys(error.extensions ?? {})) expect(['code', 'reason', 'details']).toContain(key);
  }
}

describe('errors never carry stack traces or exception details, with NODE_ENV unset', () => {
  it.each(FAILING)('over HTTP: %s', async (_what, query, variables) => {
    expectNoInternals((await graphql(api.url, query, variables, token)).errors);
  });

  it('over HTTP: a bad token', async () => {
    expectNoInternals((await graphql(api.url, '{ me { id } }', {}, 'not-a-token')).errors);
  });

  it.each(FAILING)('over the WebSocket: %s', async (_what, query, variables) => {
    const socket = openSocket(api.url.replace(/^http/, 'ws'), token);
    try {
      expectNoInternals((await socket.request(query, variables)).errors);
    } finally {
      socket.dispose();
    }
  });
});
