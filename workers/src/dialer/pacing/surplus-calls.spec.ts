import { describe, expect, it } from 'vitest';
import { createPacer } from './create-pacer.js';
import { PacingObservations } from './pacing-observations.js';
import { pacingSettings, pacingSnapshot } from './pacing.fixtures.js';
import type { InFlightCall, PacingSnapshot } from './pacing.types.js';

const settings = pacingSettings({ mode: 'predictive', surplusHangupAfterSeconds: 15 });

/** A campaign whose humans answer anywhere from 5 to 25 s after the originate (a quarter of the calls). */
function lateAnswering(): PacingObservations {
  const observations = new PacingObservations();
  for (let n = 0; n < 800; n += 1) {
    if (n % 4 === 0) observations.recordOutcome('human', 5 + (n % 21));
    else observations.recordOutcome('no-answer', 26);
  }
  for (let n = 0; n < 200; n += 1) {
    observations.recordHandle(100 + (n % 41));
    observations.recordWrap(10);
  }
  for (let n = 0; n < 500; n += 1) observations.recordHumanResult({ abandoned: false });
  return observations;
}

const ringing = (count: number, seconds: number, stage: InFlightCall['stage'] = 'ringing'): InFlightCall[] =>
  Array.from({ length: count }, (_, n) => ({ id: `${stage}-${seconds}-${n}`, secondsSinceOriginate: seconds, stage }));

/** Ten agents 20 s into calls of 100-140 s: none will be free for a minute and more. */
function saturated(calls: InFlightCall[], overrides: Partial<PacingSnapshot> = {}): PacingSnapshot {
  return pacingSnapshot({
    agentsReady: 0,
    agentsBusy: Array.from({ length: 10 }, () => ({ phase: 'call' as const, secondsInPhase: 20 })),
    callsInFlight: calls,
    observations: lateAnswering(),
    ...overrides,
  });
}

describe('hanging up surplus ringing calls', () => {
  it('drops calls that have rung long enough when their humans would find no agent', () => {
    const decision = createPacer(settings).decide(saturated(ringing(8, 16)));
    expect(decision.originate).toBe(0);
    expect(decision.hangUp.length).toBeGreaterThan(0);
    expect(decision.hangUp.every((id) => id.startsWith('ringing-16-'))).toBe(true);
  });

  it('never drops a call that has not rung long enough, an answered one, or any when the campaign says never', () => {
    expect(createPacer(settings).decide(saturated(ringing(8, 10))).hangUp).toEqual([]);
    expect(createPacer(settings).decide(saturated(ringing(8, 16, 'screening'))).hangUp).toEqual([]);
    const never = pacingSettings({ mode: 'predictive', surplusHangupAfterSeconds: 0 });
    expect(createPacer(never).decide(saturated(ringing(8, 16))).hangUp).toEqual([]);
  });

  it('keeps the calls ready agents need, and drops only the surplus', () => {
    const idle = saturated(ringing(8, 16), { agentsReady: 10, agentsBusy: [] });
    expect(createPacer(settings).decide(idle).hangUp).toEqual([]);
    const few = createPacer(settings).decide(saturated(ringing(8, 16), { agentsReady: 1 }));
    const none = createPacer(settings).decide(saturated(ringing(8, 16)));
    expect(few.hangUp.length).toBeLessThan(none.hangUp.length);
  });
});
