import { PBX_HOST } from '../../runtime/pbx-configuration.js';
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
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

/** The CLI command that makes Asterisk read each generated file again. */
const RELOAD_COMMANDS: Record<string, string> = {
  'pjsip.conf': 'module reload res_pjsip.so',
  'pjsip_wizard.conf': 'module reload res_pjsip.so',
  'extensions.conf': 'dialplan reload',
  'queues.conf': 'queue reload all',
  'amd.conf': 'module reload app_amd.so',
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
  const files = databaseConfiguration(await loadTelephonyModel(orm), databaseConfigurationOptions(config));
  const digest = configurationDigest(files);
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
  await Promise.all(changed.map((name) => utimes(join(inChroot(paths, CHROOT_CONFIG_DIR), name), now, now)));
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
    await Promise.all(included.map((name) => utimes(join(inChroot(paths, CHROOT_CONFIG_DIR), name), now, now)));
    for (const command of new Set(included.map((name) => RELOAD_COMMANDS[name]!))) await runCliCommand(ami, command);
    logger.info({ removed: present }, 'removed the telephony configuration from the database');
  });
  queue = run.catch(() => undefined);
  return run;
}
