import { describe, expect, it } from 'vitest';
import { createPacer } from './create-pacer.js';
import { observationsOfCampaign, pacingSettings, pacingSnapshot } from './pacing.fixtures.js';
import type { PacingSnapshot } from './pacing.types.js';

/** Five agents a minute into their calls, none ready: only a forecast dials for them. */
const busy = (observations: PacingSnapshot['observations']) =>
  pacingSnapshot({
    now: 1000,
    agentsReady: 0,
    agentsBusy: Array.from({ length: 5 }, () => ({ phase: 'call' as const, secondsInPhase: 60 })),
    observations,
  });

describe('what a decision says of itself (for supervisors; never an input)', () => {
  it('names the level of the fixed-level modes', () => {
    const snapshot = pacingSnapshot({ agentsReady: 2 });
    expect(createPacer(pacingSettings({ mode: 'progressive', boost: 1.5 })).decide(snapshot)).toMatchObject({
      dialLevel: 1.5,
      forecastFreeAgents: null,
    });
    expect(createPacer(pacingSettings({ mode: 'ratio', dialRatio: 2.5 })).decide(snapshot).dialLevel).toBe(2.5);
    expect(createPacer(pacingSettings({ mode: 'vicidial-adaptive' })).decide(snapshot).dialLevel).toBe(1);
    // Predictive warming up dials progressively: it says so with the boost.
    expect(createPacer(pacingSettings({ mode: 'predictive', boost: 1 })).decide(snapshot).dialLevel).toBe(1);
  });

  it('gives the forecast free agents once predictive forecasts', () => {
    const settings = pacingSettings({ mode: 'predictive' });
    const decision = createPacer(settings).decide(busy(observationsOfCampaign({ humans: 500 })));
    expect(decision.reason.note).toBe('forecast');
    expect(decision.dialLevel).toBeNull();
    // Five agents busy, none ready: some but not all expected free by then.
    expect(decision.forecastFreeAgents).toBeGreaterThan(0);
    expect(decision.forecastFreeAgents).toBeLessThanOrEqual(5);
  });
});
