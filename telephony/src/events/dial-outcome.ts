import type { CallEventKind } from './call-event.types.js';

/** Q.850 causes Switchboard tells apart (Asterisk's AST_CAUSE_*). */
export const HangupCause = {
  UNALLOCATED: 1,
  NO_ROUTE_DESTINATION: 3,
  NORMAL_CLEARING: 16,
  USER_BUSY: 17,
  NO_USER_RESPONSE: 18,
  NO_ANSWER: 19,
  SUBSCRIBER_ABSENT: 20,
  CALL_REJECTED: 21,
  DESTINATION_OUT_OF_ORDER: 27,
  INVALID_NUMBER_FORMAT: 28,
  NORMAL_CIRCUIT_CONGESTION: 34,
  NETWORK_OUT_OF_ORDER: 38,
  SWITCH_CONGESTION: 42,
  REQUESTED_CHAN_UNAVAIL: 44,
} as const;

const NOT_IN_SERVICE = new Set<number>([
  HangupCause.UNALLOCATED,
  HangupCause.NO_ROUTE_DESTINATION,
  HangupCause.SUBSCRIBER_ABSENT,
  HangupCause.DESTINATION_OUT_OF_ORDER,
  HangupCause.INVALID_NUMBER_FORMAT,
]);
const CONGESTED = new Set<number>([
  HangupCause.NORMAL_CIRCUIT_CONGESTION,
  HangupCause.NETWORK_OUT_OF_ORDER,
  HangupCause.SWITCH_CONGESTION,
  HangupCause.REQUESTED_CHAN_UNAVAIL,
]);

export interface DialOutcome {
  type: CallEventKind;
  /** Why, in words a retry rule or a report can use: busy, no-answer, rejected, unallocated... */
  reason: string;
}

/**
 * The outcome of an unanswered dial. The hang-up cause of the called channel decides first,
 * because Dial() reports NOANSWER for a rejected call (cause 21) and for a number not in service
 * (cause 1); DIALSTATUS decides when the cause says nothing (0, 16: Dial gave up ringing).
 * The log has no REJECTED type: a rejected call is FAIL with reason `rejected`.
 */
export function classifyDialOutcome(dialStatus: string | undefined, cause: number | undefined): DialOutcome {
  if (cause === HangupCause.USER_BUSY) return { type: 'BUSY', reason: 'busy' };
  if (cause === HangupCause.CALL_REJECTED) return { type: 'FAIL', reason: 'rejected' };
  if (cause !== undefined && NOT_IN_SERVICE.has(cause)) return { type: 'CHANUNAVAIL', reason: 'unallocated' };
  if (cause !== undefined && CONGESTED.has(cause)) return { type: 'CONGESTION', reason: 'congestion' };
  switch (dialStatus) {
    case 'BUSY':
      return { type: 'BUSY', reason: 'busy' };
    case 'CONGESTION':
      return { type: 'CONGESTION', reason: 'congestion' };
    case 'CHANUNAVAIL':
      return { type: 'CHANUNAVAIL', reason: 'unavailable' };
    case 'CANCEL':
      return { type: 'CANCEL', reason: 'cancelled' };
    case 'NOANSWER':
      return { type: 'NOANSWER', reason: 'no-answer' };
    default:
      if (cause === HangupCause.NO_ANSWER || cause === HangupCause.NO_USER_RESPONSE)
        return { type: 'NOANSWER', reason: 'no-answer' };
      return { type: 'FAIL', reason: dialStatus ? dialStatus.toLowerCase() : 'failed' };
  }
}
