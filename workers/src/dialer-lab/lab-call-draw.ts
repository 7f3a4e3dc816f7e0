// Everything random about one dialled number, drawn when it is dialled: the same number of
// draws per call whatever happens later, so that with one seed the n-th call of a run is the
// same call under every pacing mode (common random numbers make the comparison fairer).

import type { CallFate } from './lab.types.js';
import type { Scenario } from './scenario.schema.js';
import type { SeededRandom } from './seeded-random.js';

/** How long the network takes to report a busy line or a rejected call. */
export const failureSignalSeconds = { min: 1, max: 4 };

export interface DrawnCall {
  fate: CallFate;
  /** Seconds from originate to the answer, or to the failure. */
  ringSeconds: number;
  /** A human AMD will take for a machine. */
  amdFalsePositive: boolean;
  /** Talk time, should the call reach an agent. */
  handleSeconds: number;
}

export function drawCall(random: SeededRandom, scenario: Scenario): DrawnCall {
  const fate = drawFate(random.next(), scenario);
  const ring = random.uniform(scenario.ringSeconds.min, scenario.ringSeconds.max);
  const failure = random.uniform(failureSignalSeconds.min, failureSignalSeconds.max);
  const amdFalsePositive = random.next() < scenario.amdFalsePositiveRate;
  const handle = scenario.handleSeconds;
  const handleSeconds =
    handle.distribution === 'lognormal'
      ? random.lognormal(handle.mean, handle.sigma ?? 0)
      : random.exponential(handle.mean);
  const timeout = scenario.noAnswerTimeoutSeconds;
  if (fate === 'busy' || fate === 'reject') return { fate, ringSeconds: failure, amdFalsePositive, handleSeconds };
  // Someone who would answer after the dialer gave up is a no-answer.
  if (fate === 'no-answer' || ring >= timeout) {
    return { fate: 'no-answer', ringSeconds: timeout, amdFalsePositive, handleSeconds };
  }
  return { fate, ringSeconds: ring, amdFalsePositive, handleSeconds };
}

function drawFate(u: number, scenario: Scenario): CallFate {
  let bound = scenario.humanRate;
  if (u < bound) return 'human';
  bound += scenario.machineRate;
  if (u < bound) return 'machine';
  bound += scenario.busyRate;
  if (u < bound) return 'busy';
  bound += scenario.rejectRate;
  if (u < bound) return 'reject';
  return 'no-answer';
}
