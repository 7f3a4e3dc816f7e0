import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import type { Browser } from 'playwright-core';
import { BuiltInRole, Campaign, CampaignType, type Orm } from '@switchboard/schema';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { createUser, PASSWORD, unique } from '../support/factories.js';
import { launchChromium } from '../support/browser.js';

let api: ApiServer;
let orm: Orm;
let browser: Browser;
let page: http.Server;
let pageUrl: string;

/** The SDK bundled for browsers, as an integrator's bundler would: no Node built-ins allowed. */
async function bundleSdk(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('../../clients/sdk/src/index.ts', import.meta.url)),
        formats: ['iife'],
        name: 'Switchboard',
      },
    },
  })) as Rolldown.RolldownOutput[];
  return output[0]!.output[0].code;
}

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  const script = await bundleSdk();
  // Served from another origin than the API, as a real console would be (CORS).
  page = http.createServer((request, response) => {
    if (request.url === '/sdk.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script src="/sdk.js"></script>');
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://localhost:${(page.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  page?.close();
  await closeTestApi(api, orm);
});

describe('the SDK in a browser', () => {
  it('logs in, queries and subscribes from Chromium', async () => {
    const { username } = await createUser(orm, BuiltInRole.MANAGER);
    const em = orm.em.fork();
    const campaign = em.create(Campaign, { name: unique('browser'), type: CampaignType.MANUAL } as Campaign);
    await em.flush();

    const tab = await browser.newPage();
    await tab.goto(pageUrl);
    const result = await tab.evaluate(
      async ({ url, username, password, campaignId }) => {
        const sdk = (window as any).Switchboard;
        const client = sdk.createSwitchboardClient({ url });
        const { login } = await client.request(sdk.LoginDocument, { username, password });
        client.setToken(login.token);
        const { me } = await client.request(sdk.MeDocument);
        const first = await new Promise((resolve, reject) => {
          const stop = client.subscribe(
            sdk.CampaignStateChangedDocument,
            { campaignId },
            {
              next: (data: unknown) => {
                stop();
                resolve(data);
              },
              error: reject,
            },
          );
          setTimeout(() => reject(new Error('no snapshot in 10 s')), 10_000);
        });
        await client.close();
        return { me, first };
      },
      { url: api.url, username, password: PASSWORD, campaignId: campaign.id },
    );
    expect(result.me).toMatchObject({ username, role: { builtIn: 'MANAGER' } });
    expect(result.first).toMatchObject({
      campaignStateChanged: { kind: 'SNAPSHOT', campaignId: campaign.id, to: 'INACTIVE' },
    });
    await tab.close();
  });
});
