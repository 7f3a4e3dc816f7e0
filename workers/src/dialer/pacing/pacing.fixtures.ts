// Builders for pacing specs: a snapshot with sensible defaults, and observation stores that
// have seen a given campaign.

import { PacingObservations } from './pacing-observations.js';
import type { PacingSettings, PacingSnapshot } from './pacing.types.js';

export function pacingSettings(overrides: Partial<PacingSettings> = {}): PacingSettings {
  return {
    mode: 'progressive',
    boost: 1,
    dialRatio: 2,
    targetAbandonRate: 0.03,
    maxChannels: 0,
    maxLinesPerAgent: 3,
    maxOriginatesPerSecond: 0,
    surplusHangupAfterSeconds: 0,
    ...overrides,
  };
}

export function pacingSnapshot(overrides: Partial<PacingSnapshot> = {}): PacingSnapshot {
  return {
    now: 0,
    agentsLoggedIn: 10,
    agentsReady: 0,
    agentsBusy: [],
    callsInFlight: [],
    humansWaiting: 0,
    trunkChannelsFree: null,
    observations: new PacingObservations(),
    ...overrides,
  };
}

/**
 * A store that has seen `attempts` attempts, a quarter of them humans known 10 s after the
 * originate, the rest failures after 20 s, and 120-s calls with 10 s of wrap; `abandoned` of
 * `humans` humans were abandoned.
 */
export function observationsOfCampaign(options: { attempts?: number; humans?: number; abandoned?: number } = {}) {
  const observations = new PacingObservations();
  const attempts = options.attempts ?? 400;
  for (let n = 0; n < attempts; n += 1) {
    if (n % 4 === 0) observations.recordOutcome('human', 8 + (n % 5));
    else observations.recordOutcome('no-answer', 20);
  }
  for (let n = 0; n < 200; n += 1) {
    observations.recordHandle(60 + (n % 121));
    observations.recordWrap(10);
  }
  const humans = options.humans ?? 0;
  const abandoned = options.abandoned ?? 0;
  for (let n = 0; n < humans; n += 1) observations.recordHumanResult({ abandoned: n < abandoned });
  return observations;
}
