import { describe, expect, it } from 'vitest';
import { createPacer } from './create-pacer.js';
import { observationsOfCampaign, pacingSettings, pacingSnapshot } from './pacing.fixtures.js';
import type { PacingSnapshot } from './pacing.types.js';

const predictive = pacingSettings({ mode: 'predictive' });

/**
 * Ten busy agents, none ready, nothing dialled yet: five halfway through their 10-s wrap
 * (free in 5 s) and five a minute into a call (the shortest calls seen last a minute).
 */
function busyCampaign(observations: PacingSnapshot['observations']): PacingSnapshot {
  return pacingSnapshot({
    now: 1000,
    agentsReady: 0,
    agentsBusy: [
      ...Array.from({ length: 5 }, () => ({ phase: 'wrap' as const, secondsInPhase: 5 })),
      ...Array.from({ length: 5 }, () => ({ phase: 'call' as const, secondsInPhase: 60 })),
    ],
    observations,
  });
}

describe('predictive pacing', () => {
  it('dials progressively while it has no observations', () => {
    const decision = createPacer(predictive).decide(pacingSnapshot({ agentsReady: 3 }));
    expect(decision.originate).toBe(3);
    expect(decision.reason.note).toMatch(/warming up/);
    const busy = createPacer(predictive).decide(busyCampaign(pacingSnapshot().observations));
    expect(busy.originate).toBe(0);
  });

  it('dials ahead for agents about to be free once it has observations', () => {
    const decision = createPacer(predictive).decide(busyCampaign(observationsOfCampaign({ humans: 500 })));
    expect(decision.reason.note).toBe('forecast');
    expect(decision.originate).toBeGreaterThan(0);
  });

  it('dials fewer calls when abandonment runs above the target', () => {
    const calm = createPacer(predictive).decide(busyCampaign(observationsOfCampaign({ humans: 1000, abandoned: 0 })));
    const over = createPacer(predictive).decide(busyCampaign(observationsOfCampaign({ humans: 1000, abandoned: 80 })));
    expect(over.originate).toBeLessThan(calm.originate);
  });

  it('keeps dialling less while abandonment stays above the target', () => {
    const observations = observationsOfCampaign({ humans: 200, abandoned: 0 });
    const pacer = createPacer(predictive);
    const first = pacer.decide(busyCampaign(observations)).originate;
    for (let n = 0; n < 100; n += 1) observations.recordHumanResult({ abandoned: true });
    expect(pacer.decide(busyCampaign(observations)).originate).toBeLessThan(first);
  });
});
