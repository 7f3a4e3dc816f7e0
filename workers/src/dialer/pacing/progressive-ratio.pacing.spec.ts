import { describe, expect, it } from 'vitest';
import { createPacer } from './create-pacer.js';
import { pacingSettings, pacingSnapshot } from './pacing.fixtures.js';
import { proposeProgressive } from './progressive.pacing.js';
import { proposeRatio } from './ratio.pacing.js';

const ringing = (count: number) =>
  Array.from({ length: count }, () => ({ secondsSinceOriginate: 1, stage: 'ringing' as const }));

describe('progressive pacing', () => {
  it('dials ready agents times the boost, less the calls already on their way', () => {
    expect(proposeProgressive(pacingSnapshot({ agentsReady: 4 }), { boost: 1 }).wanted).toBe(4);
    expect(proposeProgressive(pacingSnapshot({ agentsReady: 4 }), { boost: 1.5 }).wanted).toBe(6);
    expect(
      proposeProgressive(pacingSnapshot({ agentsReady: 4, callsInFlight: ringing(3), humansWaiting: 1 }), {
        boost: 1.5,
      }).wanted,
    ).toBe(2);
  });

  it('never dials for busy agents', () => {
    const snapshot = pacingSnapshot({ agentsReady: 0, agentsBusy: [{ phase: 'call', secondsInPhase: 600 }] });
    expect(proposeProgressive(snapshot, { boost: 2 }).wanted).toBe(0);
  });
});

describe('ratio pacing', () => {
  it('keeps a fixed number of lines per ready agent', () => {
    expect(proposeRatio(pacingSnapshot({ agentsReady: 3 }), { dialRatio: 2.5 }).wanted).toBe(7);
    expect(proposeRatio(pacingSnapshot({ agentsReady: 3, callsInFlight: ringing(9) }), { dialRatio: 2.5 }).wanted).toBe(
      0,
    );
  });
});

describe('createPacer', () => {
  it('applies the caps after the mode', () => {
    const pacer = createPacer(pacingSettings({ mode: 'ratio', dialRatio: 3, maxOriginatesPerSecond: 4 }));
    const decision = pacer.decide(pacingSnapshot({ agentsReady: 5 }));
    expect(decision).toMatchObject({ originate: 4, wanted: 15, limitedBy: 'originates-per-second' });
    expect(decision.reason.mode).toBe('ratio');
  });
});
