import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { EventEnvelope, EventTopic, EventTopics } from './topics.js';

/** What the bus tells its owner (to log) of Redis failing; it never throws them at publishers. */
export interface EventBusErrors {
  /** An event Redis did not take (down past its retries, or the bus closed). */
  publishFailed?(error: unknown, channel: string): void;
  /** A connection of the bus failed (Redis down or restarting); ioredis reconnects by itself. */
  connectionFailed?(error: unknown, client: 'publisher' | 'subscriber'): void;
}

type Channels = { [channel: string]: [EventEnvelope] };
type Listener = (envelope: EventEnvelope) => void;

/**
 * Publishes domain events to every process through Redis pub/sub. Channels carry the
 * deployment's key prefix so that several deployments (or test runs) can share one Redis.
 */
export class EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly pubsub;
  private readonly target;
  /** Synchronous listeners per channel: one Redis SUBSCRIBE and one JSON.parse per event, however many. */
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly detach = new Map<string, () => void>();

  constructor(
    redisUrl: string,
    private readonly prefix: string,
    private readonly errors: EventBusErrors = {},
  ) {
    this.publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
    // No ready check on the subscriber: its INFO probe would race a SUBSCRIBE issued right after
    // construction ("Connection in subscriber mode") and the subscription would hear nothing.
    this.subscriber = new Redis(redisUrl, { lazyConnect: false, enableReadyCheck: false });
    // Without a listener ioredis prints every failed reconnect to stderr as an "Unhandled error event".
    this.publisher.on('error', (error: unknown) => this.errors.connectionFailed?.(error, 'publisher'));
    this.subscriber.on('error', (error: unknown) => this.errors.connectionFailed?.(error, 'subscriber'));
    // The event target fires PUBLISH and forgets the promise: a Redis outage (or a sweep that
    // publishes while the process shuts down) would be an unhandled rejection, which ends a Node
    // process. Events are notifications; the state they announce is in Postgres and Redis.
    const publishClient = {
      publish: (channel: string, message: string) =>
        this.publisher.publish(channel, message).catch((error: unknown) => this.errors.publishFailed?.(error, channel)),
    } as unknown as Redis;
    this.target = createRedisEventTarget({ publishClient, subscribeClient: this.subscriber });
    this.pubsub = createPubSub<Channels>({ eventTarget: this.target });
  }

  publish<T extends EventTopic>(topic: T, data: EventTopics[T]): EventEnvelope<T> {
    const envelope: EventEnvelope<T> = { id: randomUUID(), topic, occurredAt: new Date().toISOString(), data };
    this.pubsub.publish(this.channel(topic), envelope);
    return envelope;
  }

  subscribe<T extends EventTopic>(topic: T): AsyncIterable<EventEnvelope<T>> {
    return this.pubsub.subscribe(this.channel(topic)) as AsyncIterable<EventEnvelope<T>>;
  }

  /**
   * Calls `listener` synchronously with each event of the topic (the same parsed object for every
   * listener of this process: do not mutate it) until the returned function is called. The event
   * target subscribes to the Redis channel once, for the first listener of any kind, and
   * unsubscribes after the last one leaves.
   */
  listen<T extends EventTopic>(topic: T, listener: (envelope: EventEnvelope<T>) => void): () => void {
    const channel = this.channel(topic);
    let set = this.listeners.get(channel);
    if (!set) {
      const listeners = (set = new Set());
      this.listeners.set(channel, listeners);
      const dispatch = (event: Event) => {
        const envelope = (event as CustomEvent<EventEnvelope>).detail;
        for (const each of listeners) each(envelope);
      };
      this.target.addEventListener(channel, dispatch);
      this.detach.set(channel, () => this.target.removeEventListener(channel, dispatch));
    }
    set.add(listener as Listener);
    return () => {
      if (!set.delete(listener as Listener) || set.size > 0) return;
      this.listeners.delete(channel);
      this.detach.get(channel)?.();
      this.detach.delete(channel);
    };
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
