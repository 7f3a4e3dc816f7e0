import { createHash } from 'node:crypto';
import { access, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import type { TelephonyConfig } from '../telephony.config.js';
import { CHROOT_AUDIO_DIR } from '../config/database/audio-sounds.js';
import { pbxPaths, type PbxPaths } from './pbx-paths.js';
import { runCaptured, runLogged, tail } from './process-tools.js';

/**
 * What the chroot is built from. Changing this list (or the suite or mirror) changes the
 * stamp, and the next `pbx:setup` builds a new chroot.
 */
export const CHROOT_PACKAGES = [
  'asterisk',
  'asterisk-core-sounds-en-gsm',
  // Spanish system prompts (CHANNEL(language)=es): OMniLeads' users are largely Spanish-speaking.
  'asterisk-core-sounds-es-gsm',
  'asterisk-moh-opsound-gsm',
  'sip-tester',
] as const;

export interface ProvisionResult {
  /** False when the chroot was (re)built by this call. */
  cached: boolean;
  durationMs: number;
  chroot: string;
}

function stampOf(config: TelephonyConfig): string {
  const recipe = {
    variant: 'minbase',
    suite: config.PBX_DEBIAN_SUITE,
    mirror: config.PBX_DEBIAN_MIRROR,
    packages: CHROOT_PACKAGES,
  };
  return `${createHash('sha256').update(JSON.stringify(recipe)).digest('hex')}\n`;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Whether the chroot was built from the current recipe and still has Asterisk in it. */
export async function isChrootCurrent(
  config: TelephonyConfig,
  paths: PbxPaths = pbxPaths(config.PBX_DIR),
): Promise<boolean> {
  const stamp = await readFile(paths.stamp, 'utf8').catch(() => '');
  return stamp === stampOf(config) && (await exists(join(paths.chroot, 'usr/sbin/asterisk')));
}

async function ensureDebootstrap(paths: PbxPaths, logger: Logger): Promise<void> {
  if ((await runCaptured('sh', ['-c', 'command -v debootstrap'])).code === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error('debootstrap is missing; install it (apt-get install debootstrap) or run as root');
  logger.info('installing debootstrap with apt-get');
  const install = ['install', '-y', '-qq', '--no-install-recommends', 'debootstrap'];
  // The package lists may be empty on a fresh machine: update only when the install needs it.
  await runLogged('apt-get', install, paths.setupLog).catch(async () => {
    await runLogged('apt-get', ['update', '-qq'], paths.setupLog);
    await runLogged('apt-get', install, paths.setupLog);
  });
}

/**
 * Folders inside the chroot holding data rather than software: uploaded audios (their rows are
 * in the database) and call recordings. A rebuilt chroot takes them over from the old one.
 */
export const chrootDataFolders = (config: Pick<TelephonyConfig, 'PBX_RECORDINGS_DIR'>) => [
  CHROOT_AUDIO_DIR,
  config.PBX_RECORDINGS_DIR,
];

/** Moves each data folder of the old chroot into the new one (renames: same file system). */
export async function carryOverDataFolders(oldChroot: string, newChroot: string, folders: readonly string[]) {
  for (const folder of folders) {
    const from = join(oldChroot, folder);
    if (!(await exists(from))) continue;
    const to = join(newChroot, folder);
    await rm(to, { recursive: true, force: true });
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
  }
}

/**
 * Builds the chroot beside the old one and swaps it in only when complete, so that an
 * interrupted setup never leaves a half-built chroot that looks current.
 */
async function buildChroot(config: TelephonyConfig, paths: PbxPaths, logger: Logger): Promise<void> {
  const staging = `${paths.chroot}.new`;
  await rm(staging, { recursive: true, force: true });
  logger.info(
    { suite: config.PBX_DEBIAN_SUITE, packages: CHROOT_PACKAGES },
    'building the Asterisk chroot (debootstrap)',
  );
  try {
    await runLogged(
      'debootstrap',
      [
        '--variant=minbase',
        `--include=${CHROOT_PACKAGES.join(',')}`,
        config.PBX_DEBIAN_SUITE,
        staging,
        config.PBX_DEBIAN_MIRROR,
      ],
      paths.setupLog,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${tail(paths.setupLog, 20)}`);
  }
  // The downloaded packages are half the chroot's size and never needed again.
  const archives = join(staging, 'var/cache/apt/archives');
  const debs = (await readdir(archives).catch(() => [])).filter((name) => name.endsWith('.deb'));
  await Promise.all(debs.map((name) => rm(join(archives, name))));
  await carryOverDataFolders(paths.chroot, staging, chrootDataFolders(config));
  await rm(paths.chroot, { recursive: true, force: true });
  await rename(staging, paths.chroot);
}

/**
 * `pbx:setup`: a Debian chroot with Asterisk, cached in PBX_DIR. Fast when the stamp matches;
 * the caller must have stopped an Asterisk running from an outdated chroot.
 */
export async function provisionChroot(config: TelephonyConfig, logger: Logger): Promise<ProvisionResult> {
  const started = Date.now();
  const paths = pbxPaths(config.PBX_DIR);
  await mkdir(paths.root, { recursive: true });
  if (await isChrootCurrent(config, paths)) {
    return { cached: true, durationMs: Date.now() - started, chroot: paths.chroot };
  }
  if (process.getuid?.() !== 0) throw new Error('Building the Asterisk chroot needs root (debootstrap, chroot)');
  await rm(paths.stamp, { force: true });
  await writeFile(paths.setupLog, '');
  await ensureDebootstrap(paths, logger);
  await buildChroot(config, paths, logger);
  await writeFile(paths.stamp, stampOf(config));
  const durationMs = Date.now() - started;
  logger.info({ durationMs }, 'Asterisk chroot ready');
  return { cached: false, durationMs, chroot: paths.chroot };
}
