import type { EntityManager } from '@mikro-orm/postgresql';
import { TERMINAL_CALL_EVENT_TYPES, type CallEventType } from '../logs/call-event.entity.js';
import { DialOutcome, DialerContactStatus } from './dialer-contact.entity.js';
import { nextStepAfter, type RetryRuleTerms } from './retry-policy.js';

/** A call-event log row as the dialer reads it. */
export interface LoggedCallEvent {
  type: string;
  occurredAt: Date;
  waitSeconds: number | null;
  durationSeconds: number | null;
  data: Record<string, unknown>;
}

/** Where a dialer call stands, read from its events in the log. */
export interface AttemptProgress {
  dialedAt: Date | null;
  answeredAt: Date | null;
  /** AMD's verdict (HUMAN, MACHINE, NOTSURE, HANGUP), when AMD ran. */
  amdStatus: string | null;
  amdAt: Date | null;
  enteredQueueAt: Date | null;
  connectedAt: Date | null;
  /** The terminal event, once logged. */
  end: LoggedCallEvent | null;
}

export function attemptProgress(events: readonly LoggedCallEvent[]): AttemptProgress {
  const first = (type: string) => events.find((event) => event.type === type) ?? null;
  const amd = first('AMD');
  return {
    dialedAt: first('DIAL')?.occurredAt ?? null,
    answeredAt: first('ANSWER')?.occurredAt ?? null,
    amdStatus: amd ? String(amd.data['status'] ?? '') || null : null,
    amdAt: amd?.occurredAt ?? null,
    enteredQueueAt: first('ENTERQUEUE')?.occurredAt ?? null,
    connectedAt: first('CONNECT')?.occurredAt ?? null,
    end: events.find((event) => TERMINAL_CALL_EVENT_TYPES.has(event.type as CallEventType)) ?? null,
  };
}

/**
 * The retry rules' view of an ended call. Reaching an agent wins; then the do-not-call block;
 * an answered call is a MACHINE by AMD's verdict, else a human nobody took: TIMEOUT (abandoned,
 * or hung up before an agent came). Unanswered calls by their log type; a rejected call is
 * FAIL with reason `rejected` in the log.
 */
export function classifyAttempt(progress: AttemptProgress): DialOutcome | null {
  const end = progress.end;
  if (!end) return null;
  if (progress.connectedAt) return DialOutcome.CONNECTED;
  if (end.type === 'BLACKLIST') return DialOutcome.BLACKLISTED;
  if (progress.answeredAt) return progress.amdStatus === 'MACHINE' ? DialOutcome.MACHINE : DialOutcome.TIMEOUT;
  switch (end.type) {
    case 'BUSY':
      return DialOutcome.BUSY;
    case 'NOANSWER':
    case 'CANCEL':
      return DialOutcome.NO_ANSWER;
    case 'FAIL':
      return end.data['reason'] === 'rejected' ? DialOutcome.REJECTED : DialOutcome.FAILED;
    default:
      return DialOutcome.FAILED;
  }
}

/** The claimed row as the dialer knows it. */
export interface AttemptRow {
  rowId: string;
  callId: string;
  phoneIndex: number;
  attempts: number;
  attemptsByOutcome: Record<string, number>;
  /**
   * The claim's `claimed_by` (holder and lease token, see dialerClaimant): when given, writes
   * apply only while the row is still this claim's, so a dialer that lost the lease writes
   * nothing on rows the new holder adopted.
   */
  claimant?: string;
}

/** `claimed_by` of a dialer's claims: its process and the lease acquisition they were made under. */
export const dialerClaimant = (holder: string, leaseToken: number) => `${holder}#${leaseToken}`;

const CLAIMANT_MATCHES = '(?::text is null or claimed_by = ?)';
const claimantParams = (row: Pick<AttemptRow, 'claimant'>) => [row.claimant ?? null, row.claimant ?? null];

/**
 * Writes an attempt's outcome and what comes next (nextStepAfter with the campaign's rule for
 * that outcome). `placed`: a call went out (BLACKLISTED and NO_PHONE found before dialing are
 * not attempts). Guarded by status DIALING and the call id, so applying the same outcome twice,
 * or one of a call that is not the row's current one, changes nothing. Returns whether it wrote.
 */
export async function applyAttemptOutcome(
  em: EntityManager,
  row: AttemptRow,
  outcome: DialOutcome,
  options: { rule: RetryRuleTerms | null; phoneCount: number; placed: boolean; now: Date },
): Promise<boolean> {
  const attemptsByOutcome = options.placed
    ? { ...row.attemptsByOutcome, [outcome]: (row.attemptsByOutcome[outcome] ?? 0) + 1 }
    : row.attemptsByOutcome;
  const history = {
    attemptsByOutcome: options.placed ? attemptsByOutcome : { ...attemptsByOutcome, [outcome]: 1 },
    phoneIndex: row.phoneIndex,
    phoneCount: options.phoneCount,
  };
  const next = nextStepAfter(outcome, options.rule, history, options.now);
  // A later phone column left empty says nothing about the contact: the last real outcome stays.
  const keepLastOutcome = outcome === DialOutcome.NO_PHONE && row.phoneIndex > 0;
  const result = await em.execute<Array<{ id: string }>>(
    `update dialer_contacts set status = ?, source = ?, next_attempt_at = ?, phone_index = ?,
            last_outcome = case when ? then last_outcome else ?::dial_outcome end,
            attempts = attempts + ?, attempts_by_outcome = ?::jsonb, last_attempt_at = case when ? then ? else last_attempt_at end,
            claimed_by = null, claimed_at = null, updated_at = now()
      where id = ? and status = 'DIALING' and last_call_id = ? and ${CLAIMANT_MATCHES}
      returning id`,
    [
      next.status,
      next.source,
      next.nextAttemptAt,
      next.phoneIndex,
      keepLastOutcome,
      outcome,
      options.placed ? 1 : 0,
      JSON.stringify(attemptsByOutcome),
      options.placed,
      options.now,
      row.rowId,
      row.callId,
      ...claimantParams(row),
    ],
  );
  return result.length > 0;
}

/**
 * A claim whose call never went out (the dialer died before the originate, or the number is
 * busy in another call of the campaign): back to the hopper, no attempt counted.
 */
export async function releaseClaim(
  em: EntityManager,
  row: Pick<AttemptRow, 'rowId' | 'callId' | 'claimant'>,
  retryAt: Date | null = null,
): Promise<boolean> {
  const result = await em.execute<Array<{ id: string }>>(
    `update dialer_contacts set status = ?, next_attempt_at = ?, claimed_by = null, claimed_at = null, updated_at = now()
      where id = ? and status = 'DIALING' and last_call_id = ? and ${CLAIMANT_MATCHES} returning id`,
    [
      retryAt ? DialerContactStatus.SCHEDULED : DialerContactStatus.PENDING,
      retryAt,
      row.rowId,
      row.callId,
      ...claimantParams(row),
    ],
  );
  return result.length > 0;
}

/**
 * Notes on the row that the dialer hung its call up as surplus, while that call is the row's
 * current one, so that whichever dialer settles the call records SURPLUS.
 */
export async function markSurplusCall(
  em: EntityManager,
  row: Pick<AttemptRow, 'rowId' | 'callId' | 'claimant'>,
): Promise<boolean> {
  const result = await em.execute<Array<{ id: string }>>(
    `update dialer_contacts set surplus_call_id = ?, updated_at = now()
      where id = ? and status = 'DIALING' and last_call_id = ? and ${CLAIMANT_MATCHES} returning id`,
    [row.callId, row.rowId, row.callId, ...claimantParams(row)],
  );
  return result.length > 0;
}
