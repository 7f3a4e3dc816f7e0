import type { Logger } from 'pino';
import type { EventBus, Orm } from '@switchboard/schema';
import {
  AmiClient,
  DNC_AGI_SCRIPT,
  doNotCallHandler,
  INBOUND_CONTACT_AGI_SCRIPT,
  destinationAgiHandlers,
  inboundContactHandler,
  CALLER_IDENTIFICATION_AGI_SCRIPT,
  callerIdentificationHandler,
  startFastAgiServer,
  type AmiClientOptions,
  type FastAgiServer,
  type TelephonyConfig,
} from '@switchboard/telephony';
import type { WorkersConfig } from '../config.js';
import { leadWithLease } from '../common/lease-leadership.js';
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
  const handlers = new Map([
    [DNC_AGI_SCRIPT, doNotCallHandler(deps.orm)],
    [INBOUND_CONTACT_AGI_SCRIPT, inboundContactHandler(deps.orm)],
    [CALLER_IDENTIFICATION_AGI_SCRIPT, callerIdentificationHandler(deps.orm)],
    ...destinationAgiHandlers(deps.orm),
  ]);
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

  const leadership = leadWithLease<Leading>({
    config,
    name: 'telephony-config',
    logger: log,
    create: async () => ({ agi: await startAgi(deps, log), ami: new AmiClient({ ...deps.amiOptions, logger: log }) }),
    run: async ({ ami }) => {
      await applier.use(ami);
      // Every login, the first included: Asterisk may have restarted with another run's files.
      ami.onConnection(
        'connected',
        ({ reconnected }) => void applier.apply(reconnected ? 'AMI reconnected' : 'AMI connected'),
      );
      // Not awaited: while Asterisk is down the client keeps retrying.
      ami.connect().catch((error: unknown) => log.warn({ err: error }, 'AMI not answering yet; retrying'));
      log.info('leading: applying the telephony configuration and answering FastAGI');
    },
    stop: async ({ agi, ami }) => {
      await applier.use(undefined);
      await Promise.all([agi?.close(), ami.close()]);
    },
  });

  return {
    get isLeader() {
      return leadership.isLeader;
    },
    get appliedCount() {
      return applier.appliedCount;
    },
    async close() {
      await stopWatching();
      await leadership.close();
    },
  };
}
