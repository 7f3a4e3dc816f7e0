import { describe, expect, it } from 'vitest';
import { Weekday } from '../../campaigns/campaign.enums.js';
import { matchesTimeRules, type TimeRule } from './time-rules.js';

const at = (iso: string) => new Date(iso);

describe('matchesTimeRules', () => {
  it('never matches without rules, and a rule of nothing but ranges left out matches always', () => {
    expect(matchesTimeRules([], at('2026-12-04T10:00:00Z'), 'UTC')).toBe(false);
    expect(matchesTimeRules([{}], at('2026-12-04T10:00:00Z'), 'UTC')).toBe(true);
  });

  it('includes the start minute and excludes the end minute', () => {
    const office: TimeRule[] = [{ startTime: '09:00', endTime: '17:00' }];
    expect(matchesTimeRules(office, at('2026-12-04T09:00:00Z'), 'UTC')).toBe(true);
    expect(matchesTimeRules(office, at('2026-12-04T16:59:59Z'), 'UTC')).toBe(true);
    expect(matchesTimeRules(office, at('2026-12-04T17:00:00Z'), 'UTC')).toBe(false);
    expect(matchesTimeRules(office, at('2026-12-04T08:59:00Z'), 'UTC')).toBe(false);
  });

  it('wraps a time range over midnight (22:00-06:00)', () => {
    const night: TimeRule[] = [{ startTime: '22:00', endTime: '06:00' }];
    expect(matchesTimeRules(night, at('2026-12-04T23:30:00Z'), 'UTC')).toBe(true);
    expect(matchesTimeRules(night, at('2026-12-05T02:00:00Z'), 'UTC')).toBe(true);
    expect(matchesTimeRules(night, at('2026-12-05T06:00:00Z'), 'UTC')).toBe(false);
    expect(matchesTimeRules(night, at('2026-12-05T12:00:00Z'), 'UTC')).toBe(false);
  });

  it('wraps a weekday range over the week end (Friday-Monday)', () => {
    const longWeekend: TimeRule[] = [{ weekdayFrom: Weekday.FRIDAY, weekdayTo: Weekday.MONDAY }];
    // 2026-12-04 is a Friday.
    expect(matchesTimeRules(longWeekend, at('2026-12-04T12:00:00Z'), 'UTC')).toBe(true);
    expect(matchesTimeRules(longWeekend, at('2026-12-06T12:00:00Z'), 'UTC')).toBe(true);
    expect(matchesTimeRules(longWeekend, at('2026-12-07T12:00:00Z'), 'UTC')).toBe(true);
    expect(matchesTimeRules(longWeekend, at('2026-12-08T12:00:00Z'), 'UTC')).toBe(false);
    expect(matchesTimeRules(longWeekend, at('2026-12-03T12:00:00Z'), 'UTC')).toBe(false);
  });

  it('wraps day-of-month and month ranges', () => {
    const turnOfMonth: TimeRule[] = [{ dayOfMonthFrom: 28, dayOfMonthTo: 3 }];
    expect(matchesTimeRules(turnOfMonth, at('2026-12-30T12:00:00Z'), 'UTC')).toBe(true);
    expect(matchesTimeRules(turnOfMonth, at('2026-12-02T12:00:00Z'), 'UTC')).toBe(true);
    expect(matchesTimeRules(turnOfMonth, at('2026-12-15T12:00:00Z'), 'UTC')).toBe(false);
    const summerSouth: TimeRule[] = [{ monthFrom: 12, monthTo: 2 }];
    expect(matchesTimeRules(summerSouth, at('2027-01-15T12:00:00Z'), 'UTC')).toBe(true);
    expect(matchesTimeRules(summerSouth, at('2026-11-15T12:00:00Z'), 'UTC')).toBe(false);
  });

  it('reads every part on the local clock of the zone, across daylight-saving changes', () => {
    const office: TimeRule[] = [
      { startTime: '09:00', endTime: '17:00', weekdayFrom: Weekday.MONDAY, weekdayTo: Weekday.FRIDAY },
    ];
    // New York: 13:30 UTC is 08:30 EST in winter, 09:30 EDT in summer.
    expect(matchesTimeRules(office, at('2026-03-06T13:30:00Z'), 'America/New_York')).toBe(false);
    expect(matchesTimeRules(office, at('2026-03-09T13:30:00Z'), 'America/New_York')).toBe(true);
    // The night the clocks go forward: 06:30 UTC is 01:30 EST, 07:30 UTC is 03:30 EDT.
    const small: TimeRule[] = [{ startTime: '03:00', endTime: '04:00' }];
    expect(matchesTimeRules(small, at('2026-03-08T06:30:00Z'), 'America/New_York')).toBe(false);
    expect(matchesTimeRules(small, at('2026-03-08T07:30:00Z'), 'America/New_York')).toBe(true);
    // Friday 23:30 in Buenos Aires is already Saturday in UTC.
    const friday: TimeRule[] = [{ weekdayFrom: Weekday.FRIDAY, weekdayTo: Weekday.FRIDAY }];
    expect(matchesTimeRules(friday, at('2026-12-05T02:30:00Z'), 'America/Argentina/Buenos_Aires')).toBe(true);
    expect(matchesTimeRules(friday, at('2026-12-05T02:30:00Z'), 'UTC')).toBe(false);
  });

  it('reads the parts of one rule independently, and any rule may match', () => {
    const rules: TimeRule[] = [
      { startTime: '22:00', endTime: '06:00', weekdayFrom: Weekday.MONDAY, weekdayTo: Weekday.FRIDAY },
      { weekdayFrom: Weekday.SUNDAY, weekdayTo: Weekday.SUNDAY, startTime: '10:00', endTime: '12:00' },
    ];
    expect(matchesTimeRules(rules, at('2026-12-01T02:00:00Z'), 'UTC')).toBe(true); // Tuesday 02:00
    expect(matchesTimeRules(rules, at('2026-12-05T02:00:00Z'), 'UTC')).toBe(false); // Saturday 02:00
    expect(matchesTimeRules(rules, at('2026-12-06T11:00:00Z'), 'UTC')).toBe(true); // Sunday 11:00
  });
});
