import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { defineDomainErrors, ErrorKind } from '../common/domain-error.js';

export const ThrottleErrors = defineDomainErrors('AUTH', {
  THROTTLED: ErrorKind.UNAUTHENTICATED,
});

export interface LoginThrottlePolicy {
  /** Failed logins of one username, from anywhere, before each further attempt must wait. */
  freeFailuresPerAccount: number;
  /** Failed logins from one client address, for any username, before each further attempt must wait. */
  freeFailuresPerAddress: number;
  /** The first wait; each further failure doubles it. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  freeFailuresPerAccount: 3,
  // Many agents often share one public address (an office behind NAT): their typos add up.
  freeFailuresPerAddress: 100,
  baseDelaySeconds: 1,
  maxDelaySeconds: 900,
};

type Scope = 'account' | 'address';

// Atomic, so parallel guesses cannot all pass: every admitted attempt counts as a failure until
// it succeeds (succeeded() takes it back), and past the free failures it also sets the time the
// next attempt may come, doubling each time. Returns the milliseconds to wait, 0 when admitted.
// The window starts at the first failure and is not stretched by later ones (an office of agents
// behind one address would otherwise never see its typos forgotten); only a throttled key is
// kept for as long as it throttles.
const ADMIT = `
local now = tonumber(ARGV[1])
local waitUntil = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
if now < waitUntil then return waitUntil - now end
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
local free = tonumber(ARGV[2])
if failures >= free then
  local delay = math.min(tonumber(ARGV[3]) * 2 ^ (failures - free), tonumber(ARGV[4]))
  redis.call('HSET', KEYS[1], 'until', math.floor(now + delay))
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
elseif redis.call('PTTL', KEYS[1]) < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
end
return 0
`;

// Only on an existing key (so that no key without expiry is created), never below zero (so
// that successes cannot bank free failures for later).
const GIVE_BACK = `
if redis.call('EXISTS', KEYS[1]) == 1 and redis.call('HINCRBY', KEYS[1], 'failures', -1) < 0 then
  redis.call('HSET', KEYS[1], 'failures', 0)
end
return 0
`;

/**
 * Login throttling per account and per client address, decided before the password is hashed,
 * so that refused attempts cost no scrypt. State lives in Redis under the deployment's prefix:
 * every api process shares it.
 */
export class LoginThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt from this address, or refuses it with AUTH_THROTTLED. */
  admitAddress(address: string | null): Promise<void> {
    return address === null ? Promise.resolve() : this.admit('address', address);
  }

  /** Counts an attempt at this username, or refuses it with AUTH_THROTTLED. */
  admitAccount(username: string): Promise<void> {
    return this.admit('account', username.toLowerCase());
  }

  /** The password was right: the account starts afresh, the address gets its attempt back. */
  async succeeded(username: string, address: string | null): Promise<void> {
    await this.forgetAccount(username);
    if (address !== null) await this.redis.eval(GIVE_BACK, 1, this.key('address', address));
  }

  /** An operator unlocked the account: it may log in at once. */
  async forgetAccount(username: string): Promise<void> {
    await this.redis.del(this.key('account', username.toLowerCase()));
  }

  private async admit(scope: Scope, value: string): Promise<void> {
    const free = scope === 'account' ? this.policy.freeFailuresPerAccount : this.policy.freeFailuresPerAddress;
    const maxMs = this.policy.maxDelaySeconds * 1000;
    // Forgotten a while after the longest wait, so that old failures stop counting.
    const ttlMs = Math.max(3_600_000, 2 * maxMs);
    const waitMs = Number(
      await this.redis.eval(
        ADMIT,
        1,
        this.key(scope, value),
        this.now(),
        free,
        this.policy.baseDelaySeconds * 1000,
        maxMs,
        ttlMs,
      ),
    );
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      throw ThrottleErrors.create('THROTTLED', `Too many failed logins; try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
        scope,
      });
    }
  }

  /** Hashed: usernames and addresses are whatever the client sent, of any length. */
  private key(scope: Scope, value: string): string {
    const digest = createHash('sha256').update(value).digest('base64url');
    return `${this.prefix}login-throttle:${scope}:${digest}`;
  }
}
