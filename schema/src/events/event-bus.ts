import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { EventEnvelope, EventTopic, EventTopics } from './topics.js';

type Channels = { [channel: string]: [EventEnvelope] };

/**
 * Publishes domain events to every process through Redis pub/sub. Channels carry the
 * deployment's key prefix so that several deployments (or test runs) can share one Redis.
 */
export class EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly pubsub;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
  ) {
    this.publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
    // No ready check on the subscriber: its INFO probe would race a SUBSCRIBE issued right after
    // construction ("Connection in subscriber mode") and the subscription would hear nothing.
    this.subscriber = new Redis(redisUrl, { lazyConnect: false, enableReadyCheck: false });
    this.pubsub = createPubSub<Channels>({
      eventTarget: createRedisEventTarget({ publishClient: this.publisher, subscribeClient: this.subscriber }),
    });
  }

  publish<T extends EventTopic>(topic: T, data: EventTopics[T]): EventEnvelope<T> {
    const envelope: EventEnvelope<T> = { id: randomUUID(), topic, occurredAt: new Date().toISOString(), data };
    this.pubsub.publish(this.channel(topic), envelope);
    return envelope;
  }

  subscribe<T extends EventTopic>(topic: T): AsyncIterable<EventEnvelope<T>> {
    return this.pubsub.subscribe(this.channel(topic)) as AsyncIterable<EventEnvelope<T>>;
  }

  private channel(topic: EventTopic): string {
    return `${this.prefix}events:${topic}`;
  }

  /** Resolves once Redis has taken every event published so far (commands run in order). */
  async flush(): Promise<void> {
    await this.publisher.ping();
  }

  async close(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
