import type { EventEnvelope, EventTopic } from '@switchboard/schema';

/**
 * A subscription stream: the snapshot first, then every event the viewer may see.
 * The event source is started before the snapshot is read, so that nothing published
 * while the snapshot loads is lost (at worst a change is seen twice, which ids reveal).
 */
export async function* snapshotThenEvents<T extends EventTopic, Out>(
  source: AsyncIterable<EventEnvelope<T>>,
  options: {
    snapshot: () => Promise<Out[]>;
    visible: (event: EventEnvelope<T>) => Promise<boolean> | boolean;
    toOutput: (event: EventEnvelope<T>) => Promise<Out | null> | Out | null;
  },
): AsyncGenerator<Out> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = iterator.next();
  try {
    for (const item of await options.snapshot()) yield item;
    for (;;) {
      const { value, done } = await pending;
      if (done) return;
      pending = iterator.next();
      if (!(await options.visible(value))) continue;
      const output = await options.toOutput(value);
      if (output !== null) yield output;
    }
  } finally {
    await iterator.return?.();
  }
}
