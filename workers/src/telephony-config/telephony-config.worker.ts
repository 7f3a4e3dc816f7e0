import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { EventBus, Orm } from '@switchboard/schema';
import {
  AmiClient,
  DNC_AGI_SCRIPT,
  doNotCallHandler,
  startFastAgiServer,
  type AmiClientOptions,
  type FastAgiServer,
  type TelephonyConfig,
} from '@switchboard/telephony';
import type { WorkersConfig } from '../config.js';
import { RedisLease } from '../common/redis-lease.js';
import { ConfigurationApplier } from './configuration-applier.js';
import { watchConfigurationChanges } from './configuration-changes.js';

export interface TelephonyConfigWorkerDeps {
  config: WorkersConfig;
  telephony: TelephonyConfig;
  amiOptions: AmiClientOptions;
  orm: Orm;
  events: EventBus;
  logger: Logger;
}

export interface TelephonyConfigWorker {
  /** Whether this process holds the lease (and so is the one applying and answering FastAGI). */
  readonly isLeader: boolean;
  /** Applies that changed files, since start (tests wait on it instead of applying by hand). */
  readonly appliedCount: number;
  close(): Promise<void>;
}

interface Leading {
  ami: AmiClient;
  agi: FastAgiServer | undefined;
}

/** The do-not-call FastAGI server; applying goes on without it (the dialplan then refuses the calls). */
function startAgi(deps: TelephonyConfigWorkerDeps, log: Logger): Promise<FastAgiServer | undefined> {
  const { FASTAGI_HOST: host, FASTAGI_PORT: port } = deps.telephony;
  const handlers = new Map([[DNC_AGI_SCRIPT, doNotCallHandler(deps.orm)]]);
  return startFastAgiServer({ host, port, handlers }, log).catch((error: unknown) => {
    log.error({ err: error, port }, 'FastAGI server could not start');
    return undefined;
  });
}

/**
 * workers/telephony-config: the one holding `lease:telephony-config` runs the FastAGI server
 * and keeps Asterisk's generated configuration in step with the database. It applies when it
 * takes the lease and on every AMI login (Asterisk may have restarted with old files), and
 * after configuration events, debounced so that a burst of edits costs one reload.
 */
export function startTelephonyConfigWorker(deps: TelephonyConfigWorkerDeps): TelephonyConfigWorker {
  const { config, telephony, logger } = deps;
  const log = logger.child({ worker: 'telephony-config', workerId: config.WORKER_ID });
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  let leading: Leading | undefined;
  const applier = new ConfigurationApplier({
    orm: deps.orm,
    telephony,
    logger: log,
    debounceMs: config.TELEPHONY_CONFIG_DEBOUNCE_MS,
    retryMs: config.TELEPHONY_CONFIG_RETRY_MS,
  });

  const stopWatching = watchConfigurationChanges(deps.events, log, (topic, source) => {
    log.debug({ topic, source }, 'configuration changed');
    applier.schedule(topic);
  });

  // Leading starts and stops in turn, even when the lease flips while starting.
  let transition: Promise<void> = Promise.resolve();
  const inTurn = (step: () => Promise<void>) => {
    transition = transition
      .then(step)
      .catch((error: unknown) => log.error({ err: error }, 'telephony-config transition failed'));
    return transition;
  };

  const lead = () =>
    inTurn(async () => {
      if (!lease.isHeld || leading) return;
      const agi = await startAgi(deps, log);
      const ami = new AmiClient({ ...deps.amiOptions, logger: log });
      leading = { ami, agi };
      await applier.use(ami);
      // Every login, the first included: Asterisk may have restarted with another run's files.
      ami.onConnection(
        'connected',
        ({ reconnected }) => void applier.apply(reconnected ? 'AMI reconnected' : 'AMI connected'),
      );
      // Not awaited: while Asterisk is down the client keeps retrying.
      ami.connect().catch((error: unknown) => log.warn({ err: error }, 'AMI not answering yet; retrying'));
      log.info('leading: applying the telephony configuration and answering FastAGI');
    });

  const follow = (reason: string) =>
    inTurn(async () => {
      const current = leading;
      leading = undefined;
      await applier.use(undefined);
      if (!current) return;
      log.warn({ reason }, 'no longer leading: stopping');
      await Promise.all([current.agi?.close(), current.ami.close()]);
    });

  const lease = new RedisLease({
    redis,
    key: `${config.REDIS_PREFIX}lease:telephony-config`,
    holder: config.WORKER_ID,
    ttlMs: config.LEASE_TTL_MS,
    renewMs: config.LEASE_RENEW_MS,
    logger: log,
    onAcquired: lead,
    onLost: follow,
  });
  lease.start();

  return {
    get isLeader() {
      return lease.isHeld && leading !== undefined;
    },
    get appliedCount() {
      return applier.appliedCount;
    },
    async close() {
      await stopWatching();
      await lease.stop();
      await follow('closed');
      redis.disconnect();
    },
  };
}
