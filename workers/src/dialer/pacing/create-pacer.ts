// One pacer per campaign. The mode proposes, then the caps cut, here and only here.

import { applyPacingCaps, OriginateRateLimiter } from './pacing-caps.js';
import type { Pacer, PacingDecision, PacingProposal, PacingSettings, PacingSnapshot } from './pacing.types.js';
import { PredictivePacing, type PredictivePacingOptions } from './predictive.pacing.js';
import { proposeProgressive } from './progressive.pacing.js';
import { proposeRatio } from './ratio.pacing.js';
import { VicidialAdaptivePacing } from './vicidial-adaptive.pacing.js';

export interface CreatePacerOptions {
  predictive?: PredictivePacingOptions;
}

export function createPacer(settings: PacingSettings, options: CreatePacerOptions = {}): Pacer {
  const propose = proposerFor(settings, options);
  const limiter = new OriginateRateLimiter(settings.maxOriginatesPerSecond);
  return {
    mode: settings.mode,
    decide(snapshot: PacingSnapshot): PacingDecision {
      const proposal = propose(snapshot);
      const capped = applyPacingCaps(proposal.wanted, snapshot, settings, limiter.allowance(snapshot.now));
      limiter.spend(capped.originate);
      return {
        originate: capped.originate,
        hangUp: proposal.hangUp ?? [],
        wanted: proposal.wanted,
        limitedBy: capped.limitedBy,
        reason: proposal.reason,
        dialLevel: proposal.dialLevel ?? null,
        forecastFreeAgents: proposal.forecastFreeAgents ?? null,
      };
    },
  };
}

function proposerFor(
  settings: PacingSettings,
  options: CreatePacerOptions,
): (snapshot: PacingSnapshot) => PacingProposal {
  switch (settings.mode) {
    case 'progressive':
      return (snapshot) => proposeProgressive(snapshot, settings);
    case 'ratio':
      return (snapshot) => proposeRatio(snapshot, settings);
    case 'predictive': {
      const pacing = new PredictivePacing(settings, options.predictive);
      return (snapshot) => pacing.propose(snapshot);
    }
    case 'vicidial-adaptive': {
      const pacing = new VicidialAdaptivePacing(settings.targetAbandonRate);
      return (snapshot) => pacing.propose(snapshot);
    }
  }
}
