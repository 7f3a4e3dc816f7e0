// The predictive pacer's picture of the next minute or so, second by second: how many agents
// will be free, and how many humans the calls already placed will deliver. Humans arrive
// when AMD lets them through; an agent must be free within `graceSeconds` of that, or the
// human is abandoned. Each agent and each call is an independent Bernoulli variable, so
// means and variances add up, and the chance of finding no agent is read from a normal
// approximation.

import { normalCumulative } from './normal-distribution.js';

import type { InFlightCall, PacingSnapshot, PacingStatistics } from './pacing.types.js';

/** Longest horizon looked at, in seconds. */
const maxHorizon = 180;

export interface PacingForecast {
  /** Index k is k + 1 seconds ahead. */
  readonly humansMean: Float64Array;
  readonly humansVariance: Float64Array;
  /** Agents free by k + 1 + grace seconds. */
  readonly agentsMean: Float64Array;
  readonly agentsVariance: Float64Array;
  /** P(a call placed now delivers a human by k + 1 seconds). */
  readonly newCallHuman: Float64Array;
  /** Humans the calls already placed will deliver in the end (waiting ones included). */
  readonly humansInPipeline: number;
  /** P(a call placed now delivers a human at all). */
  readonly newCallHumanRate: number;
}

export function buildForecast(snapshot: PacingSnapshot, graceSeconds: number): PacingForecast {
  const stats = snapshot.observations;
  const horizon = horizonSeconds(stats);
  const forecast = {
    humansMean: new Float64Array(horizon).fill(snapshot.humansWaiting),
    humansVariance: new Float64Array(horizon),
    agentsMean: new Float64Array(horizon).fill(snapshot.agentsReady),
    agentsVariance: new Float64Array(horizon),
    newCallHuman: new Float64Array(horizon),
    humansInPipeline: snapshot.humansWaiting,
    newCallHumanRate: stats.humanRate(),
  };
  addAgents(forecast, snapshot, graceSeconds);
  forecast.humansInPipeline += addCalls(forecast, snapshot);
  for (let k = 0; k < horizon; k += 1)
    forecast.newCallHuman[k] = forecast.newCallHumanRate * stats.humanRingDistribution(k + 1);
  return forecast;
}

/** Far enough to see almost every human the calls placed now can deliver. */
function horizonSeconds(stats: PacingStatistics): number {
  for (let seconds = 5; seconds < maxHorizon; seconds += 1) {
    if (stats.humanRingDistribution(seconds) >= 0.995) return seconds;
  }
  return maxHorizon;
}

/** Busy agents: the chance each is free by then, given how long it has been busy. */
function addAgents(forecast: PacingForecast, snapshot: PacingSnapshot, graceSeconds: number): void {
  const stats = snapshot.observations;
  const wrap = stats.meanWrapSeconds();
  for (const agent of snapshot.agentsBusy) {
    const spent = agent.secondsInPhase;
    for (let k = 0; k < forecast.agentsMean.length; k += 1) {
      const ahead = k + 1 + graceSeconds;
      const free =
        agent.phase === 'wrap'
          ? stats.wrapDoneBy(spent, spent + ahead)
          : ahead > wrap
            ? stats.handleDoneBy(spent, spent + ahead - wrap)
            : 0;
      forecast.agentsMean[k] += free;
      forecast.agentsVariance[k] += free * (1 - free);
    }
  }
}

/** Calls in flight: the chance each turns out human, and when; returns the expected humans. */
function addCalls(forecast: PacingForecast, snapshot: PacingSnapshot): number {
  let humans = 0;
  for (const call of snapshot.callsInFlight) {
    const profile = humanArrivalProfile(snapshot.observations, call, forecast.humansMean.length);
    if (!profile) continue;
    humans += profile.human;
    addProfile(forecast, profile.byThen, 1);
  }
  return humans;
}

export interface HumanArrivalProfile {
  /** P(the call turns out human at all). */
  human: number;
  /** Index k: P(its human has arrived by k + 1 seconds from now). */
  byThen: Float64Array;
}

/** When a call already placed will deliver its human, if it does; null if it cannot. */
export function humanArrivalProfile(
  stats: PacingStatistics,
  call: InFlightCall,
  horizon: number,
): HumanArrivalProfile | null {
  const spent = call.secondsSinceOriginate;
  const human = call.stage === 'screening' ? stats.humanRateWhenAnswered() : stats.humanRateAfterRinging(spent);
  if (human <= 0) return null;
  const knownBefore = stats.humanRingDistribution(spent);
  const unknown = 1 - knownBefore;
  const byThen = new Float64Array(horizon);
  for (let k = 0; k < horizon; k += 1) {
    const share =
      unknown < 1e-9 ? 1 : Math.min(1, (stats.humanRingDistribution(spent + k + 1) - knownBefore) / unknown);
    byThen[k] = human * share;
  }
  return { human, byThen };
}

/** Adds (sign 1) or takes out (sign -1) one call's humans from the forecast. */
export function addProfile(forecast: PacingForecast, byThen: Float64Array, sign: 1 | -1): void {
  for (let k = 0; k < byThen.length; k += 1) {
    const p = byThen[k];
    forecast.humansMean[k] += sign * p;
    forecast.humansVariance[k] += sign * p * (1 - p);
  }
}

/**
 * P(the human of a call already placed finds no agent), given everything else in the
 * forecast: the humans ahead of it are the others arrived by then.
 */
export function placedCallAbandonChance(forecast: PacingForecast, byThen: Float64Array): number {
  let chance = 0;
  let previous = 0;
  for (let k = 0; k < byThen.length; k += 1) {
    const p = byThen[k];
    const arriving = p - previous;
    previous = p;
    if (arriving <= 0) continue;
    const mean = forecast.humansMean[k] - p - forecast.agentsMean[k];
    const variance = forecast.humansVariance[k] - p * (1 - p) + forecast.agentsVariance[k];
    chance += arriving * noAgentChance(mean, variance);
  }
  return previous <= 0 ? 0 : chance / previous;
}

function noAgentChance(mean: number, variance: number): number {
  // No free agent: at least as many humans ahead as agents (+0.5: counts are whole).
  return variance <= 1e-12 ? (mean + 0.5 > 0 ? 1 : 0) : normalCumulative((mean + 0.5) / Math.sqrt(variance));
}

/**
 * P(the human of one more call, placed after `earlierNewCalls` others this tick, finds no
 * agent): over the times it may arrive, the chance that the humans before it already hold
 * every agent free by then.
 */
export function marginalAbandonChance(forecast: PacingForecast, earlierNewCalls: number): number {
  let chance = 0;
  let previous = 0;
  for (let k = 0; k < forecast.humansMean.length; k += 1) {
    const p = forecast.newCallHuman[k];
    const arriving = p - previous;
    previous = p;
    if (arriving <= 0) continue;
    const mean = forecast.humansMean[k] + earlierNewCalls * p - forecast.agentsMean[k];
    const variance = forecast.humansVariance[k] + earlierNewCalls * p * (1 - p) + forecast.agentsVariance[k];
    chance += arriving * noAgentChance(mean, variance);
  }
  return previous <= 0 ? 1 : chance / previous;
}

/**
 * For dashboards: the agents expected free at the time a call placed now most likely delivers
 * its human (the median of the new-call arrival curve). Not used to decide.
 */
export function agentsFreeWhenNewHumansArrive(forecast: PacingForecast): number {
  const half = forecast.newCallHumanRate / 2;
  const last = forecast.agentsMean.length - 1;
  let k = 0;
  while (k < last && forecast.newCallHuman[k]! < half) k += 1;
  return forecast.agentsMean[k] ?? 0;
}
