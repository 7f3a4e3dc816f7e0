import { describe, expect, it } from 'vitest';
import { CallEventType } from '../logs/call-event.entity.js';
import { CallCounter, abandonRatePercent, counterSql, countersOf, humansAnswered } from './campaign-counters.js';

const event = (type: CallEventType, data: Record<string, unknown> = {}) => countersOf({ type, data });

describe('countersOf: which call events count as what', () => {
  it('DIAL is dialed; ANSWER is answered and settles the dial', () => {
    expect(event(CallEventType.DIAL)).toEqual([CallCounter.DIALED]);
    expect(event(CallEventType.ANSWER)).toEqual([CallCounter.ANSWERED, CallCounter.SETTLED]);
  });

  it.each([
    CallEventType.NOANSWER,
    CallEventType.BUSY,
    CallEventType.CANCEL,
    CallEventType.CHANUNAVAIL,
    CallEventType.CONGESTION,
  ])('%s is not answered', (type) => {
    expect(event(type, { reason: 'whatever' })).toEqual([CallCounter.NOT_ANSWERED, CallCounter.SETTLED]);
  });

  it('FAIL is not answered, except the close of a call that ended unseen unless it was unanswered', () => {
    expect(event(CallEventType.FAIL, { reason: 'rejected' })).toEqual([CallCounter.NOT_ANSWERED, CallCounter.SETTLED]);
    expect(event(CallEventType.FAIL, { reason: 'closed-after-resync', answered: true })).toEqual([CallCounter.SETTLED]);
    expect(event(CallEventType.FAIL, { reason: 'closed-after-resync', fromLog: true })).toEqual([CallCounter.SETTLED]);
    expect(event(CallEventType.FAIL, { reason: 'closed-after-resync', answered: false })).toEqual([
      CallCounter.NOT_ANSWERED,
      CallCounter.SETTLED,
    ]);
  });

  it('AMD counts a machine only on a MACHINE verdict', () => {
    expect(event(CallEventType.AMD, { status: 'MACHINE' })).toEqual([CallCounter.MACHINES]);
    expect(event(CallEventType.AMD, { status: 'HUMAN' })).toEqual([]);
    expect(event(CallEventType.AMD, { status: 'NOTSURE' })).toEqual([]);
  });

  it('CONNECT is connected; ABANDON, ABANDONWEL and EXITWITHTIMEOUT are lost', () => {
    expect(event(CallEventType.CONNECT)).toEqual([CallCounter.CONNECTED]);
    for (const type of [CallEventType.ABANDON, CallEventType.ABANDONWEL, CallEventType.EXITWITHTIMEOUT])
      expect(event(type, { reason: 'no-agent' })).toEqual([CallCounter.LOST, CallCounter.SETTLED]);
  });

  it('completions and do-not-call blocks only settle; holds and recordings count nothing', () => {
    for (const type of [CallEventType.COMPLETEAGENT, CallEventType.COMPLETEOUTNUM, CallEventType.BLACKLIST])
      expect(event(type)).toEqual([CallCounter.SETTLED]);
    for (const type of [CallEventType.HOLD, CallEventType.ENTERQUEUE, CallEventType.RECORDING_STARTED])
      expect(event(type)).toEqual([]);
  });
});

describe('counterSql', () => {
  it('writes the same rules for Postgres, one parameter per type list and data test', () => {
    const notAnswered = counterSql(CallCounter.NOT_ANSWERED);
    expect(notAnswered.sql).toContain("coalesce(data->>'reason', '') <> ?");
    expect(notAnswered.sql).toContain("coalesce(data->>'answered', '') = ?");
    expect(notAnswered.params).toEqual([
      '{NOANSWER,BUSY,CANCEL,CHANUNAVAIL,CONGESTION}',
      '{FAIL}',
      'closed-after-resync',
      '{FAIL}',
      'false',
    ]);
    expect(notAnswered.sql.split('?').length - 1).toBe(notAnswered.params.length);
  });
});

describe('rates', () => {
  it('abandonment is lost per 100 humans answered, null before any human', () => {
    expect(humansAnswered({ answered: 10, machines: 4 })).toBe(6);
    expect(abandonRatePercent(1, 6)).toBe(16.67);
    expect(abandonRatePercent(0, 0)).toBeNull();
  });
});
