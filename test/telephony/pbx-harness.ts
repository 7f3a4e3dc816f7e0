import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { pino, type Logger } from 'pino';
import {
  AmiClient,
  amiClientOptions,
  setupPbx,
  startPbx,
  type AmiClientOptions,
  type TelephonyConfig,
} from '@switchboard/telephony';
import { STARTED_BY_FILE } from './pbx-global-setup.js';
import { testTelephonyConfig } from './test-telephony-config.js';

/** Cold setup builds a chroot (about a minute); a cached one takes milliseconds. */
export const PBX_HOOK_TIMEOUT_MS = 600_000;

export interface TestPbx {
  config: TelephonyConfig;
  logger: Logger;
  /** A connected AMI client; options override the config's rate limit, timeouts... */
  connectAmi(options?: Partial<AmiClientOptions>): Promise<AmiClient>;
}

/**
 * Makes sure the test Asterisk is built and running with the current configuration; call
 * from a beforeAll. Setup and start are serialised across test files by the PBX lock, and an
 * Asterisk already running with the same configuration is reused.
 */
export async function ensurePbx(): Promise<TestPbx> {
  const config = testTelephonyConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  await setupPbx(config, logger);
  const started = await startPbx(config, logger);
  if (!started.reused) await writeFile(join(config.PBX_DIR, STARTED_BY_FILE), inject('pbxRunId'));
  const defaults = await amiClientOptions(config, logger);
  return {
    config,
    logger,
    async connectAmi(options = {}) {
      const client = new AmiClient({ ...defaults, ...options });
      await client.connect();
      return client;
    },
  };
}
