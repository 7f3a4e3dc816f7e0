import { describe, expect, it } from 'vitest';
import { applyPacingCaps, OriginateRateLimiter } from './pacing-caps.js';
import { pacingSettings, pacingSnapshot } from './pacing.fixtures.js';

const ringing = (count: number) =>
  Array.from({ length: count }, () => ({ secondsSinceOriginate: 1, stage: 'ringing' as const }));

describe('applyPacingCaps', () => {
  it('passes the wanted count through when nothing limits it', () => {
    expect(applyPacingCaps(7, pacingSnapshot(), pacingSettings(), Infinity)).toEqual({
      originate: 7,
      limitedBy: 'none',
    });
  });

  it('keeps lines (in flight and waiting) within lines per agent', () => {
    const snapshot = pacingSnapshot({ agentsLoggedIn: 4, callsInFlight: ringing(5), humansWaiting: 1 });
    expect(applyPacingCaps(20, snapshot, pacingSettings({ maxLinesPerAgent: 2 }), Infinity)).toEqual({
      originate: 2,
      limitedBy: 'lines-per-agent',
    });
  });

  it('counts talking agents against max channels', () => {
    const snapshot = pacingSnapshot({
      callsInFlight: ringing(3),
      agentsBusy: [
        { phase: 'call', secondsInPhase: 5 },
        { phase: 'call', secondsInPhase: 50 },
        { phase: 'wrap', secondsInPhase: 2 },
      ],
    });
    expect(applyPacingCaps(20, snapshot, pacingSettings({ maxChannels: 8 }), Infinity)).toEqual({
      originate: 3,
      limitedBy: 'max-channels',
    });
  });

  it('never exceeds the free trunk channels or the originate allowance, and never goes negative', () => {
    expect(applyPacingCaps(9, pacingSnapshot({ trunkChannelsFree: 4 }), pacingSettings(), Infinity)).toEqual({
      originate: 4,
      limitedBy: 'trunk-channels',
    });
    expect(applyPacingCaps(9, pacingSnapshot(), pacingSettings(), 2)).toEqual({
      originate: 2,
      limitedBy: 'originates-per-second',
    });
    expect(applyPacingCaps(9, pacingSnapshot({ trunkChannelsFree: -3 }), pacingSettings(), Infinity).originate).toBe(0);
    expect(applyPacingCaps(-2, pacingSnapshot(), pacingSettings(), Infinity).originate).toBe(0);
  });
});

describe('OriginateRateLimiter', () => {
  it('refills with the clock and holds at most one second of tokens', () => {
    const limiter = new OriginateRateLimiter(5);
    expect(limiter.allowance(0)).toBe(5);
    limiter.spend(5);
    expect(limiter.allowance(0.4)).toBe(2);
    expect(limiter.allowance(100)).toBe(5);
    expect(new OriginateRateLimiter(0).allowance(0)).toBe(Infinity);
  });
});
