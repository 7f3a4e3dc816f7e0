import type { Redis } from 'ioredis';
import { emptyQueueState, type QueueLiveState } from './inbound-queue.js';

/**
 * Live queue state in Redis, written by workers/queue-state only (one writer, under a lease):
 * one hash field per campaign queue holding its state as JSON, and a mark set by each full
 * rebuild from Asterisk's QueueStatus. A missing mark means Redis lost the state (flush,
 * restart) and the writer rebuilds it; readers then see empty queues for a moment at most.
 */
export class InboundQueueStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  get queuesKey(): string {
    return `${this.prefix}queue-state:queues`;
  }

  get syncedKey(): string {
    return `${this.prefix}queue-state:synced-at`;
  }

  async write(state: QueueLiveState): Promise<void> {
    await this.redis.hset(this.queuesKey, state.campaignId, JSON.stringify(state));
  }

  /** Replaces every queue with a listing's (queues gone from Asterisk are dropped) and marks it synced. */
  async replaceAll(states: readonly QueueLiveState[], at: Date): Promise<void> {
    const multi = this.redis.multi().del(this.queuesKey);
    if (states.length > 0) {
      multi.hset(this.queuesKey, Object.fromEntries(states.map((state) => [state.campaignId, JSON.stringify(state)])));
    }
    await multi.set(this.syncedKey, at.toISOString()).exec();
  }

  /** When the state was last rebuilt from Asterisk, or null when Redis lost it. */
  async syncedAt(): Promise<string | null> {
    return this.redis.get(this.syncedKey);
  }

  /** The campaign queue's state; an empty queue when none is known. */
  async read(campaignId: string): Promise<QueueLiveState> {
    const raw = await this.redis.hget(this.queuesKey, campaignId);
    return raw ? (JSON.parse(raw) as QueueLiveState) : emptyQueueState(`campaign-${campaignId}`, campaignId);
  }

  async readAll(): Promise<QueueLiveState[]> {
    const all = await this.redis.hgetall(this.queuesKey);
    return Object.values(all).map((raw) => JSON.parse(raw) as QueueLiveState);
  }
}
