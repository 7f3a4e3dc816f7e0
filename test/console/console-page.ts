import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** What the console's webphone exposes to browser tests (clients/console/src/webphone/test-hook.ts). */
export interface WebphoneHook {
  registration: string;
  call: { id: string; state: string; autoAnswer: boolean; remoteNumber: string | null; muted: boolean } | null;
  lastStats: { packetsReceived: number; packetsSent: number } | null;
}

/** A new tab on the console's login screen; CONSOLE_DEBUG=1 echoes its console under `tag`. */
export async function openConsolePage(context: BrowserContext, tag: string): Promise<Page> {
  const page = await context.newPage();
  if (process.env['CONSOLE_DEBUG']) {
    page.on('console', (message) => console.log(`[${tag} ${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => console.log(`[${tag} error] ${error.message}`));
  }
  await page.goto('/');
  return page;
}

/**
 * What every person at the console does the same way, agent or supervisor: log in, have the
 * webphone registered, and, for a failing journey, show what the screen said.
 */
export abstract class ConsolePage {
  protected constructor(readonly page: Page) {}

  async login(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Log in' }).click();
  }

  async webphone(): Promise<WebphoneHook> {
    return this.page.evaluate(
      () => (window as unknown as { __switchboardWebphone: WebphoneHook }).__switchboardWebphone,
    );
  }

  async expectRegistered(timeout = 20_000): Promise<void> {
    await this.page.waitForFunction(
      () =>
        (window as unknown as { __switchboardWebphone?: WebphoneHook }).__switchboardWebphone?.registration ===
        'registered',
      undefined,
      { timeout },
    );
  }

  /** For a failing journey: what the screen said and what the webphone knew. */
  async describe(): Promise<string> {
    const text = await this.page
      .locator('body')
      .innerText()
      .catch((error) => String(error));
    const hook = await this.webphone().catch(() => null);
    return `screen:\n${text}\nwebphone: ${JSON.stringify(hook)}`;
  }

  /** Runs the gestures; a failure says what the screen showed then. */
  async explainFailures(gestures: () => Promise<void>): Promise<void> {
    try {
      await gestures();
    } catch (error) {
      if (error instanceof Error) error.message += `\n${await this.describe()}`;
      throw error;
    }
  }

  /** axe-core's WCAG A/AA rules on the current screen: serious and critical violations only. */
  async accessibilityViolations(): Promise<string[]> {
    // Evaluated through the debugger protocol: the console's CSP (rightly) refuses inline scripts.
    await this.page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    return this.page.evaluate(async () => {
      const axe = (window as any).axe;
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
      return result.violations
        .filter((violation: any) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation: any) =>
            `${violation.id}: ${violation.nodes.map((node: any) => node.target.join(' ')).join(', ')}`,
        );
    });
  }
}
