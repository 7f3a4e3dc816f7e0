import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BuiltInRole, type Orm } from '@switchboard/schema';
import {
  applyTelephonyConfiguration,
  clearTelephonyConfiguration,
  originate,
  type AmiClient,
} from '@switchboard/telephony';
import type { ApiServer } from '../../api/src/server.js';
import { closeTestApi, openTestApi } from '../support/api-harness.js';
import { launchChromium } from '../support/browser.js';
import { loggedIn } from '../support/factories.js';
import { graphql, ok } from '../support/graphql-client.js';
import { ensurePbx, PBX_HOOK_TIMEOUT_MS, type TestPbx } from '../telephony/pbx-harness.js';
import { recordEvents } from '../telephony/event-recorder.js';
import { holdDatabaseConfiguration } from '../telephony/database-configuration-lock.js';
import { serveJsSipPage, type WebphonePage } from './jssip-page.js';

let api: ApiServer;
let orm: Orm;
let pbx: TestPbx;
let ami: AmiClient;
let browser: Browser;
let page: WebphonePage;
let releaseConfiguration: (() => Promise<void>) | undefined;

interface Credentials {
  username: string;
  password: string;
  wsUrl: string;
  domain: string;
  uri: string;
}

beforeAll(async () => {
  ({ api, orm } = await openTestApi());
  pbx = await ensurePbx();
  releaseConfiguration = await holdDatabaseConfiguration(pbx.config);
  ami = await pbx.connectAmi();
  page = await serveJsSipPage();
  browser = await launchChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    '--allow-loopback-in-peer-connection',
    // Real host candidates: Asterisk cannot resolve the mDNS names Chromium would otherwise offer.
    '--disable-features=WebRtcHideLocalIpsWithMdns',
  ]);
}, PBX_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  page?.close();
  if (ami) await clearTelephonyConfiguration(ami, pbx.config, pbx.logger);
  await ami?.close();
  await closeTestApi(api, orm);
  await releaseConfiguration?.();
});

/** Registers JsSIP with the credentials; every remote call is answered with the fake microphone. */
async function registerWebphone(tab: Page, credentials: Credentials): Promise<void> {
  await tab.evaluate(
    (credentials) =>
      new Promise<void>((resolve, reject) => {
        const JsSIP = (window as any).JsSIP;
        const ua = new JsSIP.UA({
          sockets: [new JsSIP.WebSocketInterface(credentials.wsUrl)],
          uri: credentials.uri,
          password: credentials.password,
          register: true,
          session_timers: false,
        });
        ua.on('newRTCSession', ({ session, originator }: any) => {
          (window as any).session = session;
          if (originator === 'remote') {
            session.answer({ mediaConstraints: { audio: true, video: false }, pcConfig: { iceServers: [] } });
          }
        });
        ua.on('registered', () => resolve());
        ua.on('registrationFailed', (event: any) => reject(new Error(`registration failed: ${event.cause}`)));
        (window as any).ua = ua;
        ua.start();
        setTimeout(() => reject(new Error('not registered within 10 s')), 10_000);
      }),
    credentials,
  );
}

/** RTP counters of the call's peer connection; a confirmed SIP call alone proves no media. */
function rtpCounters(tab: Page): Promise<{ received: number; sent: number }> {
  return tab.evaluate(async () => {
    const session = (window as any).session;
    const stats: RTCStatsReport = await session.connection.getStats();
    let received = 0;
    let sent = 0;
    stats.forEach((report: any) => {
      if (report.type === 'inbound-rtp' && report.kind === 'audio') received += report.packetsReceived ?? 0;
      if (report.type === 'outbound-rtp' && report.kind === 'audio') sent += report.packetsSent ?? 0;
    });
    return { received, sent };
  });
}

describe('the webphone (JsSIP in Chromium) on the real Asterisk', () => {
  it('registers with the credentials the API hands the agent and talks both ways', async () => {
    const agent = await loggedIn(orm, api.url, BuiltInRole.AGENT);
    const credentials = ok(
      await graphql<{ mySipCredentials: Credentials }>(
        api.url,
        '{ mySipCredentials { username password wsUrl domain uri } }',
        {},
        agent.token,
      ),
    ).mySipCredentials;
    await applyTelephonyConfiguration(orm, ami, pbx.config, pbx.logger);

    const tab = await browser.newPage();
    await tab.context().grantPermissions(['microphone']);
    await tab.goto(page.url);
    await registerWebphone(tab, credentials);

    const recorder = recordEvents(ami);
    try {
      // Asterisk rings the agent and echoes back whatever the fake microphone sends.
      const call = await originate(ami, {
        channel: `PJSIP/${credentials.username}`,
        destination: { application: 'Echo' },
        timeoutMs: 20_000,
      });
      expect((await call.outcome()).response).toBe('Success');
      await tab.waitForFunction(() => (window as any).session?.isEstablished(), undefined, { timeout: 15_000 });
      const first = await rtpCounters(tab);
      await tab.waitForTimeout(1500);
      const second = await rtpCounters(tab);
      expect(second.sent).toBeGreaterThan(0);
      expect(second.received).toBeGreaterThan(first.received);
      await tab.evaluate(() => (window as any).session.terminate());
      await recorder.waitFor('Hangup', (event) => event.uniqueid === call.channelId);
    } finally {
      recorder.stop();
      await tab.evaluate(() => (window as any).ua?.stop()).catch(() => undefined);
      await tab.close();
    }
  });
});
