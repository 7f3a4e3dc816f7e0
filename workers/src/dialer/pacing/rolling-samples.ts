// A bounded window of durations (handle or wrap times) with the conditional probabilities the
// predictive pacer asks many times a tick. Samples live in a ring; a sorted copy is rebuilt
// only when a sample arrived since the last question, so a query is two binary searches.

export class RollingSamples {
  private readonly ring: Float64Array;
  private next = 0;
  private size = 0;
  private sorted: Float64Array = new Float64Array(0);
  private dirty = false;
  private sum = 0;

  constructor(readonly capacity: number) {
    this.ring = new Float64Array(capacity);
  }

  get count(): number {
    return this.size;
  }

  add(seconds: number): void {
    if (this.size === this.capacity) this.sum -= this.ring[this.next];
    else this.size += 1;
    this.ring[this.next] = seconds;
    this.sum += seconds;
    this.next = (this.next + 1) % this.capacity;
    this.dirty = true;
  }

  mean(): number {
    return this.size === 0 ? 0 : this.sum / this.size;
  }

  /**
   * P(duration <= upTo | duration > after). A duration already longer than every sample is
   * outside what we know: answer 0, the cautious guess for a pacer (the agent stays busy).
   */
  doneBy(after: number, upTo: number): number {
    const sorted = this.sortedSamples();
    const alive = sorted.length - countAtMost(sorted, after);
    if (alive === 0) return 0;
    const stillAlive = sorted.length - countAtMost(sorted, upTo);
    return (alive - stillAlive) / alive;
  }

  private sortedSamples(): Float64Array {
    if (this.dirty) {
      this.sorted = this.ring.slice(0, this.size).sort();
      this.dirty = false;
    }
    return this.sorted;
  }
}

/** How many values of an ascending array are <= limit. */
function countAtMost(sorted: Float64Array, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
