import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AmiClient } from '../../ami/ami-client.js';
import { runCliCommand } from '../../ami/actions/command.action.js';
import { inChroot, pbxPaths } from '../../runtime/pbx-paths.js';
import type { TelephonyConfig } from '../../telephony.config.js';
import { CHROOT_CONFIG_DIR, CHROOT_DATABASE_CONFIG_DIR } from '../pbx-options.js';
import { CUSTOM_DIALPLAN_FILE, customDialplanFile } from './custom-destinations-dialplan.js';

const EXTENSION_COUNT = /-=\s*(\d+)\s+extensions?\b/;

/**
 * Puts the custom dialplan in front of Asterisk now: writes extensions_custom.conf, reloads
 * the dialplan (only), and reports which of the file's contexts Asterisk does not hold with at
 * least one extension. A file Asterisk cannot parse leaves the old dialplan loaded, so its
 * contexts are all missing.
 */
export async function loadCustomDialplan(
  ami: AmiClient,
  config: Pick<TelephonyConfig, 'PBX_DIR'>,
  content: string,
  expectedContexts: readonly string[],
): Promise<{ missing: string[] }> {
  const paths = pbxPaths(config.PBX_DIR);
  const folder = inChroot(paths, CHROOT_DATABASE_CONFIG_DIR);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await writeFile(join(folder, CUSTOM_DIALPLAN_FILE), customDialplanFile(content), { mode: 0o600 });
  // Asterisk skips a reload when the files it read look unchanged: the includers are touched.
  const now = new Date();
  await utimes(join(inChroot(paths, CHROOT_CONFIG_DIR), 'extensions.conf'), now, now).catch(() => undefined);
  await utimes(join(folder, 'extensions.conf'), now, now).catch(() => undefined);
  await runCliCommand(ami, 'dialplan reload');
  const missing: string[] = [];
  for (const context of expectedContexts) {
    const shown = (await runCliCommand(ami, `dialplan show ${context}`)).join('\n');
    const count = EXTENSION_COUNT.exec(shown);
    if (!count || Number(count[1]) === 0 || /no existence/i.test(shown)) missing.push(context);
  }
  return { missing };
}
