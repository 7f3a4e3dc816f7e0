import type { EventEnvelope, EventTopic } from '@switchboard/schema';

interface StreamOptions<In, Out> {
  snapshot: () => Promise<Out[]>;
  visible: (event: In) => Promise<boolean> | boolean;
  toOutput: (event: In) => Promise<Out | null> | Out | null;
}

const DONE = { value: undefined, done: true } as const;

/**
 * A subscription stream: the snapshot first, then every event the viewer may see.
 * The event source is started before the snapshot is read, so that nothing published
 * while the snapshot loads is lost (at worst a change is seen twice, which ids reveal).
 * The source is usually `context.events.subscribe(topic)`; it may be any stream (`In`), such as
 * an in-memory fan-out's queue that already holds only what the viewer may see.
 *
 * Written as an iterator rather than an async generator: a generator's return() waits for the
 * event it awaits, so an unsubscribed viewer would stay registered until its next event;
 * this return() ends the source at once.
 */
export function snapshotThenEvents<T extends EventTopic, Out, In = EventEnvelope<T>>(
  source: AsyncIterable<In>,
  options: StreamOptions<In, Out>,
): AsyncGenerator<Out> {
  const iterator = source[Symbol.asyncIterator]();
  const ask = () => {
    const next = iterator.next();
    // A failure before it is awaited (while the snapshot loads) is raised in order, not as unhandled.
    next.catch(() => {});
    return next;
  };
  let pending = ask();
  let snapshot: Promise<Out[]> | null = null;
  let row = 0;
  let finished = false;
  const finish = async (): Promise<IteratorResult<Out>> => {
    if (!finished) {
      finished = true;
      await iterator.return?.();
    }
    return DONE;
  };
  const nextEvent = async (): Promise<IteratorResult<Out>> => {
    while (!finished) {
      const { value, done } = await pending;
      if (finished || done) return finish();
      pending = ask();
      const visible = options.visible(value);
      if (visible === false || (visible !== true && !(await visible))) continue;
      const produced = options.toOutput(value);
      const output = produced instanceof Promise ? await produced : produced;
      if (output !== null) return { value: output, done: false };
    }
    return DONE;
  };
  const stream = {
    async next(): Promise<IteratorResult<Out>> {
      try {
        if (finished) return DONE;
        if (row >= 0) {
          const rows = await (snapshot ??= options.snapshot());
          if (row < rows.length) return { value: rows[row++]!, done: false };
          row = -1;
        }
        return await nextEvent();
      } catch (error) {
        await finish();
        throw error;
      }
    },
    return: finish,
    async throw(error: unknown): Promise<IteratorResult<Out>> {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream as unknown as AsyncGenerator<Out>;
}
