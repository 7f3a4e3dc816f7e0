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
// Taking the lease bumps its fencing token in the same step: every acquisition, by any
// holder (the same one again included), gets a number no earlier acquisition had.
const ACQUIRE = `if redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return redis.call('incr', KEYS[2]) else return 0 end`;
const HOLDS = `if redis.call('get', KEYS[1]) == ARGV[1] and redis.call('get', KEYS[2]) == ARGV[2] then return 1 else return 0 end`;

/** The counter of a lease's acquisitions, beside it; it never expires, so tokens only grow. */
const tokenKey = (key: string) => `${key}:token`;

/**
 * One holder at a time among processes that run the same worker: `SET key holder NX PX ttl`,
 * renewed every `renewMs`. A standby tries to take it at the same pace, so when the holder dies
 * another takes over within ttl + renew.
 */
export class RedisLease {
  private timer: NodeJS.Timeout | undefined;
  private held = false;
  private fencingToken: number | null = null;
  private stopped = false;
  private tick: Promise<void> = Promise.resolve();

  constructor(private readonly options: RedisLeaseOptions) {}

  get isHeld(): boolean {
    return this.held;
  }

  /** The fencing token of the current acquisition (null while not held). */
  get token(): number | null {
    return this.held ? this.fencingToken : null;
  }

  /**
   * Asks Redis whether the lease is held now by us under `token`: what a side effect begun
   * under that acquisition checks at its last moment, since this process may have lost the
   * lease (and another taken it) without noticing yet.
   */
  async holds(token: number): Promise<boolean> {
    const { redis, key, holder } = this.options;
    try {
      return (await redis.eval(HOLDS, 2, key, tokenKey(key), holder, String(token))) === 1;
    } catch {
      return false;
    }
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
      const token = Number(await redis.eval(ACQUIRE, 2, key, tokenKey(key), holder, String(ttlMs)));
      if (token === 0) return;
      if (this.stopped) {
        await redis.eval(RELEASE, 1, key, holder);
        return;
      }
      this.fencingToken = token;
      this.held = true;
      logger.info({ key, ttlMs, token }, 'lease acquired');
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
