/**
 * Domain call events as the normalizer produces them. The type names are those of the
 * call-event log (`CallEventType` in @switchboard/schema); telephony does not import the schema
 * package so that this pure code stays free of the ORM, and workers/call-events checks at compile
 * time that both lists agree.
 */
export type CallEventKind =
  | 'DIAL'
  | 'ANSWER'
  | 'CONNECT'
  | 'ENTERQUEUE'
  | 'ABANDON'
  | 'ABANDONWEL'
  | 'EXITWITHTIMEOUT'
  | 'NOANSWER'
  | 'BUSY'
  | 'CANCEL'
  | 'CHANUNAVAIL'
  | 'CONGESTION'
  | 'FAIL'
  | 'AMD'
  | 'BLACKLIST'
  | 'COMPLETEAGENT'
  | 'COMPLETEOUTNUM'
  | 'HOLD'
  | 'UNHOLD'
  | 'BLINDTRANSFER'
  | 'ATTENDEDTRANSFER'
  | 'TRANSFER_CANCELLED'
  | 'CONFERENCE'
  | 'RECORDING_STARTED'
  | 'RECORDING_STOPPED'
  // Written by SpyService (schema), not by the normalizer: listed so both vocabularies agree.
  | 'SPY_START'
  | 'SPY_MODE_CHANGE'
  | 'SPY_STOP';

/** One event for the call-event log, derived from one or more AMI events. */
export interface NormalizedCallEvent {
  /**
   * Deterministic from the AMI events it came from (ids and Asterisk's timestamps, never the
   * wall clock), so that replaying the same AMI events yields the same keys and writes nothing.
   */
  eventKey: string;
  /** `SB_CALL_ID` when the call carries it, otherwise Asterisk's linkedid. */
  callId: string;
  type: CallEventKind;
  occurredAt: Date;
  campaignId: string | null;
  agentId: string | null;
  contactId: string | null;
  phone: string | null;
  waitSeconds: number | null;
  durationSeconds: number | null;
  recording: string | null;
  data: Record<string, unknown>;
}

/** Ends of a call: once one is logged, the call gets no other. */
export const TERMINAL_KINDS: ReadonlySet<CallEventKind> = new Set<CallEventKind>([
  'ABANDON',
  'ABANDONWEL',
  'EXITWITHTIMEOUT',
  'NOANSWER',
  'BUSY',
  'CANCEL',
  'CHANUNAVAIL',
  'CONGESTION',
  'FAIL',
  'BLACKLIST',
  'COMPLETEAGENT',
  'COMPLETEOUTNUM',
]);

/** `data.reason` of the event that closes a call which ended while AMI was not listening. */
export const CLOSED_AFTER_RESYNC = 'closed-after-resync';
