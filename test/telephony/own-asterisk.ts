import { join } from 'node:path';
import { inject } from 'vitest';
import { testTelephonyConfig } from './test-telephony-config.js';

/**
 * A test file that restarts Asterisk would end the other files' calls (and a resync would close
 * their calls in the log), so it brings its own: an Asterisk in a folder of its own inside
 * PBX_DIR (git ignores it; its chroot is built once, then cached), on ports `100 × (slot + 1)`
 * above the run's, with RTP ports and a FastAGI port no other slot uses. Each such file takes
 * its own slot.
 */
export function ownAsteriskEnvironment(name: string, slot: 1 | 2 | 3 | 4): Record<string, string> {
  const shared = testTelephonyConfig();
  const offset = 100 * (slot + 1);
  return {
    PBX_DIR: join(shared.PBX_DIR, name),
    PBX_AMI_PORT: String(shared.PBX_AMI_PORT + offset),
    PBX_SIP_PORT: String(shared.PBX_SIP_PORT + offset),
    PBX_PSTN_PORT: String(shared.PBX_PSTN_PORT + offset),
    PBX_HTTP_PORT: String(shared.PBX_HTTP_PORT + offset),
    PBX_RTP_PORT_START: String(shared.PBX_RTP_PORT_END + 1 + 200 * (slot - 1)),
    PBX_RTP_PORT_END: String(shared.PBX_RTP_PORT_END + 200 * slot),
    FASTAGI_PORT: String(4773 + 100 * slot),
  };
}

/** A database and a Redis prefix of the file's own, beside the run's (see HarnessIsolation). */
export function ownIsolation(name: string): { databaseUrl: string; redisPrefix: string } {
  const url = new URL(inject('databaseUrl'));
  url.pathname = `${url.pathname}_${name.replaceAll('-', '_')}`;
  return { databaseUrl: url.toString(), redisPrefix: `${inject('redisPrefix')}${name}:` };
}
