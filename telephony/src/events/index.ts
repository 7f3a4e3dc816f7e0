export * from './call-event.types.js';
export { CallTracker, type LiveChannel } from './call-tracker.js';
export { classifyDialOutcome, HangupCause, type DialOutcome } from './dial-outcome.js';
export {
  CALL_VARIABLES,
  eventCallVariables,
  varSetCallVariable,
  type CallVariable,
  type CallVariables,
} from './channel-variables.js';
export type { CallState } from './call-state.js';
export { summarizeLiveState, type LiveStateSummary } from './live-state.js';
