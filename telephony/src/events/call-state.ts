import type { AmiEventBase } from '../ami/ami-events.js';
import type { CallEventKind, NormalizedCallEvent } from './call-event.types.js';
import type { CallVariables } from './channel-variables.js';

/** What the tracker knows of one channel of a call. */
export interface ChannelState {
  uniqueid: string;
  name: string;
  /** A Local channel is the platform's own plumbing, never a customer or an agent phone. */
  local: boolean;
}

/** The channel dialled to reach the customer, and how that went. */
export interface CustomerLeg {
  uniqueid: string;
  channel: string;
  phone: string | null;
  dialedAt: Date;
  dialStatus?: string;
  cause?: number;
  answeredAt?: Date;
  hungUp: boolean;
}

/** Everything the state machine keeps per call (keyed by Asterisk's linkedid). */
export interface CallState {
  linkedid: string;
  variables: CallVariables;
  channels: Map<string, ChannelState>;
  customer?: CustomerLeg;
  queue?: { name: string; enteredAt: Date };
  /**
   * app_queue sends QueueCallerAbandon both when the caller hangs up and when the maximum wait
   * runs out (then QUEUESTATUS=TIMEOUT follows and the caller goes on to the failover): the
   * ABANDON waits for the channel's hang-up, and a TIMEOUT replaces it with EXITWITHTIMEOUT.
   */
  pendingAbandon?: NormalizedCallEvent;
  /** The channel that asked first to hang up once the customer answered: who ended the call. */
  firstHangupBy?: string;
  connected: boolean;
  /** A terminal event (see TERMINAL_KINDS) was produced: the call gets no other outcome. */
  ended: boolean;
  /** Learned from CoreShowChannels after a reconnect: its past is unknown. */
  adopted: boolean;
}

export function newCallState(linkedid: string, adopted = false): CallState {
  return { linkedid, variables: {}, channels: new Map(), connected: false, ended: false, adopted };
}

/** Asterisk's `Timestamp: seconds.micro`; the fallback clock serves events without one. */
export function eventTime(event: AmiEventBase, now: () => number): Date {
  const seconds = Number(event.timestamp);
  return new Date(Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : now());
}

export function secondsBetween(from: Date | undefined, to: Date): number | null {
  return from ? Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000)) : null;
}

/** A channel name that belongs to the platform's own plumbing. */
export const isLocalChannel = (name: string | undefined) => (name ?? '').startsWith('Local/');

/** The number in a dial string: `5550003@fake-pstn` or `PJSIP/5550003@trunk` -> `5550003`. */
export function dialedNumber(dialString: string | undefined): string | null {
  if (!dialString) return null;
  const withoutTech = dialString.includes('/') ? dialString.slice(dialString.indexOf('/') + 1) : dialString;
  return withoutTech.split('@')[0] || null;
}

/** Builds one normalized event of a call; fields not given come from the call's variables. */
export function callEvent(
  call: CallState,
  type: CallEventKind,
  eventKey: string,
  occurredAt: Date,
  fields: Partial<Omit<NormalizedCallEvent, 'eventKey' | 'type' | 'occurredAt' | 'callId'>> = {},
): NormalizedCallEvent {
  const { variables } = call;
  return {
    eventKey,
    callId: variables.SB_CALL_ID ?? call.linkedid,
    type,
    occurredAt,
    campaignId: variables.SB_CAMPAIGN_ID ?? null,
    agentId: variables.SB_AGENT_ID ?? null,
    contactId: variables.SB_CONTACT_ID ?? null,
    phone: variables.SB_PHONE ?? call.customer?.phone ?? null,
    waitSeconds: null,
    durationSeconds: null,
    recording: variables.SB_RECORDING ?? null,
    ...fields,
    data: { linkedid: call.linkedid, ...fields.data },
  };
}

/** The generic key: the channel, the event and Asterisk's microsecond timestamp. */
export function amiEventKey(event: AmiEventBase, uniqueid: string | undefined): string {
  return `${uniqueid ?? 'none'}:${event.event}:${event.timestamp ?? ''}`;
}
