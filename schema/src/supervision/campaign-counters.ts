import { CLOSED_AFTER_RESYNC_REASON, CallEventType, TERMINAL_CALL_EVENT_TYPES } from '../logs/call-event.entity.js';

/**
 * Which call-log events count as what in a campaign's live counters, written once: the worker
 * applies it to live events, and the SQL that rebuilds counters from the log is generated from
 * it (see `counterSql`). Every counter counts distinct calls (callId) of a campaign-day, so an
 * event seen twice, or once live and once in a rebuild, counts once.
 */
export enum CallCounter {
  /** The customer leg was dialed (DIAL). */
  DIALED = 'dialed',
  /** The customer answered (ANSWER), humans and machines alike. */
  ANSWERED = 'answered',
  /** The dial ended unanswered: no answer, busy, cancelled, unavailable, congestion, rejected/failed. */
  NOT_ANSWERED = 'notAnswered',
  /** AMD's verdict was MACHINE. */
  MACHINES = 'machines',
  /** The customer reached an agent (CONNECT). */
  CONNECTED = 'connected',
  /** The customer hung up or timed out waiting for an agent (lost / abandoned). */
  LOST = 'lost',
  /**
   * The dial is over, one way or another: answered, or any end of the call. Not shown; it makes
   * "dialing now" (dialed and not settled) exact whatever order events arrive in.
   */
  SETTLED = 'settled',
}

export const CALL_COUNTERS: readonly CallCounter[] = Object.values(CallCounter);

/** One way an event counts: one of these types and, when given, a `data` field test. */
export interface CounterRule {
  types: readonly CallEventType[];
  /** `data[key]`, as text ('' when missing; booleans as 'true'/'false'), equals / differs from the value. */
  data?: { key: string; equals?: string; notEquals?: string };
}

const UNANSWERED_ENDS = [
  CallEventType.NOANSWER,
  CallEventType.BUSY,
  CallEventType.CANCEL,
  CallEventType.CHANUNAVAIL,
  CallEventType.CONGESTION,
];

export const COUNTER_RULES: Readonly<Record<CallCounter, readonly CounterRule[]>> = {
  [CallCounter.DIALED]: [{ types: [CallEventType.DIAL] }],
  [CallCounter.ANSWERED]: [{ types: [CallEventType.ANSWER] }],
  [CallCounter.NOT_ANSWERED]: [
    { types: UNANSWERED_ENDS },
    // FAIL is a failed dial (rejected, failed)...
    { types: [CallEventType.FAIL], data: { key: 'reason', notEquals: CLOSED_AFTER_RESYNC_REASON } },
    // ...except the close of a call that ended unseen, which is unanswered only when it says so.
    { types: [CallEventType.FAIL], data: { key: 'answered', equals: 'false' } },
  ],
  [CallCounter.MACHINES]: [{ types: [CallEventType.AMD], data: { key: 'status', equals: 'MACHINE' } }],
  [CallCounter.CONNECTED]: [{ types: [CallEventType.CONNECT] }],
  // EXITWITHTIMEOUT also covers the dialer's own abandonment (a human with no agent in time, reason no-agent).
  [CallCounter.LOST]: [{ types: [CallEventType.ABANDON, CallEventType.ABANDONWEL, CallEventType.EXITWITHTIMEOUT] }],
  [CallCounter.SETTLED]: [{ types: [CallEventType.ANSWER, ...TERMINAL_CALL_EVENT_TYPES] }],
};

/** What the rules see of an event: its type and data, as the log or the bus carries them. */
export interface CountableEvent {
  type: string;
  data: Record<string, unknown>;
}

const dataText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function matches(rule: CounterRule, event: CountableEvent): boolean {
  if (!rule.types.includes(event.type as CallEventType)) return false;
  if (!rule.data) return true;
  const value = dataText(event.data[rule.data.key]);
  if (rule.data.equals !== undefined && value !== rule.data.equals) return false;
  if (rule.data.notEquals !== undefined && value === rule.data.notEquals) return false;
  return true;
}

/** The counters one call event adds its call to. */
export function countersOf(event: CountableEvent): CallCounter[] {
  return CALL_COUNTERS.filter((counter) => COUNTER_RULES[counter].some((rule) => matches(rule, event)));
}

/**
 * A SQL boolean expression over `call_events` (columns `type`, `data`) true for the events of
 * one counter, with its parameters: the rules above, for Postgres.
 */
export function counterSql(counter: CallCounter): { sql: string; params: string[] } {
  const params: string[] = [];
  const alternatives = COUNTER_RULES[counter].map((rule) => {
    params.push(`{${rule.types.join(',')}}`);
    let sql = `type::text = any(?::text[])`;
    if (rule.data) {
      const text = `coalesce(data->>'${rule.data.key.replace(/[^A-Za-z_]/g, '')}', '')`;
      if (rule.data.equals !== undefined) {
        sql += ` and ${text} = ?`;
        params.push(rule.data.equals);
      }
      if (rule.data.notEquals !== undefined) {
        sql += ` and ${text} <> ?`;
        params.push(rule.data.notEquals);
      }
    }
    return `(${sql})`;
  });
  return { sql: `(${alternatives.join(' or ')})`, params };
}

/** Distinct-call counts of one campaign-day, and the one derived live value. */
export type CallCounts = Record<CallCounter, number> & {
  /** Calls dialed and not settled yet: ringing. */
  dialingNow: number;
};

export const emptyCallCounts = (): CallCounts => ({
  ...(Object.fromEntries(CALL_COUNTERS.map((counter) => [counter, 0])) as Record<CallCounter, number>),
  dialingNow: 0,
});

/** Humans = answered minus machines (AMD runs on answered calls only). */
export const humansAnswered = (counts: { answered: number; machines: number }): number =>
  Math.max(0, counts.answered - counts.machines);

/** Lost calls per 100 humans answered, as the pacing's maxAbandonRatePercent reads it; null with no humans. */
export function abandonRatePercent(lost: number, humans: number): number | null {
  if (humans <= 0) return null;
  return Math.round((lost / humans) * 10_000) / 100;
}
