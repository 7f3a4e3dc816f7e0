import { Weekday } from '../../campaigns/campaign.enums.js';
import { localClock, type LocalClock } from '../../common/local-clock.js';

/**
 * One line of a time group (the manual's "Grupo horario"): a time range, a weekday range, a
 * day-of-month range and a month range, each optional (absent: any). Every range may wrap:
 * 22:00-06:00, FRIDAY-MONDAY, 25-5, NOVEMBER(11)-FEBRUARY(2). Each part is read on its own
 * against the local clock, as Asterisk's GotoIfTime does: MONDAY-FRIDAY with 22:00-06:00
 * matches Tuesday 02:00.
 */
export interface TimeRule {
  /** HH:MM, inclusive. */
  startTime?: string | null;
  /** HH:MM, exclusive. */
  endTime?: string | null;
  weekdayFrom?: Weekday | null;
  weekdayTo?: Weekday | null;
  /** 1-31, inclusive. */
  dayOfMonthFrom?: number | null;
  dayOfMonthTo?: number | null;
  /** 1-12, inclusive. */
  monthFrom?: number | null;
  monthTo?: number | null;
}

export const WEEKDAY_ORDER: readonly Weekday[] = [
  Weekday.MONDAY,
  Weekday.TUESDAY,
  Weekday.WEDNESDAY,
  Weekday.THURSDAY,
  Weekday.FRIDAY,
  Weekday.SATURDAY,
  Weekday.SUNDAY,
];

/** from..to inclusive, wrapping when from > to. */
function inWrappingRange<T>(value: T, from: T, to: T): boolean {
  return from <= to ? value >= from && value <= to : value >= from || value <= to;
}

function part<T>(from: T | null | undefined, to: T | null | undefined, value: T): boolean {
  if (from === null || from === undefined || to === null || to === undefined) return true;
  return inWrappingRange(value, from, to);
}

function timeMatches(rule: TimeRule, time: string): boolean {
  const { startTime: start, endTime: end } = rule;
  if (!start || !end || start === end) return true;
  // HH:MM text compares as time; the end minute is excluded.
  return start < end ? time >= start && time < end : time >= start || time < end;
}

function ruleMatches(rule: TimeRule, clock: LocalClock): boolean {
  const weekday = (day: Weekday | null | undefined) => (day ? WEEKDAY_ORDER.indexOf(day) : day);
  return (
    timeMatches(rule, clock.time) &&
    part(weekday(rule.weekdayFrom), weekday(rule.weekdayTo), WEEKDAY_ORDER.indexOf(clock.weekday)) &&
    part(rule.dayOfMonthFrom, rule.dayOfMonthTo, clock.dayOfMonth) &&
    part(rule.monthFrom, rule.monthTo, clock.month)
  );
}

/**
 * Whether `instant`, read on the wall clock of `timeZone`, falls inside any of the rules. No
 * rules: never (an empty time group is closed). The one implementation of time rules: time
 * conditions (FastAGI, at call time) and campaigns' calling windows use it.
 */
export function matchesTimeRules(rules: readonly TimeRule[], instant: Date, timeZone: string): boolean {
  if (rules.length === 0) return false;
  const clock = localClock(instant, timeZone);
  return rules.some((rule) => ruleMatches(rule, clock));
}
