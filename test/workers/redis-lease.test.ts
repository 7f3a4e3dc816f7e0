import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { RedisLease } from '../../workers/src/common/redis-lease.js';
import { pollUntil } from '../support/poll-until.js';

const TTL_MS = 1000;
const RENEW_MS = 200;
const opened: { lease: RedisLease; redis: Redis }[] = [];

afterEach(async () => {
  for (const { lease, redis } of opened.splice(0)) {
    await lease.stop();
    redis.disconnect();
  }
});

function contender(key: string, holder: string) {
  const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 0 });
  const log: string[] = [];
  const lease = new RedisLease({
    redis,
    key,
    holder,
    ttlMs: TTL_MS,
    renewMs: RENEW_MS,
    logger: pino({ level: 'silent' }),
    onAcquired: () => void log.push('acquired'),
    onLost: (reason) => void log.push(`lost:${reason}`),
  });
  opened.push({ lease, redis });
  lease.start();
  return { lease, redis, log };
}

describe('RedisLease', () => {
  it('lets one of two contenders hold it, and keeps it held past its TTL by renewing', async () => {
    const key = `${inject('redisPrefix')}lease:${randomUUID()}`;
    const first = contender(key, 'first');
    await pollUntil(() => first.lease.isHeld, Boolean, { what: 'the first to hold' });
    const second = contender(key, 'second');
    await new Promise((resolve) => setTimeout(resolve, TTL_MS * 2.5));
    expect([first.lease.isHeld, second.lease.isHeld]).toEqual([true, false]);
    expect(second.log).toEqual([]);
  });

  it('passes to the standby within TTL + renew interval when the holder dies without releasing', async () => {
    const key = `${inject('redisPrefix')}lease:${randomUUID()}`;
    const first = contender(key, 'first');
    await pollUntil(() => first.lease.isHeld, Boolean, { what: 'the first to hold' });
    const second = contender(key, 'second');
    // The holder loses Redis (as if its process froze or died): it cannot renew.
    first.redis.disconnect();
    const diedAt = performance.now();
    await pollUntil(() => second.lease.isHeld, Boolean, { timeoutMs: 5000, what: 'the standby to take over' });
    expect(performance.now() - diedAt).toBeLessThan(TTL_MS + 2 * RENEW_MS + 300);
    await pollUntil(
      () => first.log,
      (log) => log.includes('lost:redis error'),
      { what: 'the first to step down' },
    );
  });

  it('is released at once on stop, so the standby takes over without waiting for the TTL', async () => {
    const key = `${inject('redisPrefix')}lease:${randomUUID()}`;
    const first = contender(key, 'first');
    await pollUntil(() => first.lease.isHeld, Boolean, { what: 'the first to hold' });
    const second = contender(key, 'second');
    const stoppedAt = performance.now();
    await first.lease.stop();
    await pollUntil(() => second.lease.isHeld, Boolean, { timeoutMs: 5000, what: 'the standby to take over' });
    expect(performance.now() - stoppedAt).toBeLessThan(RENEW_MS + 300);
    expect(first.log).toEqual(['acquired', 'lost:released']);
  });

  it('gives every acquisition a larger fencing token, which holds only while that acquisition lasts', async () => {
    const key = `${inject('redisPrefix')}lease:${randomUUID()}`;
    const first = contender(key, 'first');
    await pollUntil(() => first.lease.isHeld, Boolean, { what: 'the first to hold' });
    const firstToken = first.lease.token!;
    expect(await first.lease.holds(firstToken)).toBe(true);
    const second = contender(key, 'second');
    await first.lease.stop();
    expect(first.lease.token).toBeNull();
    await pollUntil(() => second.lease.isHeld, Boolean, { timeoutMs: 5000, what: 'the standby to take over' });
    expect(second.lease.token!).toBeGreaterThan(firstToken);
    // What the first began under its token must not go on: Redis says so at once.
    expect(await first.lease.holds(firstToken)).toBe(false);
    expect(await second.lease.holds(second.lease.token!)).toBe(true);
    expect(await second.lease.holds(firstToken)).toBe(false);
  });
});
