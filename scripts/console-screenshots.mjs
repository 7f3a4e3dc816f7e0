// npm run docs:screenshots — the README's pictures of the agent console, taken in Chromium
// from a running `npm run demo` (agent1 in English until a dialer call reaches it, then the
// login screen and the workspace in Spanish). Writes docs/images/console-*.png.
/* global process, console, window -- Node and page globals: the lint config defines none for .mjs */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromiumWithMicrophone } from './chromium.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const origin = process.env.DEMO_URL ?? 'http://127.0.0.1:4000';
const image = (name) => path.join(root, 'docs', 'images', name);

const browser = await launchChromiumWithMicrophone();

async function shift(locale, username, password, label) {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['microphone'], { origin });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  return {
    context,
    page,
    login: async () => {
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="password"]').fill(password);
      await page.getByRole('button', { name: label }).click();
      await page.waitForFunction(() => window.__switchboardWebphone?.registration === 'registered', undefined, {
        timeout: 60_000,
      });
    },
  };
}

try {
  const english = await shift('en-US', 'agent1', 'Switchboard-Demo-2026', 'Log in');
  await english.login();
  // The demo's dialer sends agent1 a call once it is READY (auto-answered: the demo group says so).
  await english.page.locator('[data-test="state"]', { hasText: 'On call' }).waitFor({ timeout: 180_000 });
  await english.page.waitForTimeout(3000);
  await english.page.screenshot({ path: image('console-call.png') });
  await english.context.close();

  const spanish = await shift('es-ES', 'agent1', 'Switchboard-Demo-2026', 'Ingresar');
  await spanish.page.screenshot({ path: image('console-login-es.png') });
  await spanish.login();
  await spanish.page.waitForTimeout(2000);
  await spanish.page.screenshot({ path: image('console-es.png') });
  await spanish.page
    .getByRole('button', { name: 'Salir' })
    .click()
    .catch(() => undefined);
  await spanish.context.close();

  const explorer = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await explorer.goto(`${origin}/graphql`);
  await explorer.locator('.graphiql-container').waitFor();
  await explorer.screenshot({ path: image('graphiql.png') });
  console.log('docs/images/console-call.png, console-login-es.png, console-es.png, graphiql.png');
} finally {
  await browser.close();
}
