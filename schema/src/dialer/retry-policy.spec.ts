import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { DialOutcome, DialerContactStatus } from './dialer-contact.entity.js';
import { FAILED_RETRY, SURPLUS_RETRY, nextStepAfter, nextStepAfterDisposition } from './retry-policy.js';

const now = new Date('2026-11-26T10:00:00Z');
const history = (times: Record<string, number>, phoneIndex = 0, phoneCount = 1) => ({
  attemptsByOutcome: times,
  phoneIndex,
  phoneCount,
});

describe('retry policy', () => {
  it('retries an outcome with a rule after N seconds while it happened fewer than M times', () => {
    const rule = { retryAfterSeconds: 60, maxAttempts: 3 };
    expect(nextStepAfter(DialOutcome.BUSY, rule, history({ BUSY: 2 }), now)).toMatchObject({
      status: DialerContactStatus.SCHEDULED,
      nextAttemptAt: new Date('2026-11-26T10:01:00Z'),
    });
    expect(nextStepAfter(DialOutcome.BUSY, rule, history({ BUSY: 3 }), now).status).toBe(DialerContactStatus.DONE);
  });

  it('moves to the next phone column when retries are spent or pointless, and is done after the last', () => {
    expect(nextStepAfter(DialOutcome.NO_ANSWER, null, history({ NO_ANSWER: 1 }, 0, 2), now)).toMatchObject({
      status: DialerContactStatus.PENDING,
      phoneIndex: 1,
    });
    const blocked = nextStepAfter(
      DialOutcome.BLACKLISTED,
      { retryAfterSeconds: 1, maxAttempts: 9 },
      history({}, 0, 2),
      now,
    );
    expect(blocked).toMatchObject({ status: DialerContactStatus.PENDING, phoneIndex: 1 });
    expect(nextStepAfter(DialOutcome.BLACKLISTED, null, history({}, 1, 2), now).status).toBe(DialerContactStatus.DONE);
  });

  it('is done once a human reached an agent, and retries trunk failures by default', () => {
    expect(
      nextStepAfter(DialOutcome.CONNECTED, { retryAfterSeconds: 1, maxAttempts: 5 }, history({}), now).status,
    ).toBe(DialerContactStatus.DONE);
    expect(nextStepAfter(DialOutcome.FAILED, null, history({ FAILED: 1 }), now).nextAttemptAt).toEqual(
      new Date(now.getTime() + FAILED_RETRY.retryAfterSeconds * 1000),
    );
  });

  it('tries a call dropped while it rang again a few times whatever the rules, and ends a duplicate at once', () => {
    const noRetries = { retryAfterSeconds: 1, maxAttempts: 0 };
    expect(nextStepAfter(DialOutcome.SURPLUS, noRetries, history({ SURPLUS: 1 }), now)).toMatchObject({
      status: DialerContactStatus.SCHEDULED,
      nextAttemptAt: new Date(now.getTime() + SURPLUS_RETRY.retryAfterSeconds * 1000),
    });
    expect(
      nextStepAfter(DialOutcome.SURPLUS, null, history({ SURPLUS: SURPLUS_RETRY.maxAttempts }, 0, 2), now),
    ).toMatchObject({ status: DialerContactStatus.PENDING, phoneIndex: 1 });
    expect(nextStepAfter(DialOutcome.DUPLICATE, null, history({ DUPLICATE: 1 }, 0, 2), now).status).toBe(
      DialerContactStatus.DONE,
    );
  });

  it('schedules a disposition retry while attempts remain', () => {
    expect(nextStepAfterDisposition({ retryAfterSeconds: 3600, maxAttempts: 2 }, 1, 0, now).status).toBe(
      DialerContactStatus.SCHEDULED,
    );
    expect(nextStepAfterDisposition({ retryAfterSeconds: 3600, maxAttempts: 2 }, 2, 0, now).status).toBe(
      DialerContactStatus.DONE,
    );
  });
});
