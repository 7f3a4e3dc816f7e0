import { PBX_HOST } from '../../runtime/pbx-configuration.js';
import { copyFile, link, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Orm } from '@switchboard/schema';
import type { AmiClient } from '../../ami/ami-client.js';
import { runCliCommand } from '../../ami/actions/command.action.js';
import { inChroot, pbxPaths } from '../../runtime/pbx-paths.js';
import type { TelephonyConfig } from '../../telephony.config.js';
import type { ConfigurationFiles } from '../base-configuration.js';
import { configurationDigest, writeConfiguration } from '../configuration.writer.js';
import { CHROOT_CONFIG_DIR, CHROOT_DATABASE_CONFIG_DIR } from '../pbx-options.js';
import { databaseConfiguration } from './database-configuration.js';
import type { DatabaseConfigurationOptions } from './telephony-model.js';
import { loadTelephonyModel } from './telephony-model.loader.js';
import { CHROOT_AUDIO_DIR, mohClassName } from './audio-sounds.js';
import { CHROOT_MOH_DIR, mohFileNames } from './music-on-hold-conf.js';
import type { MohPlaylistModel } from './telephony-model.js';

/** Files included by another generated file rather than by the base configuration. */
const INCLUDED_BY: Record<string, string> = { 'extensions_custom.conf': 'extensions.conf' };
const includer = (name: string) => INCLUDED_BY[name] ?? name;

/** The CLI command that makes Asterisk read each generated file again. */
const RELOAD_COMMANDS: Record<string, string> = {
  'pjsip.conf': 'module reload res_pjsip.so',
  'pjsip_wizard.conf': 'module reload res_pjsip.so',
  'extensions.conf': 'dialplan reload',
  'extensions_custom.conf': 'dialplan reload',
  'queues.conf': 'queue reload all',
  'amd.conf': 'module reload app_amd.so',
  // Only the music classes: a playlist change does not reload queues or the dialplan.
  'musiconhold.conf': 'moh reload',
};

export interface ApplyResult {
  /** Generated files whose content differed from what Asterisk had. */
  changedFiles: string[];
  /** The reload commands sent, in order. */
  reloads: string[];
  digest: string;
}

export function databaseConfigurationOptions(config: TelephonyConfig): DatabaseConfigurationOptions {
  return {
    sipDomain: config.PBX_SIP_DOMAIN,
    mediaAddress: PBX_HOST,
    agi: { host: config.FASTAGI_HOST, port: config.FASTAGI_PORT },
    recordings: { directory: config.PBX_RECORDINGS_DIR, fileNamePattern: config.PBX_RECORDING_FILE_PATTERN },
  };
}

async function changedFiles(folder: string, files: ConfigurationFiles): Promise<string[]> {
  const changed: string[] = [];
  for (const [name, content] of files) {
    const current = await readFile(join(folder, name), 'utf8').catch(() => undefined);
    if (current !== content) changed.push(name);
  }
  return changed;
}

// One apply at a time in this process: two interleaved writes could leave a mix of both.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Generates the configuration from the database, writes it into the chroot and reloads what
 * changed in the running Asterisk. Nothing is written or reloaded when the files Asterisk
 * already has are the same (compared with the files on disk, so a restarted process or a
 * restarted Asterisk needs no remembered state).
 */
export function applyTelephonyConfiguration(
  orm: Orm,
  ami: AmiClient,
  config: TelephonyConfig,
  logger: Logger,
): Promise<ApplyResult> {
  const run = queue.then(() => applyNow(orm, ami, config, logger));
  queue = run.catch(() => undefined);
  return run;
}

async function applyNow(orm: Orm, ami: AmiClient, config: TelephonyConfig, logger: Logger): Promise<ApplyResult> {
  const paths = pbxPaths(config.PBX_DIR);
  const folder = inChroot(paths, CHROOT_DATABASE_CONFIG_DIR);
  const model = await loadTelephonyModel(orm);
  const files = databaseConfiguration(model, databaseConfigurationOptions(config));
  const digest = configurationDigest(files);
  // Before musiconhold.conf names the folders: a reloaded class finds its files in place.
  await syncMusicOnHoldFolders(paths.chroot, model.mohPlaylists ?? [], logger);
  // Files written by an apply whose reload failed (AMI down): reloaded now, though unchanged.
  const pendingFile = join(paths.root, 'database-configuration.pending');
  const pending = JSON.parse(await readFile(pendingFile, 'utf8').catch(() => '[]')) as string[];
  const changed = [...new Set([...pending, ...(await changedFiles(folder, files))])].filter((name) => files.has(name));
  if (changed.length === 0) return { changedFiles: [], reloads: [], digest };
  await writeConfiguration(folder, files);
  await writeFile(pendingFile, JSON.stringify(changed));
  // Asterisk skips a reload when the main file looks unchanged, and it does not watch a
  // #tryinclude'd file that did not exist at its last load: touching the includer forces it.
  const now = new Date();
  await Promise.all(
    [...new Set(changed.map(includer))].map((name) => utimes(join(inChroot(paths, CHROOT_CONFIG_DIR), name), now, now)),
  );
  const reloads = [...new Set(changed.map((name) => RELOAD_COMMANDS[name]!))];
  for (const command of reloads) {
    const output = await runCliCommand(ami, command);
    logger.info({ command, output: output.join(' ') }, 'reloaded Asterisk configuration');
  }
  await rm(pendingFile, { force: true });
  logger.info({ changedFiles: changed, digest }, 'applied telephony configuration from the database');
  return { changedFiles: changed, reloads, digest };
}

/**
 * One folder per playlist with audios under CHROOT_MOH_DIR, holding hard links to the
 * converted audios named in playing order (mohFileNames); folders and links nobody names any
 * more are removed. Hard links (a copy across file systems) rather than symbolic ones: the
 * same path works from the host and from inside the chroot.
 */
export async function syncMusicOnHoldFolders(
  chroot: string,
  playlists: readonly MohPlaylistModel[],
  logger: Logger,
): Promise<void> {
  const root = join(chroot, CHROOT_MOH_DIR);
  const audios = join(chroot, CHROOT_AUDIO_DIR);
  await mkdir(root, { recursive: true });
  const wanted = new Set<string>();
  for (const playlist of playlists) {
    if (playlist.audioIds.length === 0) continue;
    const folder = join(root, mohClassName(playlist.id));
    wanted.add(mohClassName(playlist.id));
    await mkdir(folder, { recursive: true });
    const names = mohFileNames(playlist);
    const present = new Set(await readdir(folder));
    await Promise.all([...present].filter((name) => !names.includes(name)).map((name) => rm(join(folder, name))));
    for (const [index, name] of names.entries()) {
      if (present.has(name)) continue;
      const source = join(audios, `audio-${playlist.audioIds[index]}.wav`);
      const target = join(folder, name);
      await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === 'EXDEV') return copyFile(source, target);
        if (error.code === 'ENOENT') {
          logger.warn({ playlistId: playlist.id, source }, 'music on hold: the audio file is missing; skipped');
          return undefined;
        }
        throw error;
      });
    }
  }
  const folders = await readdir(root);
  await Promise.all(
    folders
      .filter((name) => name.startsWith('sb-moh-') && !wanted.has(name))
      .map((name) => rm(join(root, name), { recursive: true, force: true })),
  );
}

/**
 * Removes the generated files and reloads, leaving Asterisk with its base configuration only
 * (tests clean up with it, so that the next start does not load another run's data).
 */
export function clearTelephonyConfiguration(ami: AmiClient, config: TelephonyConfig, logger: Logger): Promise<void> {
  const run = queue.then(async () => {
    const paths = pbxPaths(config.PBX_DIR);
    const folder = inChroot(paths, CHROOT_DATABASE_CONFIG_DIR);
    const present = await readdir(folder).catch(() => [] as string[]);
    await Promise.all(present.map((name) => rm(join(folder, name), { force: true })));
    await rm(join(paths.root, 'database-configuration.pending'), { force: true });
    const now = new Date();
    const included = present.filter((name) => RELOAD_COMMANDS[name]);
    await Promise.all(
      [...new Set(included.map(includer))].map((name) =>
        utimes(join(inChroot(paths, CHROOT_CONFIG_DIR), name), now, now),
      ),
    );
    for (const command of new Set(included.map((name) => RELOAD_COMMANDS[name]!))) await runCliCommand(ami, command);
    logger.info({ removed: present }, 'removed the telephony configuration from the database');
  });
  queue = run.catch(() => undefined);
  return run;
}
