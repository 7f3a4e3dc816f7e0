import { CHROOT_CONFIG_DIR } from '../config/pbx-options.js';
import type { TelephonyConfig } from '../telephony.config.js';
import { pbxPaths } from './pbx-paths.js';
import { runCaptured } from './process-tools.js';

/**
 * Runs one CLI command on the project's Asterisk through its control socket (`asterisk -rx`),
 * not through AMI: for operations on AMI itself, such as kicking a session.
 */
export async function asteriskCli(config: TelephonyConfig, command: string): Promise<string> {
  const { chroot } = pbxPaths(config.PBX_DIR);
  const result = await runCaptured('chroot', [
    chroot,
    '/usr/sbin/asterisk',
    '-C',
    `${CHROOT_CONFIG_DIR}/asterisk.conf`,
    '-rx',
    command,
  ]);
  if (result.code !== 0)
    throw new Error(`asterisk -rx "${command}" failed (${result.code}): ${result.stderr || result.stdout}`);
  return result.stdout;
}
