// Feedback for the predictive pacer. The forecast is only a model: handle times drift, early
// samples are biased towards short calls, humans arrive in bursts. This controller watches
// what really happened and returns a factor for the risk the pacer may take: it shrinks
// while abandons run above the setpoint (a share of the target) and grows while they run
// below. It also brakes hard as the campaign's running total, the regulated figure,
// approaches the target.

import type { PacingStatistics } from './pacing.types.js';

export interface AbandonControllerOptions {
  /** Aim for this share of the target, leaving room for bad luck. */
  setpointShare?: number;
  /** Humans the recent abandon rate averages over. */
  memoryHumans?: number;
  /** Change of log(multiplier) per human when the recent rate is one target off the setpoint. */
  gain?: number;
  /** Humans before the running total is trusted enough to brake on. */
  minHumansForTotal?: number;
  /** The brake on the running total starts at this share of the target. */
  brakeFromShare?: number;
}

export class AbandonController {
  private readonly setpoint: number;
  private readonly memory: number;
  private readonly gain: number;
  private readonly minHumansForTotal: number;
  private readonly brakeFrom: number;
  private logMultiplier = 0;
  private recentRate: number;
  private seenHumans = 0;
  private seenAbandoned = 0;

  constructor(
    private readonly target: number,
    options: AbandonControllerOptions = {},
  ) {
    this.setpoint = target * (options.setpointShare ?? 0.9);
    this.memory = options.memoryHumans ?? 1000;
    this.gain = options.gain ?? 0.002;
    this.minHumansForTotal = options.minHumansForTotal ?? 50;
    this.brakeFrom = target * (options.brakeFromShare ?? options.setpointShare ?? 0.9);
    this.recentRate = this.setpoint;
  }

  /** Takes in the humans since the last call; returns the factor (1 = neutral) for now. */
  update(stats: PacingStatistics): number {
    const humans = stats.humansSoFar - this.seenHumans;
    const abandoned = stats.abandonedSoFar - this.seenAbandoned;
    this.seenHumans = stats.humansSoFar;
    this.seenAbandoned = stats.abandonedSoFar;
    for (let human = 0; human < humans; human += 1) {
      const outcome = human < abandoned ? 1 : 0;
      this.recentRate += (outcome - this.recentRate) / this.memory;
      this.logMultiplier += (this.gain * (this.setpoint - this.recentRate)) / this.target;
    }
    this.logMultiplier = Math.min(Math.log(8), Math.max(Math.log(0.02), this.logMultiplier));
    return Math.exp(this.logMultiplier) * this.totalBrake(stats);
  }

  get multiplier(): number {
    return Math.exp(this.logMultiplier);
  }

  get recentAbandonRate(): number {
    return this.recentRate;
  }

  /** 1 while the running total is at or under the setpoint, falling to 0.05 at the target. */
  private totalBrake(stats: PacingStatistics): number {
    if (stats.humansSoFar < this.minHumansForTotal) return 1;
    const total = stats.abandonRateSoFar();
    if (total <= this.brakeFrom) return 1;
    const room = (this.target - total) / (this.target - this.brakeFrom);
    return Math.max(0.05, Math.min(1, room));
  }
}
