import type { Redis } from 'ioredis';
import { CALL_COUNTERS, CallCounter, emptyCallCounts, type CallCounts } from './campaign-counters.js';

/**
 * Adds calls to counters of one campaign-day. Each counter keeps the set of its calls beside
 * the count in the hash, so adding a call twice (an event replayed, or counted both by a
 * rebuild and live) changes nothing. "dialingNow" is kept as |dialed \ settled|, which holds
 * whichever of a call's DIAL and its end is added first.
 * KEYS[1] the hash; ARGV[1] TTL ms; then counter, callId pairs. Returns how many were new.
 */
const ADD_CALLS = `
local hash = KEYS[1]
local changed = 0
for i = 2, #ARGV, 2 do
  local counter, call = ARGV[i], ARGV[i + 1]
  if redis.call('SADD', hash .. ':' .. counter, call) == 1 then
    changed = changed + 1
    redis.call('HINCRBY', hash, counter, 1)
    if counter == 'dialed' and redis.call('SISMEMBER', hash .. ':settled', call) == 0 then
      redis.call('HINCRBY', hash, 'dialingNow', 1)
    elseif counter == 'settled' and redis.call('SISMEMBER', hash .. ':dialed', call) == 1 then
      redis.call('HINCRBY', hash, 'dialingNow', -1)
    end
    redis.call('PEXPIRE', hash .. ':' .. counter, ARGV[1])
  end
end
redis.call('PEXPIRE', hash, ARGV[1])
return changed
`;

/** A day's counters outlive it a little: yesterday stays readable after midnight. */
const TTL_MS = 3 * 24 * 3_600_000;
/** Set once a rebuild from the log has completed for the day; gone after a Redis flush. */
const REBUILT_AT = 'rebuiltAt';

export interface CallMembership {
  counter: CallCounter;
  callId: string;
}

/** What the worker keeps per campaign-day besides call counts. */
export interface StoredExtras {
  engaged: number | null;
  pending: number | null;
  lost30Days: number | null;
  humansAnswered30Days: number | null;
  rebuiltAt: string | null;
}

export interface StoredCampaignDay {
  counts: CallCounts;
  extras: StoredExtras;
}

const numberOrNull = (value: string | undefined) => (value === undefined || value === '' ? null : Number(value));

/** Campaign counters in Redis: one hash per campaign per day (plus a set of calls per counter). */
export class CampaignCountersStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** The braces keep a day's hash and sets in one cluster slot, as the script needs. */
  key(campaignId: string, day: string): string {
    return `${this.prefix}campaign-counters:{${campaignId}:${day}}`;
  }

  /** Adds calls to counters (idempotent); returns how many memberships were new. */
  async addCalls(campaignId: string, day: string, memberships: readonly CallMembership[]): Promise<number> {
    if (memberships.length === 0) return 0;
    const args = memberships.flatMap((item) => [item.counter, item.callId]);
    return Number(await this.redis.eval(ADD_CALLS, 1, this.key(campaignId, day), String(TTL_MS), ...args));
  }

  /** Values computed elsewhere (SQL), written as they are. */
  async setExtras(campaignId: string, day: string, extras: Partial<StoredExtras>): Promise<void> {
    const fields = Object.entries(extras).filter(([, value]) => value !== undefined && value !== null);
    if (fields.length === 0) return;
    const key = this.key(campaignId, day);
    await this.redis
      .multi()
      .hset(key, Object.fromEntries(fields.map(([name, value]) => [name, String(value)])))
      .pexpire(key, TTL_MS)
      .exec();
  }

  async markRebuilt(campaignId: string, day: string, at: Date): Promise<void> {
    await this.setExtras(campaignId, day, { rebuiltAt: at.toISOString() });
  }

  /** Whether the day was rebuilt from the log since Redis last lost it. */
  async isRebuilt(campaignId: string, day: string): Promise<boolean> {
    return (await this.redis.hexists(this.key(campaignId, day), REBUILT_AT)) === 1;
  }

  async read(campaignId: string, day: string): Promise<StoredCampaignDay> {
    const hash = await this.redis.hgetall(this.key(campaignId, day));
    const counts = emptyCallCounts();
    for (const counter of CALL_COUNTERS) counts[counter] = Number(hash[counter] ?? 0);
    counts.dialingNow = Math.max(0, Number(hash['dialingNow'] ?? 0));
    return {
      counts,
      extras: {
        engaged: numberOrNull(hash['engaged']),
        pending: numberOrNull(hash['pending']),
        lost30Days: numberOrNull(hash['lost30Days']),
        humansAnswered30Days: numberOrNull(hash['humansAnswered30Days']),
        rebuiltAt: hash[REBUILT_AT] ?? null,
      },
    };
  }
}
