import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { WorkersConfig } from '../config.js';
import { RedisLease } from './redis-lease.js';

export interface LeadershipOptions<T> {
  config: WorkersConfig;
  /** Lease name below the deployment's prefix, e.g. `call-events`. */
  name: string;
  logger: Logger;
  /** Builds what only the leader runs; it counts as active as soon as it exists. */
  create: () => Promise<T> | T;
  /** Starts it (connections, listeners) once it is active, so a failure here still gets `stop`. */
  run: (active: T) => Promise<void> | void;
  /** Releases it when the lease is lost or the worker closes. */
  stop: (active: T) => Promise<void>;
}

export interface Leadership<T> {
  /** Whether this process holds the lease and runs the leader's part. */
  readonly isLeader: boolean;
  active(): T | undefined;
  close(): Promise<void>;
}

/**
 * The pattern every worker shares: any number run, the holder of `lease:<name>` does the work,
 * the others wait to take over. Becoming and ceasing to be the leader happen in turn, even when
 * the lease flips while the leader is still starting.
 */
export function leadWithLease<T>(options: LeadershipOptions<T>): Leadership<T> {
  const { config, logger: log } = options;
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  let active: T | undefined;
  let transition: Promise<void> = Promise.resolve();
  const inTurn = (step: () => Promise<void>) => {
    transition = transition
      .then(step)
      .catch((error: unknown) => log.error({ err: error }, `${options.name} transition failed`));
    return transition;
  };

  const lead = () =>
    inTurn(async () => {
      if (!lease.isHeld || active !== undefined) return;
      active = await options.create();
      await options.run(active);
    });

  const follow = (reason: string) =>
    inTurn(async () => {
      const current = active;
      active = undefined;
      if (current === undefined) return;
      log.warn({ reason }, 'no longer leading: stopping');
      await options.stop(current);
    });

  const lease = new RedisLease({
    redis,
    key: `${config.REDIS_PREFIX}lease:${options.name}`,
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
