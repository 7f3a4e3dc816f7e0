// The dialer's calls between the originate and the outcome written on the hopper row. The
// call-event log is the truth (it survives restarts): every tick reads the events of the calls
// in flight, and a call is settled once its terminal event is there.

import type { Logger } from 'pino';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DialOutcome,
  applyAttemptOutcome,
  attemptProgress,
  classifyAttempt,
  type AttemptProgress,
  type AttemptRow,
  type LoggedCallEvent,
  type RetryRuleTerms,
} from '@switchboard/schema';
import type { CallOutcome, InFlightCall, PacingObservations } from './pacing/index.js';

export interface WatchedCall extends AttemptRow {
  contactId: string;
  phone: string | null;
  phoneCount: number;
  /** When the originate was sent (or the claim made, for calls taken over). */
  originatedAt: number;
  /** Asterisk answered the originate with a failure, at this time. */
  originateFailedAt: number | null;
  progress: AttemptProgress;
  /** The dialer hung the call up while it rang, as surplus (its outcome is then SURPLUS). */
  droppedAsSurplus?: boolean;
}

/** Without a terminal event for this long, a failed originate placed nothing the log will ever see. */
const FAILED_ORIGINATE_GRACE_MS = 5_000;
/** A call the log never closes (the call-events worker was down a long time): given up as FAILED. */
const LOST_CALL_MS = 3 * 3600_000;

const PACING_OUTCOME: Partial<Record<DialOutcome, CallOutcome>> = {
  [DialOutcome.CONNECTED]: 'human',
  [DialOutcome.TIMEOUT]: 'human',
  [DialOutcome.MACHINE]: 'machine',
  [DialOutcome.BUSY]: 'busy',
  [DialOutcome.REJECTED]: 'reject',
  [DialOutcome.NO_ANSWER]: 'no-answer',
  [DialOutcome.FAILED]: 'no-answer',
};

const seconds = (from: number, to: Date | number) =>
  Math.max(0, ((to instanceof Date ? to.getTime() : to) - from) / 1000);

export class DialerCallWatch {
  readonly calls = new Map<string, WatchedCall>();

  constructor(private readonly logger: Logger) {}

  add(call: WatchedCall): void {
    this.calls.set(call.callId, call);
  }

  /** Phones with a call of this campaign on now: the same number is not dialed twice at once. */
  phonesInFlight(): Set<string> {
    return new Set([...this.calls.values()].flatMap((call) => (call.phone ? [call.phone] : [])));
  }

  /** Reads the log for every call in flight; returns the events per call. */
  async refresh(em: EntityManager): Promise<void> {
    if (this.calls.size === 0) return;
    const rows = await em.execute<
      Array<{
        call_id: string;
        type: string;
        occurred_at: Date;
        wait_seconds: number | null;
        duration_seconds: number | null;
        data: Record<string, unknown>;
      }>
    >(
      `select call_id, type, occurred_at, wait_seconds, duration_seconds, data from call_events
        where call_id = any(?::text[]) order by occurred_at, id`,
      [`{${[...this.calls.keys()].join(',')}}`],
    );
    const byCall = new Map<string, LoggedCallEvent[]>();
    for (const row of rows) {
      const list = byCall.get(row.call_id) ?? [];
      list.push({
        type: row.type,
        occurredAt: new Date(row.occurred_at),
        waitSeconds: row.wait_seconds,
        durationSeconds: row.duration_seconds,
        data: row.data ?? {},
      });
      byCall.set(row.call_id, list);
    }
    for (const call of this.calls.values()) call.progress = attemptProgress(byCall.get(call.callId) ?? []);
  }

  /**
   * Writes the outcome of every call that ended, feeds the pacer's observations, and forgets
   * the call. `ruleFor` gives the campaign's retry rule for an outcome.
   */
  async settle(
    em: EntityManager,
    observations: PacingObservations,
    ruleFor: (outcome: DialOutcome) => RetryRuleTerms | null,
    now = Date.now(),
  ): Promise<DialOutcome[]> {
    const settled: DialOutcome[] = [];
    for (const call of [...this.calls.values()]) {
      let outcome = classifyAttempt(call.progress);
      const silentFailure =
        !outcome &&
        call.originateFailedAt !== null &&
        !call.progress.dialedAt &&
        now - call.originateFailedAt > FAILED_ORIGINATE_GRACE_MS;
      if (silentFailure || (!outcome && now - call.originatedAt > LOST_CALL_MS)) outcome = DialOutcome.FAILED;
      if (!outcome) continue;
      if (call.droppedAsSurplus && !call.progress.answeredAt && outcome !== DialOutcome.BLACKLISTED) {
        outcome = DialOutcome.SURPLUS;
      }
      // A block by the dialplan's do-not-call check placed no call: like a number the hopper skipped.
      const placed = outcome !== DialOutcome.BLACKLISTED;
      const written = await applyAttemptOutcome(em, call, outcome, {
        rule: ruleFor(outcome),
        phoneCount: call.phoneCount,
        placed,
        now: new Date(now),
      });
      this.calls.delete(call.callId);
      if (!written) {
        this.logger.warn({ callId: call.callId, contactId: call.contactId }, 'outcome not written: the row moved on');
        continue;
      }
      this.observe(observations, call, outcome, now);
      this.logger.debug({ callId: call.callId, contactId: call.contactId, outcome }, 'dialer call ended');
      settled.push(outcome);
    }
    return settled;
  }

  private observe(observations: PacingObservations, call: WatchedCall, outcome: DialOutcome, now: number): void {
    const kind = PACING_OUTCOME[outcome];
    if (!kind) return;
    const { progress } = call;
    const knownAt =
      kind === 'human' || kind === 'machine'
        ? (progress.amdAt ?? progress.enteredQueueAt ?? progress.answeredAt ?? progress.end?.occurredAt ?? now)
        : (progress.end?.occurredAt ?? now);
    observations.recordOutcome(kind, seconds(call.originatedAt, knownAt));
    if (kind === 'human' && (progress.enteredQueueAt || progress.connectedAt)) {
      observations.recordHumanResult({ abandoned: outcome === DialOutcome.TIMEOUT });
    }
    if (progress.connectedAt && progress.end) {
      observations.recordHandle(seconds(progress.connectedAt.getTime(), progress.end.occurredAt));
    }
  }

  /** Calls ringing or in AMD, for the pacer; `amdEnabled` says whether answered calls are screened. */
  inFlightForPacing(
    now: number,
    amdEnabled: boolean,
  ): { callsInFlight: InFlightCall[]; humansWaiting: number; connected: number } {
    const callsInFlight: InFlightCall[] = [];
    let humansWaiting = 0;
    let connected = 0;
    for (const call of this.calls.values()) {
      const { progress } = call;
      if (progress.end) continue;
      if (progress.connectedAt) connected += 1;
      else if (progress.enteredQueueAt) humansWaiting += 1;
      else if (!progress.answeredAt)
        callsInFlight.push({
          id: call.callId,
          secondsSinceOriginate: seconds(call.originatedAt, now),
          stage: 'ringing',
        });
      else if (amdEnabled && !progress.amdAt) {
        callsInFlight.push({
          id: call.callId,
          secondsSinceOriginate: seconds(call.originatedAt, now),
          stage: 'screening',
        });
      } else humansWaiting += 1;
    }
    return { callsInFlight, humansWaiting, connected };
  }
}
