import { describe, expect, it } from 'vitest';
import { attemptProgress, classifyAttempt, type LoggedCallEvent } from './dialer-attempt.js';
import { DialOutcome } from './dialer-contact.entity.js';

let second = 0;
const event = (type: string, data: Record<string, unknown> = {}): LoggedCallEvent => ({
  type,
  occurredAt: new Date(Date.UTC(2026, 10, 26, 10, 0, (second += 1))),
  waitSeconds: null,
  durationSeconds: null,
  data,
});
const outcomeOf = (...events: LoggedCallEvent[]) => classifyAttempt(attemptProgress(events));

describe('classifyAttempt', () => {
  it('waits for the terminal event', () => {
    expect(outcomeOf(event('DIAL'), event('ANSWER'), event('ENTERQUEUE'))).toBeNull();
  });

  it('reaching an agent is CONNECTED, whoever hangs up', () => {
    expect(
      outcomeOf(
        event('DIAL'),
        event('ANSWER'),
        event('AMD', { status: 'HUMAN' }),
        event('ENTERQUEUE'),
        event('CONNECT'),
        event('COMPLETEAGENT'),
      ),
    ).toBe(DialOutcome.CONNECTED);
  });

  it('answered: MACHINE by AMD, else an abandoned human is TIMEOUT', () => {
    expect(outcomeOf(event('DIAL'), event('ANSWER'), event('AMD', { status: 'MACHINE' }), event('COMPLETEAGENT'))).toBe(
      DialOutcome.MACHINE,
    );
    expect(
      outcomeOf(event('DIAL'), event('ANSWER'), event('ENTERQUEUE'), event('EXITWITHTIMEOUT', { reason: 'no-agent' })),
    ).toBe(DialOutcome.TIMEOUT);
    expect(outcomeOf(event('DIAL'), event('ANSWER'), event('COMPLETEOUTNUM'))).toBe(DialOutcome.TIMEOUT);
  });

  it('unanswered calls by their log type', () => {
    expect(outcomeOf(event('DIAL'), event('BUSY'))).toBe(DialOutcome.BUSY);
    expect(outcomeOf(event('DIAL'), event('NOANSWER'))).toBe(DialOutcome.NO_ANSWER);
    expect(outcomeOf(event('DIAL'), event('CANCEL'))).toBe(DialOutcome.NO_ANSWER);
    expect(outcomeOf(event('DIAL'), event('FAIL', { reason: 'rejected' }))).toBe(DialOutcome.REJECTED);
    expect(outcomeOf(event('DIAL'), event('CONGESTION'))).toBe(DialOutcome.FAILED);
    expect(outcomeOf(event('BLACKLIST'))).toBe(DialOutcome.BLACKLISTED);
  });
});
