/**
 * A token bucket: `ratePerSecond` tokens are added continuously up to `capacity`, and each
 * action takes one. So over any interval of T seconds at most `capacity + rate * T` actions
 * leave, however many were queued at once.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (ratePerSecond <= 0 || capacity < 1) throw new RangeError('rate must be positive and capacity at least 1');
    this.tokens = capacity;
    this.updatedAt = now();
  }

  /** Takes a token and returns 0, or returns how many ms until one is available (taking none). */
  take(): number {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) * this.ratePerSecond) / 1000);
    this.updatedAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSecond);
  }
}
