/**
 * The live state of campaign queues as Asterisk's app_queue reports it, and the pure reducer
 * that follows it: callers waiting (QueueCallerJoin / Leave / Abandon) and members' status
 * (QueueMemberStatus / Pause / Added / Removed), or a whole QueueStatus listing after a
 * (re)connect. No I/O here: workers/queue-state feeds it and keeps the result in Redis.
 */

/** The campaign queue naming of telephony's generated queues.conf (`campaign-<uuid>`). */
const CAMPAIGN_QUEUE = /^campaign-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The campaign a queue belongs to, or null for a queue the platform did not generate. */
export function campaignOfQueue(queue: string): string | null {
  return CAMPAIGN_QUEUE.exec(queue)?.[1]?.toLowerCase() ?? null;
}

/** One caller waiting in a queue. */
export interface QueueCaller {
  /** The caller's channel in Asterisk (the key: one channel waits once per queue). */
  uniqueid: string;
  /** The platform's call id (SB_CALL_ID), the uniqueid when the channel did not carry one. */
  callId: string;
  /** The caller's number as the platform saw it (SB_PHONE, else caller id); unmasked. */
  phone: string | null;
  /** 1 = next to be offered to an agent. */
  position: number;
  /** When the caller joined the queue (ISO). */
  waitingSince: string;
}

/** One member (agent) of a queue as app_queue reports it. */
export interface QueueMemberLive {
  /** The member's interface (`Local/...`, `PJSIP/...`): the key. */
  interface: string;
  /** The member name the platform gives: the agent id. */
  name: string;
  /** Asterisk device state number: 1 not in use, 2 in use, 3 busy, 5 unavailable, 6 ringing... */
  status: number;
  paused: boolean;
  inCall: boolean;
}

export interface QueueLiveState {
  queue: string;
  campaignId: string;
  /** In queue order. */
  waiting: QueueCaller[];
  members: QueueMemberLive[];
}

/** What the reducer reads of an AMI event (header names lower-cased, as the adapter gives them). */
export type QueueAmiEvent = { event: string; [header: string]: unknown };

/** The ids an event's channel carries (SB_CALL_ID, SB_PHONE), read by the caller of the reducer. */
export interface CallerIds {
  callId?: string;
  phone?: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : String(value));
const integer = (value: unknown, fallback: number): number => {
  const parsed = Number.parseInt(text(value), 10);
  return Number.isFinite(parsed) ? parsed : fallback;
};
const flag = (value: unknown): boolean => ['1', 'true', 'yes'].includes(text(value).toLowerCase());

export const emptyQueueState = (queue: string, campaignId: string): QueueLiveState => ({
  queue,
  campaignId,
  waiting: [],
  members: [],
});

/** Positions 1..n in the order callers wait (Asterisk moves everyone up when one leaves). */
function renumber(waiting: QueueCaller[]): QueueCaller[] {
  return [...waiting]
    .sort((a, b) => a.position - b.position || a.waitingSince.localeCompare(b.waitingSince))
    .map((caller, index) => ({ ...caller, position: index + 1 }));
}

function memberOf(event: QueueAmiEvent): QueueMemberLive {
  return {
    interface: text(event['interface'] ?? event['location']),
    name: text(event['membername'] ?? event['name']),
    status: integer(event['status'], 0),
    paused: flag(event['paused']),
    inCall: flag(event['incall']),
  };
}

function withMember(state: QueueLiveState, member: QueueMemberLive): QueueLiveState {
  const others = state.members.filter((known) => known.interface !== member.interface);
  return { ...state, members: [...others, member].sort((a, b) => a.interface.localeCompare(b.interface)) };
}

/** The events the reducer follows; any other leaves the state as it is. */
export const QUEUE_EVENTS: ReadonlySet<string> = new Set([
  'QueueCallerJoin',
  'QueueCallerLeave',
  'QueueCallerAbandon',
  'QueueMemberStatus',
  'QueueMemberPause',
  'QueueMemberAdded',
  'QueueMemberRemoved',
]);

/**
 * The queue's state after one AMI event of that queue. `ids` are the channel's platform ids
 * (from its channel variables); `at` is when the event happened (join time of a new caller).
 */
export function applyQueueEvent(
  state: QueueLiveState,
  event: QueueAmiEvent,
  at: Date,
  ids: CallerIds = {},
): QueueLiveState {
  const uniqueid = text(event['uniqueid']);
  switch (event.event) {
    case 'QueueCallerJoin': {
      if (!uniqueid) return state;
      const others = state.waiting.filter((caller) => caller.uniqueid !== uniqueid);
      const known = state.waiting.find((caller) => caller.uniqueid === uniqueid);
      const caller: QueueCaller = {
        uniqueid,
        callId: ids.callId || known?.callId || uniqueid,
        phone: ids.phone || text(event['calleridnum']) || known?.phone || null,
        // A joining caller goes where Asterisk says; those at or after that place move down.
        position: integer(event['position'], others.length + 1) - 0.5,
        waitingSince: known?.waitingSince ?? at.toISOString(),
      };
      return { ...state, waiting: renumber([...others, caller]) };
    }
    case 'QueueCallerLeave':
    case 'QueueCallerAbandon': {
      if (!state.waiting.some((caller) => caller.uniqueid === uniqueid)) return state;
      return { ...state, waiting: renumber(state.waiting.filter((caller) => caller.uniqueid !== uniqueid)) };
    }
    case 'QueueMemberStatus':
    case 'QueueMemberAdded':
      return withMember(state, memberOf(event));
    case 'QueueMemberPause': {
      const member = memberOf(event);
      const known = state.members.find((item) => item.interface === member.interface);
      // Pause events carry the whole member in Asterisk 22, but keep what a terse one leaves out.
      return withMember(state, { ...(known ?? member), ...member, paused: flag(event['paused']) });
    }
    case 'QueueMemberRemoved': {
      const member = memberOf(event);
      return { ...state, members: state.members.filter((known) => known.interface !== member.interface) };
    }
    default:
      return state;
  }
}

/** One waiting caller of a QueueStatus listing (QueueEntry), with the ids read from its channel. */
export interface ListedCaller {
  uniqueid: string;
  position: number;
  /** Seconds waited so far (QueueEntry's Wait). */
  waitSeconds: number;
  callId: string | null;
  phone: string | null;
}

/** One queue of a QueueStatus listing. */
export interface ListedQueue {
  queue: string;
  members: QueueAmiEvent[];
  waiting: ListedCaller[];
}

/**
 * A queue's state from Asterisk's own listing, after a restart of the worker, of Redis or of
 * Asterisk: the listing is the truth. A caller already known keeps its join time (the listing
 * only has whole seconds of wait).
 */
export function queueStateFromListing(
  listed: ListedQueue,
  campaignId: string,
  at: Date,
  previous?: QueueLiveState,
): QueueLiveState {
  const known = new Map((previous?.waiting ?? []).map((caller) => [caller.uniqueid, caller]));
  const waiting = listed.waiting.map((entry) => ({
    uniqueid: entry.uniqueid,
    callId: entry.callId || known.get(entry.uniqueid)?.callId || entry.uniqueid,
    phone: entry.phone || known.get(entry.uniqueid)?.phone || null,
    position: entry.position,
    waitingSince:
      known.get(entry.uniqueid)?.waitingSince ?? new Date(at.getTime() - entry.waitSeconds * 1000).toISOString(),
  }));
  const state = emptyQueueState(listed.queue, campaignId);
  return listed.members.reduce((current, member) => withMember(current, memberOf(member)), {
    ...state,
    waiting: renumber(waiting),
  });
}

/** Whether two states show the same thing (so an unchanged event publishes nothing). */
export const sameQueueState = (a: QueueLiveState, b: QueueLiveState): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
