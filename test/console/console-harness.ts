// What a browser journey through the agent console needs: everything a dialer test has (the
// PBX, the api serving the built console, the call-events and agent-states workers, FastAGI),
// plus one Chromium for the whole file whose fake microphone feeds the webphone's WebRTC.

import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { DEFAULT_CONSOLE_DIRECTORY } from '../../api/src/http/console.routes.js';
import { launchChromium } from '../support/browser.js';
import { PBX_HOOK_TIMEOUT_MS } from '../telephony/pbx-harness.js';
import { useDialerHarness, type DialerHarness, type HarnessIsolation } from '../dialer/dialer-harness.js';

export interface ConsoleHarness extends DialerHarness {
  browser: Browser;
  /** The api's origin: the console is at `${origin}/`. */
  origin: string;
  /** A fresh browser profile with the microphone granted, as an agent's workstation. */
  workstation(locale?: string): Promise<BrowserContext>;
}

export function useConsoleHarness(isolation?: HarnessIsolation): ConsoleHarness {
  const harness = useDialerHarness(isolation) as ConsoleHarness;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(`${DEFAULT_CONSOLE_DIRECTORY}/index.html`)) {
      throw new Error(`the console is not built (${DEFAULT_CONSOLE_DIRECTORY}): run npm run console:build`);
    }
    harness.origin = new URL(harness.api.url).origin;
    harness.browser = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      '--allow-loopback-in-peer-connection',
      // Real host candidates: Asterisk cannot resolve the mDNS names Chromium would otherwise offer.
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ]);
    harness.workstation = async (locale = 'en-US') => {
      const context = await harness.browser.newContext({ locale, baseURL: harness.origin });
      await context.grantPermissions(['microphone'], { origin: harness.origin });
      contexts.push(context);
      return context;
    };
  }, PBX_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    await harness.browser?.close();
  });

  return harness;
}
