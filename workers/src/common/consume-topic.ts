import type { Logger } from 'pino';
import type { EventBus, EventTopic, EventTopics } from '@switchboard/schema';

/** Feeds every event of a topic to `handle`, one at a time, until the returned stop is called. */
export function consumeTopic<T extends EventTopic>(
  events: EventBus,
  topic: T,
  handle: (data: EventTopics[T]) => Promise<void> | void,
  log: Logger,
): () => Promise<void> {
  const iterator = events.subscribe(topic)[Symbol.asyncIterator]();
  const loop = (async () => {
    for (;;) {
      const { value, done } = await iterator.next();
      if (done) return;
      try {
        await handle(value.data);
      } catch (error) {
        log.error({ err: error, topic }, 'could not handle an event');
      }
    }
  })();
  return async () => {
    await iterator.return?.();
    await loop;
  };
}
