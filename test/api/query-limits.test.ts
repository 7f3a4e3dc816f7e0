import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { failed, graphql, ok } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { openSocket } from '../support/subscription-client.js';

let api: ApiServer;
let orm: Orm;
let token: string;

beforeAll(async () => {
  ({ api, orm } = await openTestApi({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COMPLEXITY: '600' }));
  token = (await loggedIn(orm, api.url, BuiltInRole.ADMINISTRATOR)).token;
});
afterAll(() => closeTestApi(api, orm));

describe('query limits', () => {
  it('refuses queries deeper than GRAPHQL_MAX_DEPTH before running them', async () => {
    ok(await graphql(api.url, '{ users(first: 1) { nodes { agentProfile { user { username } } } } }', {}, token));
    const deep =
      '{ users(first: 1) { nodes { agentProfile { user { agentProfile { user { agentProfile { id } } } } } } } }';
    const error = failed(await graphql(api.url, deep, {}, token), 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/exceeds maximum operation depth of 6/);
  });

  it('refuses queries whose estimated cost is over GRAPHQL_MAX_COMPLEXITY', async () => {
    ok(await graphql(api.url, '{ users(first: 50) { nodes { username role { name } } } }', {}, token));
    const error = failed(
      await graphql(api.url, '{ users(first: 500) { nodes { username role { name permissions } } } }', {}, token),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.['reason']).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/limit is 600/);
  });

  it('refuses over the WebSocket what it refuses over HTTP, with the same errors', async () => {
    const socket = openSocket(api.url.replace(/^http/, 'ws'), token);
    try {
      const costly = '{ users(first: 500) { nodes { username role { name permissions } } } }';
      const deep =
        '{ users(first: 1) { nodes { agentProfile { user { agentProfile { user { agentProfile { id } } } } } } } }';
      for (const query of [costly, deep]) {
        const overSocket = await socket.request(query);
        const overHttp = await graphql(api.url, query, {}, token);
        expect(overSocket.data ?? null).toBeNull();
        expect(overSocket.errors?.[0]).toMatchObject({
          message: overHttp.errors?.[0]?.message,
          extensions: overHttp.errors?.[0]?.extensions,
        });
      }
      expect((await socket.request(costly)).errors?.[0]?.extensions?.['reason']).toBe('QUERY_TOO_COMPLEX');
      expect((await socket.request('{ users(first: 50) { nodes { username } } }')).errors).toBeUndefined();
    } finally {
      socket.dispose();
    }
  });

  it('refuses page sizes outside 1..500 with the field named', async () => {
    const error = failed(await graphql(api.url, '{ users(first: 501) { totalCount } }', {}, token), 'BAD_USER_INPUT');
    expect(error.message).toMatch(/first/);
  });

  it('reports a malformed cursor as bad input', async () => {
    failed(await graphql(api.url, '{ users(first: 5, after: "garbage") { totalCount } }', {}, token), 'BAD_USER_INPUT');
  });

  it('pages with cursors without gaps or repeats', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page += 1) {
      const data: any = ok(
        await graphql(
          api.url,
          'query ($after: String) { roles(first: 2, after: $after) { nodes { id } totalCount pageInfo { endCursor hasNextPage } } }',
          { after },
          token,
        ),
      );
      total = data.roles.totalCount;
      for (const node of data.roles.nodes) {
        expect(seen.has(node.id)).toBe(false);
        seen.add(node.id);
      }
      if (!data.roles.pageInfo.hasNextPage) break;
      after = data.roles.pageInfo.endCursor;
    }
    expect(seen.size).toBe(total);
    expect(total).toBeGreaterThanOrEqual(5);
  });
});
