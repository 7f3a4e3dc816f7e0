// Debian's Chromium as this machine runs it headless (DESIGN.md), with a fake microphone for
// the webphone: for the scripts and benchmarks that drive the console outside the tests.
import { chromium } from 'playwright-core';

export function launchChromiumWithMicrophone() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      // Real host candidates: Asterisk cannot resolve the mDNS names Chromium would otherwise offer.
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ],
  });
}
