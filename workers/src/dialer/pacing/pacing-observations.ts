// The rolling memory a campaign's pacer learns from. The dialer feeds it what it sees (the
// outcome and ring time of each attempt, handle and wrap times, whether each human got an
// agent); memory is bounded: the last `outcomeWindow` attempts and the last
// `durationWindow` handle and wrap times. The abandon rate is kept since the campaign
// started, because that is the figure regulators measure.

import type { CallOutcome, PacingStatistics } from './pacing.types.js';
import { RollingSamples } from './rolling-samples.js';

const outcomeCodes: Record<CallOutcome, number> = { human: 0, machine: 1, busy: 2, reject: 3, 'no-answer': 4 };
/** Ring times are bucketed by the second; longer ones share the last bucket. */
const ringBuckets = 300;

interface BucketSums {
  /** Attempts (all, humans) whose outcome came in bucket >= i. */
  allFrom: Float64Array;
  humansFrom: Float64Array;
  /** Humans whose outcome came in a bucket < i. */
  humansBelow: Float64Array;
}

export interface PacingObservationsOptions {
  /** Attempts remembered for answer rates and ring times. */
  outcomeWindow?: number;
  /** Handle and wrap times remembered. */
  durationWindow?: number;
}

export class PacingObservations implements PacingStatistics {
  private readonly kinds: Uint8Array;
  private readonly buckets: Uint16Array;
  private next = 0;
  private size = 0;
  /** Attempts per ring-time bucket, all outcomes, and humans only. */
  private readonly allByBucket = new Float64Array(ringBuckets);
  private readonly humansByBucket = new Float64Array(ringBuckets);
  private readonly countsByKind = new Float64Array(5);
  private readonly handles: RollingSamples;
  private readonly wraps: RollingSamples;
  private humans = 0;
  private abandoned = 0;
  /** Suffix and prefix sums of the buckets, rebuilt on the first question after a change. */
  private sums: BucketSums | null = null;

  constructor(options: PacingObservationsOptions = {}) {
    const outcomeWindow = options.outcomeWindow ?? 2000;
    const durationWindow = options.durationWindow ?? 1000;
    this.kinds = new Uint8Array(outcomeWindow);
    this.buckets = new Uint16Array(outcomeWindow);
    this.handles = new RollingSamples(durationWindow);
    this.wraps = new RollingSamples(durationWindow);
  }

  /**
   * An attempt ended or was classified. `secondsToOutcome`: from originate to the moment the
   * outcome was known: for a human or machine, answered and past AMD; otherwise the failure.
   */
  recordOutcome(outcome: CallOutcome, secondsToOutcome: number): void {
    const kind = outcomeCodes[outcome];
    const bucket = Math.min(ringBuckets - 1, Math.max(0, Math.floor(secondsToOutcome)));
    if (this.size === this.kinds.length) this.forget(this.next);
    else this.size += 1;
    this.kinds[this.next] = kind;
    this.buckets[this.next] = bucket;
    this.count(kind, bucket, 1);
    this.next = (this.next + 1) % this.kinds.length;
  }

  /** A human the dialer kept either reached an agent or was abandoned. */
  recordHumanResult(result: { abandoned: boolean }): void {
    this.humans += 1;
    if (result.abandoned) this.abandoned += 1;
  }

  recordHandle(seconds: number): void {
    this.handles.add(seconds);
  }

  recordWrap(seconds: number): void {
    this.wraps.add(seconds);
  }

  get outcomeCount(): number {
    return this.size;
  }

  get handleCount(): number {
    return this.handles.count;
  }

  get humansSoFar(): number {
    return this.humans;
  }

  get abandonedSoFar(): number {
    return this.abandoned;
  }

  humanRate(): number {
    return this.size === 0 ? 0 : this.countsByKind[outcomeCodes.human] / this.size;
  }

  humanRateAfterRinging(seconds: number): number {
    const from = Math.min(ringBuckets - 1, Math.max(0, Math.floor(seconds)));
    const sums = this.bucketSums();
    const all = sums.allFrom[from];
    return all === 0 ? 0 : sums.humansFrom[from] / all;
  }

  humanRateWhenAnswered(): number {
    const humans = this.countsByKind[outcomeCodes.human];
    const answered = humans + this.countsByKind[outcomeCodes.machine];
    return answered === 0 ? 0 : humans / answered;
  }

  humanRingDistribution(seconds: number): number {
    const total = this.countsByKind[outcomeCodes.human];
    if (total === 0 || seconds <= 0) return 0;
    const whole = Math.floor(seconds);
    if (whole >= ringBuckets) return 1;
    // Spread a bucket's humans evenly over its second.
    return (this.bucketSums().humansBelow[whole] + (seconds - whole) * this.humansByBucket[whole]) / total;
  }

  handleDoneBy(after: number, upTo: number): number {
    return this.handles.doneBy(after, upTo);
  }

  wrapDoneBy(after: number, upTo: number): number {
    return this.wraps.doneBy(after, upTo);
  }

  meanWrapSeconds(): number {
    return this.wraps.mean();
  }

  abandonRateSoFar(): number {
    return this.humans === 0 ? 0 : this.abandoned / this.humans;
  }

  private bucketSums(): BucketSums {
    if (this.sums) return this.sums;
    const allFrom = new Float64Array(ringBuckets + 1);
    const humansFrom = new Float64Array(ringBuckets + 1);
    const humansBelow = new Float64Array(ringBuckets + 1);
    for (let bucket = ringBuckets - 1; bucket >= 0; bucket -= 1) {
      allFrom[bucket] = allFrom[bucket + 1] + this.allByBucket[bucket];
      humansFrom[bucket] = humansFrom[bucket + 1] + this.humansByBucket[bucket];
    }
    for (let bucket = 0; bucket < ringBuckets; bucket += 1) {
      humansBelow[bucket + 1] = humansBelow[bucket] + this.humansByBucket[bucket];
    }
    this.sums = { allFrom, humansFrom, humansBelow };
    return this.sums;
  }

  private forget(slot: number): void {
    this.count(this.kinds[slot], this.buckets[slot], -1);
  }

  private count(kind: number, bucket: number, delta: number): void {
    this.sums = null;
    this.countsByKind[kind] += delta;
    this.allByBucket[bucket] += delta;
    if (kind === outcomeCodes.human) this.humansByBucket[bucket] += delta;
  }
}
