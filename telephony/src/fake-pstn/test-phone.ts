import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { PBX_HOST } from '../runtime/pbx-configuration.js';
import { pbxPaths } from '../runtime/pbx-paths.js';
import { readPbxSecrets } from '../runtime/pbx-secrets.js';
import type { TelephonyConfig } from '../telephony.config.js';
import { answerScenario, registerScenario } from './sipp-scenarios.js';

export interface TestPhoneOptions {
  /**
   * One of the test phones of the base configuration (`test-phone-1` ... `test-phone-4`), or,
   * with `password`, any SIP endpoint of the UDP transport (an agent's SIP phone: its extension).
   */
  name: string;
  /** The endpoint's password, for phones that are not base test phones. */
  password?: string;
  /** Seconds on the line after answering, unless the other side hangs up first. */
  talkSeconds: number;
  /** Ringing time before the phone answers. Default 200 ms. */
  answerAfterMs?: number;
  /** The phone quits by itself after this long, in case its owner never stops it. Default 15 min. */
  lifetimeSeconds?: number;
  /**
   * The UDP port (on the PBX address) of an RTP endpoint the caller runs itself, to send and
   * record audio (test/support/audio-direction.ts): the phone's answer offers PCMU there and
   * sipp does not echo. Default: sipp echoes the audio it gets.
   */
  externalMediaPort?: number;
}

export interface TestPhone {
  name: string;
  /** The UDP port calls to this phone arrive on. */
  contactPort: number;
  /**
   * With externalMediaPort: where Asterisk sends the last answered call's audio from (what the
   * INVITE's SDP said), or null before the first call.
   */
  remoteMedia(): Promise<{ host: string; port: number } | null>;
  /** Unregisters and stops the phone. */
  stop(): Promise<void>;
}

/** A UDP port free right now on the loopback address. */
export function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, PBX_HOST, () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/** True once someone (the answering sipp) holds the port. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => resolve(true));
    socket.bind(port, PBX_HOST, () => socket.close(() => resolve(false)));
  });
}

function runToExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
}

/** The phone's three sipp scenarios, into its folder; returns where external media is reported, if any. */
async function writeScenarios(
  hostFolder: string,
  folder: string,
  options: TestPhoneOptions,
  password: string,
  contactPort: number,
) {
  const scenario = { name: options.name, password, contactPort };
  await writeFile(join(hostFolder, 'register.xml'), registerScenario({ ...scenario, expiresSeconds: 3600 }));
  await writeFile(join(hostFolder, 'unregister.xml'), registerScenario({ ...scenario, expiresSeconds: 0 }));
  const externalMedia =
    options.externalMediaPort === undefined
      ? undefined
      : { port: options.externalMediaPort, remoteFile: `${folder}/remote-media` };
  await writeFile(
    join(hostFolder, 'answer.xml'),
    answerScenario({ answerAfterMs: options.answerAfterMs ?? 200, talkMs: options.talkSeconds * 1000, externalMedia }),
  );
  return externalMedia;
}

/**
 * A registered, auto-answering SIP phone: two sipp processes inside the chroot, one that
 * registers the phone's contact and exits, one that answers calls on that contact, echoes the
 * audio and hangs up after `talkSeconds`. Used by tests and the demo in place of an agent.
 */
export async function startTestPhone(
  config: TelephonyConfig,
  options: TestPhoneOptions,
  logger: Logger,
): Promise<TestPhone> {
  const paths = pbxPaths(config.PBX_DIR);
  const password = options.password ?? (await readPbxSecrets(paths.secrets)).testPhones[options.name];
  if (password === undefined) throw new Error(`No test phone named ${options.name}`);
  const folder = `/tmp/switchboard-phones/${options.name}-${randomBytes(4).toString('hex')}`;
  const hostFolder = join(paths.chroot, folder);
  await mkdir(hostFolder, { recursive: true });
  const [contactPort, mediaPort] = [await freeUdpPort(), await freeUdpPort()];
  const externalMedia = await writeScenarios(hostFolder, folder, options, password, contactPort);
  const sipp = (args: string[]) =>
    spawn('chroot', [paths.chroot, 'sipp', '-i', PBX_HOST, '-bind_local', '-nostdin', '-trace_err', ...args], {
      stdio: 'ignore',
    });

  const answering = sipp([
    '-sf',
    `${folder}/answer.xml`,
    '-p',
    String(contactPort),
    '-mp',
    String(mediaPort),
    ...(externalMedia ? [] : ['-rtp_echo']),
    '-timeout',
    `${options.lifetimeSeconds ?? 900}s`,
    '-error_file',
    `${folder}/answer-errors.log`,
  ]);
  const answeringExit = runToExit(answering);
  for (let tries = 0; !(await portTaken(contactPort)); tries += 1) {
    if (tries > 100 || answering.exitCode !== null) throw new Error(`The test phone ${options.name} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const register = (file: string) =>
    runToExit(
      sipp([
        `${PBX_HOST}:${config.PBX_SIP_PORT}`,
        '-sf',
        `${folder}/${file}`,
        '-m',
        '1',
        '-timeout',
        '10s',
        '-timeout_error',
        '-error_file',
        `${folder}/${file}.log`,
      ]),
    );
  const registered = await register('register.xml');
  if (registered !== 0) {
    answering.kill('SIGKILL');
    const errors = await readFile(join(hostFolder, 'register.xml.log'), 'utf8').catch(() => '');
    throw new Error(`The test phone ${options.name} could not register (sipp exit ${registered}):\n${errors}`);
  }
  const phoneLogger = logger.child({ testPhone: options.name, contactPort });
  phoneLogger.debug('test phone registered');
  return {
    name: options.name,
    contactPort,
    async remoteMedia() {
      const text = await readFile(join(hostFolder, 'remote-media'), 'utf8').catch(() => '');
      const [host, port] = text.trim().split(/\s+/);
      return host && port ? { host, port: Number(port) } : null;
    },
    async stop() {
      const unregistered = await register('unregister.xml').catch(() => null);
      if (unregistered !== 0) phoneLogger.warn({ exitCode: unregistered }, 'test phone did not unregister');
      answering.kill('SIGTERM');
      await answeringExit;
      await rm(hostFolder, { recursive: true, force: true });
    },
  };
}
