// The pacing module's public surface: what the dialer process imports.

export type {
  BusyAgent,
  CallOutcome,
  InFlightCall,
  Pacer,
  PacingDecision,
  PacingLimit,
  PacingMode,
  PacingProposal,
  PacingReason,
  PacingSettings,
  PacingSnapshot,
  PacingStatistics,
} from './pacing.types.js';
export { pacingModes } from './pacing.types.js';
export { createPacer, type CreatePacerOptions } from './create-pacer.js';
export { PacingObservations, type PacingObservationsOptions } from './pacing-observations.js';
export { parsePacingSettings, pacingSettingsSchema } from './pacing-settings.schema.js';
export { applyPacingCaps, OriginateRateLimiter, type CappedCount } from './pacing-caps.js';
export type { PredictivePacingOptions } from './predictive.pacing.js';
export type { AbandonControllerOptions } from './abandon-controller.js';
