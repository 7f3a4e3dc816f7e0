import { join } from 'node:path';
import type { TelephonyConfig } from '@switchboard/telephony';
import { withDirLock } from '../../telephony/src/runtime/dir-lock.js';

/**
 * Test files that apply the database configuration to the shared Asterisk (and clear it when
 * done) take turns: otherwise one file's cleanup would remove the routes another is calling.
 * Call in beforeAll; call the returned function in afterAll.
 */
export async function holdDatabaseConfiguration(config: TelephonyConfig): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let acquired!: () => void;
  const holding = new Promise<void>((resolve) => (acquired = resolve));
  const lock = withDirLock(join(config.PBX_DIR, 'database-configuration.lock'), async () => {
    acquired();
    await released;
  });
  await Promise.race([holding, lock]);
  return async () => {
    release();
    await lock;
  };
}
