import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface RedisLeaseOptions {
  redis: Redis;
  /** Full key, with the deployment's prefix. */
  key: string;
  holder: string;
  ttlMs: number;
  renewMs: number;
  logger: Logger;
  /** Called when this process becomes the holder (not awaited: renewals go on meanwhile). */
  onAcquired: () => Promise<void> | void;
  /** Called when the lease is lost (not renewed in time, or taken) or released. */
  onLost: (reason: string) => Promise<void> | void;
}

// Renew and release only our own lease: a holder that was paused past its TTL must not
// extend or delete the lease another process has taken since.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * One holder at a time among processes that run the same worker: `SET key holder NX PX ttl`,
 * renewed every `renewMs`. A standby tries to take it at the same pace, so when the holder dies
 * another takes over within ttl + renew.
 */
export class RedisLease {
  private timer: NodeJS.Timeout | undefined;
  private held = false;
  private stopped = false;
  private tick: Promise<void> = Promise.resolve();

  constructor(private readonly options: RedisLeaseOptions) {}

  get isHeld(): boolean {
    return this.held;
  }

  start(): void {
    this.schedule(0);
  }

  /** Stops competing; releases the lease if held. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.tick;
    if (!this.held) return;
    this.held = false;
    await this.options.redis.eval(RELEASE, 1, this.options.key, this.options.holder).catch(() => undefined);
    await this.options.onLost('released');
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick = this.step().finally(() => this.schedule(this.options.renewMs));
    }, delayMs);
  }

  private async step(): Promise<void> {
    const { redis, key, holder, ttlMs, logger } = this.options;
    try {
      if (this.held) {
        const renewed = await redis.eval(RENEW, 1, key, holder, String(ttlMs));
        if (renewed === 1) return;
        this.held = false;
        logger.warn({ key }, 'lease lost to another holder');
        await this.options.onLost('taken');
        return;
      }
      const taken = await redis.set(key, holder, 'PX', ttlMs, 'NX');
      if (taken !== 'OK' || this.stopped) return;
      this.held = true;
      logger.info({ key, ttlMs }, 'lease acquired');
      // Not awaited: starting may take longer than the TTL, and renewals must go on meanwhile.
      void Promise.resolve()
        .then(() => this.options.onAcquired())
        .catch((error: unknown) => logger.error({ err: error, key }, 'starting as lease holder failed'));
    } catch (error) {
      logger.error({ err: error, key }, 'lease step failed');
      // Without Redis we cannot prove we still hold it: stop acting as the holder.
      if (this.held) {
        this.held = false;
        await this.options.onLost('redis error');
      }
    }
  }
}
