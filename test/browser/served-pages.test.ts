import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { launchChromium } from '../support/browser.js';
import { createUser } from '../support/factories.js';

let api: ApiServer;
let orm: Orm;
let browser: Browser;
let origin: string;

/** A stand-in build of the console: what is tested here is how the api serves one. */
function fakeConsoleBuild(): string {
  const directory = mkdtempSync(join(tmpdir(), 'switchboard-console-'));
  mkdirSync(join(directory, 'assets'));
  writeFileSync(join(directory, 'assets', 'app-1a2b3c.js'), 'document.title = "console loaded";');
  writeFileSync(
    join(directory, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body>console</body></html>',
  );
  return directory;
}

beforeAll(async () => {
  ({ api, orm } = await openTestApi({ CONSOLE_DIR: fakeConsoleBuild() }));
  origin = new URL(api.url).origin;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await closeTestApi(api, orm);
});

describe('the console at /', () => {
  it('serves index.html for any page navigation, so console routes survive a reload', async () => {
    for (const path of ['/', '/agenda', '/calls/today']) {
      const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('/assets/app-1a2b3c.js');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('sends the page the same headers when it is asked for by name', async () => {
    const response = await fetch(`${origin}/index.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('caches hashed assets for good and answers a missing asset with 404, not the page', async () => {
    const asset = await fetch(`${origin}/assets/app-1a2b3c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/assets/missing.js`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('never answers API paths with the page', async () => {
    const health = await fetch(`${origin}/health`, { headers: { accept: 'text/html' } });
    expect(await health.json()).toEqual({ status: 'ok' });
    const graphql = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('says how to build the console when it is not built', async () => {
    const bare = await openTestApi({ CONSOLE_DIR: mkdtempSync(join(tmpdir(), 'switchboard-empty-')) });
    try {
      const response = await fetch(new URL('/', bare.api.url), { headers: { accept: 'text/html' } });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run console:build');
    } finally {
      await closeTestApi(bare.api, bare.orm);
    }
  });
});

describe('the GraphQL explorer at /graphql', () => {
  it('loads in a browser from this api alone, and runs a query with a token', async () => {
    const { username, password } = await createUser(orm, BuiltInRole.ADMINISTRATOR);
    const context = await browser.newContext();
    const page = await context.newPage();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin) return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${origin}/graphql`);
      await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
      expect(elsewhere).toEqual([]);
      expect(errors).toEqual([]);

      // The page's own fetcher, with the headers a user would type in the editor.
      const login = await page.evaluate(
        async ({ username, password }) => {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
              variables: { u: username, p: password },
            }),
          });
          return (await response.json()) as { data: { login: { token: string } } };
        },
        { username, password },
      );
      expect(login.data.login.token).toBeTruthy();
    } finally {
      await context.close();
    }
  }, 60_000);

  it('leaves CORS preflights of /graphql to the API (browser clients on other origins)', async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:1234',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('does not hand the explorer page to API clients', async () => {
    const response = await fetch(`${origin}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
