/**
 * The per-subscriber end of an in-memory fan-out: producers push synchronously, one consumer
 * iterates. Bounded: a subscriber that falls this far behind (a socket that stopped reading)
 * has its stream ended with an error rather than holding the process's memory.
 */
export class PushQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private head = 0;
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private failWaiting: ((error: Error) => void) | null = null;
  private ended = false;
  private failure: Error | null = null;

  constructor(
    private readonly limit = 10_000,
    private readonly onEnd: () => void = () => {},
  ) {}

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: item, done: false });
      return;
    }
    if (this.length >= this.limit) {
      this.fail(new Error(`Subscriber too slow: more than ${this.limit} events waiting`));
      return;
    }
    this.items.push(item);
  }

  /** Ends the stream with an error (after what is queued is dropped: it may be out of scope now). */
  fail(error: Error): void {
    if (this.ended) return;
    this.items.length = this.head = 0;
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = this.failWaiting = null;
      reject(error);
      this.finish();
      return;
    }
    this.failure = error;
    this.finish();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.length > 0) {
      const value = this.items[this.head++]!;
      // Compact now and then so that a long-lived queue does not keep consumed slots.
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items.splice(0, this.head);
        this.head = 0;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.items.length = this.head = 0;
    this.finish();
    if (this.waiting) {
      this.waiting({ value: undefined, done: true });
      this.waiting = this.failWaiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
  }
}
