// A baseline: VICIdial's ADAPT_AVERAGE dial method as its documentation describes it, so the
// predictive pacer can be measured against what most open-source contact centers run.
//  - Every 15 s the dial level moves by the last minute's average of (ready agents minus
//    calls waiting for an agent), per counted agent: up while agents wait, down while calls do.
//  - It stays within [1, 3] (3 is VICIdial's default "maximum adapt dial level").
//  - When the day's drop rate passes the limit, the level is halved.
//  - Lines kept = level x counted agents - live calls (placed, ringing, waiting or talking).
// Counted agents are those ready or talking (VICIdial's default, available_only_ratio_tally
// off); agents in wrap are paused for disposition and not counted.

import type { PacingProposal, PacingSnapshot } from './pacing.types.js';

export const vicidialAdaptiveDefaults = {
  minLevel: 1,
  maxLevel: 3,
  adjustEverySeconds: 15,
  averageOverSeconds: 60,
};

interface Sample {
  at: number;
  differential: number;
  agents: number;
}

export class VicidialAdaptivePacing {
  private level: number;
  private lastAdjust: number | null = null;
  private samples: Sample[] = [];

  constructor(
    private readonly targetAbandonRate: number,
    private readonly options = vicidialAdaptiveDefaults,
  ) {
    this.level = options.minLevel;
  }

  get dialLevel(): number {
    return this.level;
  }

  propose(snapshot: PacingSnapshot): PacingProposal {
    const talking = snapshot.agentsBusy.filter((agent) => agent.phase === 'call').length;
    const counted = snapshot.agentsReady + talking;
    this.sample(snapshot.now, snapshot.agentsReady - snapshot.humansWaiting, counted);
    if (this.lastAdjust === null) this.lastAdjust = snapshot.now;
    else if (snapshot.now - this.lastAdjust >= this.options.adjustEverySeconds) {
      this.adjust(snapshot.observations.abandonRateSoFar());
      this.lastAdjust = snapshot.now;
    }
    const live = snapshot.callsInFlight.length + snapshot.humansWaiting + talking;
    const goal = Math.round(this.level * counted);
    return {
      wanted: Math.max(0, goal - live),
      dialLevel: Math.round(this.level * 1000) / 1000,
      reason: {
        mode: 'vicidial-adaptive',
        note: `level ${this.level.toFixed(2)}`,
        figures: { level: Math.round(this.level * 1000) / 1000, counted, live },
      },
    };
  }

  /** The 15-second step: toward the differential, halved past the drop limit, clamped. */
  adjust(dropRate: number): void {
    const differential = average(this.samples.map((sample) => sample.differential));
    const agents = average(this.samples.map((sample) => sample.agents));
    if (agents > 0) this.level += differential / agents;
    if (dropRate > this.targetAbandonRate) this.level /= 2;
    this.level = Math.min(this.options.maxLevel, Math.max(this.options.minLevel, this.level));
  }

  private sample(at: number, differential: number, agents: number): void {
    this.samples.push({ at, differential, agents });
    const since = at - this.options.averageOverSeconds;
    while (this.samples.length > 0 && this.samples[0].at <= since) this.samples.shift();
  }
}

function average(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
