// The limits every mode obeys, applied in this one place so that no mode can forget one.

import type { PacingLimit, PacingSettings, PacingSnapshot } from './pacing.types.js';

export interface CappedCount {
  originate: number;
  limitedBy: PacingLimit;
}

/**
 * Cuts `wanted` to what the campaign's channels, lines per agent, trunk and originate
 * rate allow. `originateAllowance` is what the rate limiter grants this tick (Infinity
 * when unlimited).
 */
export function applyPacingCaps(
  wanted: number,
  snapshot: PacingSnapshot,
  settings: PacingSettings,
  originateAllowance: number,
): CappedCount {
  const lines = snapshot.callsInFlight.length + snapshot.humansWaiting;
  const talking = snapshot.agentsBusy.filter((agent) => agent.phase === 'call').length;
  const rooms: Array<[PacingLimit, number]> = [
    ['lines-per-agent', Math.floor(settings.maxLinesPerAgent * snapshot.agentsLoggedIn) - lines],
    ['max-channels', settings.maxChannels > 0 ? settings.maxChannels - lines - talking : Infinity],
    ['trunk-channels', snapshot.trunkChannelsFree ?? Infinity],
    ['originates-per-second', originateAllowance],
  ];
  let originate = Math.max(0, Math.floor(wanted));
  let limitedBy: PacingLimit = 'none';
  for (const [limit, room] of rooms) {
    const allowed = Math.max(0, Math.floor(room));
    if (allowed < originate) {
      originate = allowed;
      limitedBy = limit;
    }
  }
  return { originate, limitedBy };
}

/**
 * A token bucket for `maxOriginatesPerSecond`: tokens refill with the snapshot's clock and
 * hold at most one second's worth, so a pause does not turn into a burst.
 */
export class OriginateRateLimiter {
  private tokens: number;
  private last: number | null = null;

  constructor(private readonly perSecond: number) {
    this.tokens = perSecond;
  }

  allowance(now: number): number {
    if (this.perSecond <= 0) return Infinity;
    if (this.last !== null) this.tokens = Math.min(this.perSecond, this.tokens + (now - this.last) * this.perSecond);
    this.last = now;
    return Math.floor(this.tokens);
  }

  spend(count: number): void {
    if (this.perSecond > 0) this.tokens -= count;
  }
}
