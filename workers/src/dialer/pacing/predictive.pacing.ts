// Predictive: dials for agents who are not free yet, as far as the abandon target allows.
// Each tick it forecasts, second by second over the next half minute or so, the agents who
// will be free (from the handle-time distribution, given how long each has been talking)
// and the humans the calls already placed will deliver (from the answer rate and the
// ring-time distribution, given how long each has been ringing). It then adds calls one at
// a time while the human of the next call would find no agent with a chance below a
// threshold: the marginal rule that gets the most talk for a given abandon rate (the last
// calls placed carry the most risk, so the threshold sits well above the target). The
// abandon controller moves the threshold with what really happens. Until it has seen enough
// calls it dials progressively.
//
// When the campaign allows it (surplusHangupAfterSeconds), the same rule runs backwards on
// the calls already ringing that long: one whose human would now find no agent with a chance
// above the hang-up threshold is dropped before it is answered (surplus-calls.ts). Humans
// answer over a spread of some 20 seconds, so the calls placed for an agent are a bet made
// well ahead; dropping the late part of the bet when it is no longer needed is what lets the
// pacer bet more.

import { AbandonController, type AbandonControllerOptions } from './abandon-controller.js';
import type { PacingProposal, PacingSettings, PacingSnapshot } from './pacing.types.js';
import {
  agentsFreeWhenNewHumansArrive,
  buildForecast,
  marginalAbandonChance,
  type PacingForecast,
} from './predictive-forecast.js';
import { proposeProgressive } from './progressive.pacing.js';
import { surplusCalls } from './surplus-calls.js';

export interface PredictivePacingOptions {
  /** Attempts and handle times needed before the forecast is trusted. */
  minOutcomes?: number;
  minHandles?: number;
  /** Seconds a human waits after AMD for an agent before counting as abandoned. */
  graceSeconds?: number;
  /** The marginal chance of abandon allowed when the controller is neutral. */
  baseMarginalChance?: number;
  /** A ringing call is hung up as surplus when its chance of abandon passes this many thresholds. */
  hangupThresholdFactor?: number;
  controller?: AbandonControllerOptions;
}

export class PredictivePacing {
  private readonly controller: AbandonController;
  private readonly minOutcomes: number;
  private readonly minHandles: number;
  private readonly graceSeconds: number;
  private readonly baseMarginalChance: number;
  private readonly hangupThresholdFactor: number;

  constructor(
    private readonly settings: PacingSettings,
    options: PredictivePacingOptions = {},
  ) {
    this.controller = new AbandonController(settings.targetAbandonRate, options.controller);
    this.minOutcomes = options.minOutcomes ?? 100;
    this.minHandles = options.minHandles ?? 30;
    this.graceSeconds = options.graceSeconds ?? 2;
    this.baseMarginalChance = options.baseMarginalChance ?? 0.1;
    this.hangupThresholdFactor = options.hangupThresholdFactor ?? 2;
  }

  propose(snapshot: PacingSnapshot): PacingProposal {
    const stats = snapshot.observations;
    const factor = this.controller.update(stats);
    if (stats.outcomeCount < this.minOutcomes || stats.handleCount < this.minHandles || stats.humanRate() <= 0) {
      const warmUp = proposeProgressive(snapshot, this.settings);
      return { ...warmUp, reason: { ...warmUp.reason, mode: 'predictive', note: 'warming up: progressive' } };
    }
    const forecast = buildForecast(snapshot, this.graceSeconds);
    const threshold = Math.min(0.9, this.baseMarginalChance * factor);
    const most = Math.ceil(this.settings.maxLinesPerAgent * snapshot.agentsLoggedIn);
    const hangUp = surplusCalls(
      forecast,
      snapshot,
      this.settings.surplusHangupAfterSeconds,
      Math.min(0.95, threshold * this.hangupThresholdFactor),
    );
    const wanted = callsUnderThreshold(forecast, threshold, most);
    return {
      wanted,
      hangUp,
      dialLevel: null,
      forecastFreeAgents: round(agentsFreeWhenNewHumansArrive(forecast)),
      reason: {
        mode: 'predictive',
        note: 'forecast',
        figures: {
          threshold: round(threshold),
          recentAbandonRate: round(this.controller.recentAbandonRate),
          humansInPipeline: round(forecast.humansInPipeline),
        },
      },
    };
  }
}

/** Calls while the next one's human would find no agent with a chance within the threshold. */
function callsUnderThreshold(forecast: PacingForecast, threshold: number, most: number): number {
  let calls = 0;
  while (calls < most && marginalAbandonChance(forecast, calls) <= threshold) calls += 1;
  return calls;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
