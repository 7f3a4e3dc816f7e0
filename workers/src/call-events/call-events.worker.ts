import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { EventBus, Orm } from '@switchboard/schema';
import { AmiClient, type AmiClientOptions } from '@switchboard/telephony';
import type { WorkersConfig } from '../config.js';
import { RedisLease } from '../common/redis-lease.js';
import { CallEventNotifier } from './call-event.notifier.js';
import { CallEventWriter } from './call-event.writer.js';
import { CallEventsProcessor } from './call-events.processor.js';

export interface CallEventsWorkerDeps {
  config: WorkersConfig;
  amiOptions: AmiClientOptions;
  orm: Orm;
  events: EventBus;
  logger: Logger;
}

export interface CallEventsWorker {
  /** Whether this process holds the lease (and so is the one writing the log). */
  readonly isLeader: boolean;
  /** The AMI client and processor while leading (tests replay events and kill sockets here). */
  active(): { ami: AmiClient; processor: CallEventsProcessor } | undefined;
  close(): Promise<void>;
}

/**
 * workers/call-events: any number may run; the one holding the `lease:call-events` lease
 * connects to AMI and writes the log, the others wait to take over. AMI is connected only
 * while leading, so a standby costs Asterisk nothing.
 */
export function startCallEventsWorker(deps: CallEventsWorkerDeps): CallEventsWorker {
  const { config, logger } = deps;
  const log = logger.child({ worker: 'call-events', workerId: config.WORKER_ID });
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const notifier = new CallEventNotifier(deps.events);
  const writer = new CallEventWriter(deps.orm, notifier, log);
  let active: { ami: AmiClient; processor: CallEventsProcessor } | undefined;
  // Leading starts and stops in turn, even when the lease flips while AMI is connecting.
  let transition: Promise<void> = Promise.resolve();
  const inTurn = (step: () => Promise<void>) => {
    transition = transition
      .then(step)
      .catch((error: unknown) => log.error({ err: error }, 'call-events transition failed'));
    return transition;
  };

  const lead = () =>
    inTurn(async () => {
      if (!lease.isHeld || active) return;
      const ami = new AmiClient({ ...deps.amiOptions, logger: log });
      const processor = new CallEventsProcessor({
        ami,
        orm: deps.orm,
        writer,
        notifier,
        logger: log,
        resyncWindowHours: config.CALL_EVENTS_RESYNC_WINDOW_HOURS,
      });
      active = { ami, processor };
      // Listening first: every login, the first included, starts with a resync.
      await processor.start();
      // Not awaited: while Asterisk is down the client keeps retrying, and a lease flip or a
      // shutdown must not wait for it.
      ami.connect().catch((error: unknown) => log.warn({ err: error }, 'AMI not answering yet; retrying'));
      log.info('leading: processing AMI events');
    });

  const follow = (reason: string) =>
    inTurn(async () => {
      const current = active;
      active = undefined;
      if (!current) return;
      log.warn({ reason }, 'no longer leading: stopping');
      await current.processor.stop();
      await current.ami.close();
    });

  const lease = new RedisLease({
    redis,
    key: `${config.REDIS_PREFIX}lease:call-events`,
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
      return lease.isHeld && active !== undefined;
    },
    active: () => active,
    async close() {
      await lease.stop();
      await follow('closed');
      redis.disconnect();
    },
  };
}
