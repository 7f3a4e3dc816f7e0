// Which ringing calls to hang up before they are answered. A human who answers late, when the
// humans already on their way hold every agent, is the likeliest abandon; once a call has rung
// long enough for the law to let it go (15 s in the US), hanging it up costs an attempt on the
// contact (it is dialled again later) instead of an abandoned customer. The rule is the
// dialing rule run backwards: a call the pacer would not place now, because its human would
// find no agent with too high a chance, is dropped; the worst first, and the forecast is
// updated after each so that two calls are not dropped for the same surplus.

import {
  addProfile,
  humanArrivalProfile,
  placedCallAbandonChance,
  type HumanArrivalProfile,
  type PacingForecast,
} from './predictive-forecast.js';
import type { PacingSnapshot } from './pacing.types.js';

interface Candidate {
  id: string;
  profile: HumanArrivalProfile;
}

export function surplusCalls(
  forecast: PacingForecast,
  snapshot: PacingSnapshot,
  minRingSeconds: number,
  threshold: number,
): string[] {
  if (minRingSeconds <= 0) return [];
  const candidates: Candidate[] = [];
  for (const call of snapshot.callsInFlight) {
    if (call.stage !== 'ringing' || call.secondsSinceOriginate < minRingSeconds) continue;
    const profile = humanArrivalProfile(snapshot.observations, call, forecast.humansMean.length);
    if (profile) candidates.push({ id: call.id, profile });
  }
  const dropped: string[] = [];
  while (candidates.length > 0) {
    let worst = -1;
    let worstChance = threshold;
    candidates.forEach((candidate, index) => {
      const chance = placedCallAbandonChance(forecast, candidate.profile.byThen);
      if (chance > worstChance) {
        worst = index;
        worstChance = chance;
      }
    });
    if (worst < 0) break;
    const [gone] = candidates.splice(worst, 1);
    addProfile(forecast, gone.profile.byThen, -1);
    dropped.push(gone.id);
  }
  return dropped;
}
