import { spawn } from 'node:child_process';
import { mkdir, open, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { configurationDigest, writeConfiguration } from '../config/configuration.writer.js';
import { CHROOT_CONFIG_DIR, CHROOT_LOG_DIR, CHROOT_RUN_DIR } from '../config/pbx-options.js';
import type { TelephonyConfig } from '../telephony.config.js';
import { probeAmi, type AmiProbeResult } from './ami-probe.js';
import { isChrootCurrent, provisionChroot, type ProvisionResult } from './chroot.provisioner.js';
import { withDirLock } from './dir-lock.js';
import { PBX_HOST, pbxConfigurationFiles } from './pbx-configuration.js';
import { inChroot, pbxPaths, type PbxPaths } from './pbx-paths.js';
import { loadPbxSecrets, readPbxSecrets, type PbxSecrets } from './pbx-secrets.js';
import { commandName, isAlive, tail } from './process-tools.js';

export interface PbxStatus {
  running: boolean;
  pid?: number;
  ami: AmiProbeResult;
  amiPort: number;
  sipPort: number;
  httpPort: number;
}

export interface StartResult {
  pid: number;
  /** True when an Asterisk with the same configuration was already running. */
  reused: boolean;
  durationMs: number;
}

async function runningPid(paths: PbxPaths): Promise<number | undefined> {
  const pid = Number(await readFile(paths.pid, 'utf8').catch(() => ''));
  return pid > 0 && isAlive(pid) && commandName(pid) === 'asterisk' ? pid : undefined;
}

function amiTarget(config: TelephonyConfig, secrets: PbxSecrets | undefined) {
  return {
    host: PBX_HOST,
    port: config.PBX_AMI_PORT,
    username: config.AMI_USERNAME,
    secret: config.AMI_SECRET ?? secrets?.amiSecret ?? '',
  };
}

/** `pbx:status`: whether our Asterisk runs and whether AMI answers and has booted. */
export async function pbxStatus(config: TelephonyConfig): Promise<PbxStatus> {
  const paths = pbxPaths(config.PBX_DIR);
  const pid = await runningPid(paths);
  // Before the first setup there are no secrets: the probe then only tells whether AMI answers.
  const secrets = await readPbxSecrets(paths.secrets).catch(() => undefined);
  const ami = await probeAmi(amiTarget(config, secrets));
  return {
    running: pid !== undefined,
    pid,
    ami,
    amiPort: config.PBX_AMI_PORT,
    sipPort: config.PBX_SIP_PORT,
    httpPort: config.PBX_HTTP_PORT,
  };
}

async function stopUnlocked(paths: PbxPaths, logger: Logger, graceMs = 10_000): Promise<boolean> {
  const pid = await runningPid(paths);
  if (pid === undefined) {
    await rm(paths.pid, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (isAlive(pid)) {
    logger.warn({ asteriskPid: pid }, 'Asterisk ignored SIGTERM; killing it');
    process.kill(pid, 'SIGKILL');
  }
  await rm(paths.pid, { force: true });
  await rm(paths.digest, { force: true });
  logger.info({ asteriskPid: pid }, 'Asterisk stopped');
  return true;
}

/**
 * `pbx:setup`: builds the chroot unless the cached one is current, and creates the secrets.
 * An Asterisk still running from an outdated chroot is stopped first.
 */
export async function setupPbx(config: TelephonyConfig, logger: Logger): Promise<ProvisionResult> {
  const paths = pbxPaths(config.PBX_DIR);
  await mkdir(paths.root, { recursive: true });
  return withDirLock(paths.lock, async () => {
    if (!(await isChrootCurrent(config, paths))) await stopUnlocked(paths, logger);
    const result = await provisionChroot(config, logger);
    await loadPbxSecrets(paths.secrets);
    return result;
  });
}

/** `pbx:stop`: stops our Asterisk by its pid; true when one was running. */
export async function stopPbx(config: TelephonyConfig, logger: Logger): Promise<boolean> {
  const paths = pbxPaths(config.PBX_DIR);
  return withDirLock(paths.lock, () => stopUnlocked(paths, logger));
}

async function prepareChroot(paths: PbxPaths): Promise<void> {
  await mkdir(inChroot(paths, CHROOT_RUN_DIR), { recursive: true });
  await mkdir(inChroot(paths, CHROOT_LOG_DIR), { recursive: true });
  // No name servers: every peer is an address on loopback, so no DNS query may leave the
  // machine. Carriers known by host name will need real ones (a later issue).
  await writeFile(inChroot(paths, '/etc/resolv.conf'), '');
  // Asterisk's own log lives inside the chroot; a link makes it visible as .pbx/logs/.
  await rm(paths.logs, { force: true });
  await symlink(join('chroot', CHROOT_LOG_DIR), paths.logs);
}

async function waitForBoot(
  config: TelephonyConfig,
  paths: PbxPaths,
  secrets: PbxSecrets,
  pid: number,
  timeoutMs: number,
): Promise<void> {
  const target = amiTarget(config, secrets);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!isAlive(pid)) throw new Error(`Asterisk exited while starting:\n${tail(paths.processLog)}`);
    const probe = await probeAmi(target, 1000);
    if (probe.booted) return;
    if (probe.error === 'login rejected')
      throw new Error('AMI rejected our credentials; is another Asterisk on this port?');
    if (Date.now() > deadline)
      throw new Error(`Asterisk did not boot within ${timeoutMs} ms:\n${tail(paths.processLog)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function spawnAsterisk(paths: PbxPaths, logFd: number): number {
  // `chroot` execs Asterisk, so the pid we get is Asterisk's own; -f keeps it from forking.
  const child = spawn(
    'chroot',
    [paths.chroot, '/usr/sbin/asterisk', '-f', '-C', `${CHROOT_CONFIG_DIR}/asterisk.conf`],
    {
      detached: true,
      stdio: ['ignore', logFd, logFd],
    },
  );
  child.unref();
  if (child.pid === undefined) throw new Error('Could not spawn Asterisk');
  return child.pid;
}

/**
 * `pbx:start`: writes the configuration into the chroot and starts Asterisk, unless one with
 * the same configuration already runs (then it is reused). Resolves once AMI has booted.
 */
export async function startPbx(config: TelephonyConfig, logger: Logger, bootTimeoutMs = 30_000): Promise<StartResult> {
  const paths = pbxPaths(config.PBX_DIR);
  const started = Date.now();
  return withDirLock(paths.lock, async () => {
    if (!(await isChrootCurrent(config, paths)))
      throw new Error('The Asterisk chroot is missing or outdated: run npm run pbx:setup');
    const secrets = await loadPbxSecrets(paths.secrets);
    const files = await pbxConfigurationFiles(config, paths, secrets);
    const digest = configurationDigest(files);
    const current = await runningPid(paths);
    if (current !== undefined && (await readFile(paths.digest, 'utf8').catch(() => '')) === digest) {
      return { pid: current, reused: true, durationMs: Date.now() - started };
    }
    if (current !== undefined) logger.info({ asteriskPid: current }, 'restarting Asterisk: its configuration changed');
    await stopUnlocked(paths, logger);
    await writeConfiguration(inChroot(paths, CHROOT_CONFIG_DIR), files);
    await prepareChroot(paths);
    const log = await open(paths.processLog, 'a');
    let pid: number;
    try {
      pid = spawnAsterisk(paths, log.fd);
    } finally {
      await log.close();
    }
    await writeFile(paths.pid, String(pid));
    try {
      await waitForBoot(config, paths, secrets, pid, bootTimeoutMs);
    } catch (error) {
      await stopUnlocked(paths, logger);
      throw error;
    }
    await writeFile(paths.digest, digest);
    const durationMs = Date.now() - started;
    logger.info(
      { asteriskPid: pid, durationMs, amiPort: config.PBX_AMI_PORT, sipPort: config.PBX_SIP_PORT },
      'Asterisk is running',
    );
    return { pid, reused: false, durationMs };
  });
}
