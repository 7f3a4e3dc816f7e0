import { describe, expect, it } from 'vitest';
import { PacingObservations } from './pacing-observations.js';

describe('PacingObservations', () => {
  it('answers rates and distributions from what it was fed', () => {
    const observations = new PacingObservations();
    observations.recordOutcome('human', 10);
    observations.recordOutcome('machine', 12);
    observations.recordOutcome('no-answer', 26);
    observations.recordOutcome('busy', 2);
    expect(observations.humanRate()).toBe(0.25);
    expect(observations.humanRateWhenAnswered()).toBe(0.5);
    // Past 11 s of ringing only the machine and the no-answer are left.
    expect(observations.humanRateAfterRinging(11)).toBe(0);
    expect(observations.humanRateAfterRinging(3)).toBeCloseTo(1 / 3);
    expect(observations.humanRingDistribution(9)).toBe(0);
    expect(observations.humanRingDistribution(11)).toBe(1);
  });

  it('conditions handle times on the time already spent', () => {
    const observations = new PacingObservations();
    for (const seconds of [30, 60, 90, 120]) observations.recordHandle(seconds);
    expect(observations.handleDoneBy(0, 60)).toBe(0.5);
    expect(observations.handleDoneBy(70, 100)).toBe(0.5);
    expect(observations.handleDoneBy(200, 300)).toBe(0);
  });

  it('forgets the oldest outcomes past its window but keeps the abandon total', () => {
    const observations = new PacingObservations({ outcomeWindow: 10 });
    for (let n = 0; n < 10; n += 1) observations.recordOutcome('human', 10);
    for (let n = 0; n < 10; n += 1) observations.recordOutcome('busy', 2);
    expect(observations.outcomeCount).toBe(10);
    expect(observations.humanRate()).toBe(0);
    observations.recordHumanResult({ abandoned: true });
    observations.recordHumanResult({ abandoned: false });
    expect(observations.abandonRateSoFar()).toBe(0.5);
  });
});
