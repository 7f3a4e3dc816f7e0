import type { Redis } from 'ioredis';
import type { DialerPacingData } from './dialer-pacing.types.js';

/**
 * Each campaign's latest pacing decision in Redis, one key per campaign, written by the dialer
 * holding the campaign with a short TTL: a dialer that dies (or lets the campaign go) leaves
 * nothing that still looks current once the TTL passes.
 */
export class DialerPacingStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  key(campaignId: string): string {
    return `${this.prefix}dialer-pacing:${campaignId}`;
  }

  async write(state: DialerPacingData, ttlMs: number): Promise<void> {
    await this.redis.set(this.key(state.campaignId), JSON.stringify(state), 'PX', Math.max(1, Math.round(ttlMs)));
  }

  async clear(campaignId: string): Promise<void> {
    await this.redis.del(this.key(campaignId));
  }

  /** The latest decision, or null when none is current (no dialer holds the campaign, or it stopped deciding). */
  async read(campaignId: string): Promise<DialerPacingData | null> {
    const raw = await this.redis.get(this.key(campaignId));
    return raw === null ? null : (JSON.parse(raw) as DialerPacingData);
  }
}
