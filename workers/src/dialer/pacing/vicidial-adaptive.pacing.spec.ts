import { describe, expect, it } from 'vitest';
import { observationsOfCampaign, pacingSnapshot } from './pacing.fixtures.js';
import type { PacingSnapshot } from './pacing.types.js';
import { VicidialAdaptivePacing } from './vicidial-adaptive.pacing.js';

/** Feeds one snapshot a second for `seconds` seconds from `start`; returns the last proposal. */
function run(pacing: VicidialAdaptivePacing, start: number, seconds: number, snapshot: Partial<PacingSnapshot>) {
  let wanted = 0;
  for (let now = start; now < start + seconds; now += 1)
    wanted = pacing.propose(pacingSnapshot({ ...snapshot, now })).wanted;
  return wanted;
}

describe('vicidial-adaptive pacing', () => {
  it('starts at level 1: one line per counted agent, less live calls', () => {
    const pacing = new VicidialAdaptivePacing(0.03);
    const snapshot = pacingSnapshot({ agentsReady: 2, agentsBusy: [{ phase: 'call', secondsInPhase: 30 }] });
    // 3 counted (2 ready, 1 talking) x 1 - 1 live (the talking one) = 2.
    expect(pacing.propose(snapshot).wanted).toBe(2);
  });

  it('raises the level every 15 s while agents wait, up to 3', () => {
    const pacing = new VicidialAdaptivePacing(0.03);
    run(pacing, 0, 16, { agentsLoggedIn: 4, agentsReady: 4 });
    expect(pacing.dialLevel).toBe(2);
    const wanted = run(pacing, 16, 120, { agentsLoggedIn: 4, agentsReady: 4 });
    expect(pacing.dialLevel).toBe(3);
    expect(wanted).toBe(12);
  });

  it('never goes below 1 while calls wait for agents', () => {
    const pacing = new VicidialAdaptivePacing(0.03);
    run(pacing, 0, 120, { agentsLoggedIn: 4, agentsReady: 0, humansWaiting: 3 });
    expect(pacing.dialLevel).toBe(1);
  });

  it('halves the level when the drop rate passes the limit', () => {
    const pacing = new VicidialAdaptivePacing(0.03);
    run(pacing, 0, 60, { agentsLoggedIn: 4, agentsReady: 4 });
    expect(pacing.dialLevel).toBe(3);
    // A minute with nobody waiting on either side empties the average: the level holds.
    run(pacing, 60, 60, { agentsLoggedIn: 4, agentsReady: 0 });
    expect(pacing.dialLevel).toBe(3);
    const dropping = observationsOfCampaign({ humans: 100, abandoned: 5 });
    run(pacing, 120, 15, { agentsLoggedIn: 4, agentsReady: 0, observations: dropping });
    expect(pacing.dialLevel).toBe(1.5);
    run(pacing, 135, 15, { agentsLoggedIn: 4, agentsReady: 0, observations: dropping });
    expect(pacing.dialLevel).toBe(1);
  });
});
