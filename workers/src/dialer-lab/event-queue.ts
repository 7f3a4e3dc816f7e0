// The simulation's clock: a binary min-heap of events by time. Events at the same time come
// out in the order they were scheduled (a sequence number breaks ties), which keeps runs
// deterministic.

interface Entry<T> {
  at: number;
  sequence: number;
  event: T;
}

export class EventQueue<T> {
  private readonly heap: Entry<T>[] = [];
  private sequence = 0;

  get size(): number {
    return this.heap.length;
  }

  schedule(at: number, event: T): void {
    this.heap.push({ at, sequence: this.sequence++, event });
    this.siftUp(this.heap.length - 1);
  }

  /** The earliest event and its time, or undefined when none is left. */
  pop(): { at: number; event: T } | undefined {
    const top = this.heap[0];
    if (top === undefined) return undefined;
    const last = this.heap.pop() as Entry<T>;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.siftDown(0);
    }
    return { at: top.at, event: top.event };
  }

  private before(a: Entry<T>, b: Entry<T>): boolean {
    return a.at < b.at || (a.at === b.at && a.sequence < b.sequence);
  }

  private siftUp(index: number): void {
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(this.heap[index], this.heap[parent])) return;
      [this.heap[index], this.heap[parent]] = [this.heap[parent], this.heap[index]];
      index = parent;
    }
  }

  private siftDown(index: number): void {
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < this.heap.length && this.before(this.heap[left], this.heap[smallest])) smallest = left;
      if (right < this.heap.length && this.before(this.heap[right], this.heap[smallest])) smallest = right;
      if (smallest === index) return;
      [this.heap[index], this.heap[smallest]] = [this.heap[smallest], this.heap[index]];
      index = smallest;
    }
  }
}
