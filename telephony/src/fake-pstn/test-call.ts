import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PBX_HOST } from '../runtime/pbx-configuration.js';
import { pbxPaths } from '../runtime/pbx-paths.js';
import type { TelephonyConfig } from '../telephony.config.js';
import { callScenario, type CallScenario } from './sipp-scenarios.js';
import { freeUdpPort } from './test-phone.js';

export interface TestCallResult {
  /** The call was answered, talked over and hung up by the phone. */
  answered: boolean;
  /** The final SIP status Asterisk gave instead of 200, when it refused (404, 403…). */
  refusedWith: number | null;
}

/**
 * A SIP phone (an endpoint of the UDP transport: a test phone, an agent's SIP phone) dialing a
 * number by itself, as someone typing on its keypad would: one sipp call inside the chroot.
 */
export async function placeTestCall(config: TelephonyConfig, call: CallScenario): Promise<TestCallResult> {
  const paths = pbxPaths(config.PBX_DIR);
  const folder = `/tmp/switchboard-phones/${call.name}-call-${randomBytes(4).toString('hex')}`;
  const hostFolder = join(paths.chroot, folder);
  await mkdir(hostFolder, { recursive: true });
  try {
    await writeFile(join(hostFolder, 'call.xml'), callScenario(call));
    const timeoutSeconds = Math.ceil(call.talkMs / 1000) + 20;
    const sipp = spawn(
      'chroot',
      [
        paths.chroot,
        'sipp',
        `${PBX_HOST}:${config.PBX_SIP_PORT}`,
        '-i',
        PBX_HOST,
        '-p',
        String(await freeUdpPort()),
        '-mp',
        String(await freeUdpPort()),
        '-sf',
        `${folder}/call.xml`,
        '-m',
        '1',
        '-nostdin',
        '-timeout',
        `${timeoutSeconds}s`,
        '-timeout_error',
        '-trace_err',
        '-error_file',
        `${folder}/errors.log`,
      ],
      { stdio: 'ignore' },
    );
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      sipp.once('error', reject);
      sipp.once('exit', resolve);
    });
    if (exitCode === 0) return { answered: true, refusedWith: null };
    const errors = await readFile(join(hostFolder, 'errors.log'), 'utf8').catch(() => '');
    const status = /SIP\/2\.0 ([3-6]\d\d)/.exec(errors.replace(/SIP\/2\.0 401[^\n]*/g, ''));
    if (!status)
      throw new Error(
        `The test call from ${call.name} failed without a SIP answer (sipp exit ${exitCode}):\n${errors}`,
      );
    return { answered: false, refusedWith: Number(status[1]) };
  } finally {
    await rm(hostFolder, { recursive: true, force: true });
  }
}
