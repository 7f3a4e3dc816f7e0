// What the lab counts while it runs, and the figures it reports at the end.

import type { LabResult } from './lab.types.js';
import type { Scenario } from './scenario.schema.js';

export class LabMetrics {
  callsPlaced = 0;
  /** Humans who answered and got through AMD, whatever AMD decided. */
  humansAnswered = 0;
  machines = 0;
  amdFalsePositives = 0;
  abandoned = 0;
  busy = 0;
  rejected = 0;
  noAnswer = 0;
  /** Calls the pacer hung up while they rang, as surplus. */
  hungUpRinging = 0;
  talkSeconds = 0;
  wrapSeconds = 0;
  private idleSeconds = 0;
  private idleGaps = 0;

  /** An agent who had finished a call waited this long for the next one. */
  addIdleGap(seconds: number): void {
    this.idleSeconds += seconds;
    this.idleGaps += 1;
  }

  summarize(scenario: Scenario): LabResult {
    const loggedInSeconds = scenario.agents * scenario.durationMinutes * 60;
    const agentHours = loggedInSeconds / 3600;
    const humans = this.humansAnswered;
    return {
      name: scenario.name ?? null,
      mode: scenario.mode,
      seed: scenario.seed,
      agents: scenario.agents,
      durationMinutes: scenario.durationMinutes,
      talkMinutesPerAgentHour: round(this.talkSeconds / 60 / agentHours),
      occupancy: round((this.talkSeconds + this.wrapSeconds) / loggedInSeconds),
      abandonRate: round(humans === 0 ? 0 : this.abandoned / humans),
      abandonRateWithAmdFalsePositives: round(humans === 0 ? 0 : (this.abandoned + this.amdFalsePositives) / humans),
      callsPlaced: this.callsPlaced,
      humansAnswered: humans,
      machines: this.machines,
      abandoned: this.abandoned,
      amdFalsePositives: this.amdFalsePositives,
      busy: this.busy,
      rejected: this.rejected,
      noAnswer: this.noAnswer,
      hungUpRinging: this.hungUpRinging,
      meanAgentIdleSecondsBetweenCalls: round(this.idleGaps === 0 ? 0 : this.idleSeconds / this.idleGaps),
    };
  }
}

/** Six decimals: enough for every figure, and the same text on every run. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
