import { DialOutcome, DialerContactSource, DialerContactStatus } from './dialer-contact.entity.js';

/** A retry rule as the policy needs it (outcome rules and disposition rules alike). */
export interface RetryRuleTerms {
  retryAfterSeconds: number;
  maxAttempts: number;
}

export interface AttemptHistory {
  /** Attempts per outcome, this attempt included. */
  attemptsByOutcome: Readonly<Record<string, number>>;
  phoneIndex: number;
  /** How many phone columns the contact's database has. */
  phoneCount: number;
}

export interface NextStep {
  status: DialerContactStatus;
  source: DialerContactSource;
  nextAttemptAt: Date | null;
  phoneIndex: number;
}

/** Trunk trouble is not the customer's doing: tried again a few times, slowly, whatever the rules say. */
export const FAILED_RETRY: RetryRuleTerms = { retryAfterSeconds: 300, maxAttempts: 3 };

/**
 * A call the dialer dropped while it rang says nothing of the customer: tried again in a few
 * minutes, whatever the campaign's rules, and only a few times (then the next phone, or done).
 */
export const SURPLUS_RETRY: RetryRuleTerms = { retryAfterSeconds: 300, maxAttempts: 5 };

/** Outcomes a number cannot improve on: the contact's next phone column is tried instead. */
const NUMBER_IS_USELESS = new Set([DialOutcome.BLACKLISTED, DialOutcome.NO_PHONE]);

/**
 * What happens to a dialer contact after an attempt (the manual's "reglas de incidencia"):
 * reached -> done; an outcome with a rule -> tried again after N seconds while that outcome
 * has happened fewer than M times; otherwise the contact's next phone column, if it has one,
 * is dialed next; otherwise done. Pure, so the dialer and the retries process agree.
 */
export function nextStepAfter(
  outcome: DialOutcome,
  rule: RetryRuleTerms | null,
  history: AttemptHistory,
  now: Date,
): NextStep {
  if (outcome === DialOutcome.CONNECTED || outcome === DialOutcome.DUPLICATE) return done(history);
  const terms =
    outcome === DialOutcome.FAILED ? (rule ?? FAILED_RETRY) : outcome === DialOutcome.SURPLUS ? SURPLUS_RETRY : rule;
  const times = history.attemptsByOutcome[outcome] ?? 0;
  if (!NUMBER_IS_USELESS.has(outcome) && terms && times < terms.maxAttempts) {
    return {
      status: DialerContactStatus.SCHEDULED,
      source: DialerContactSource.RETRY,
      nextAttemptAt: new Date(now.getTime() + terms.retryAfterSeconds * 1000),
      phoneIndex: history.phoneIndex,
    };
  }
  if (history.phoneIndex + 1 < history.phoneCount) {
    return {
      status: DialerContactStatus.PENDING,
      source: DialerContactSource.RETRY,
      nextAttemptAt: null,
      phoneIndex: history.phoneIndex + 1,
    };
  }
  return done(history);
}

/**
 * After a disposition with a retry rule attached (e.g. "call me later" options): scheduled
 * again while the contact has had fewer than M attempts in the campaign.
 */
export function nextStepAfterDisposition(
  rule: RetryRuleTerms,
  attempts: number,
  phoneIndex: number,
  now: Date,
): NextStep {
  if (attempts >= rule.maxAttempts) {
    return { status: DialerContactStatus.DONE, source: DialerContactSource.RETRY, nextAttemptAt: null, phoneIndex };
  }
  return {
    status: DialerContactStatus.SCHEDULED,
    source: DialerContactSource.RETRY,
    nextAttemptAt: new Date(now.getTime() + rule.retryAfterSeconds * 1000),
    phoneIndex,
  };
}

function done(history: AttemptHistory): NextStep {
  return {
    status: DialerContactStatus.DONE,
    source: DialerContactSource.FRESH,
    nextAttemptAt: null,
    phoneIndex: history.phoneIndex,
  };
}
