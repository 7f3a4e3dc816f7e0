import type { CallingWindow } from './calling-window.embeddable.js';
import { Weekday } from './campaign.enums.js';

const WEEKDAYS: Record<string, Weekday> = {
  Mon: Weekday.MONDAY,
  Tue: Weekday.TUESDAY,
  Wed: Weekday.WEDNESDAY,
  Thu: Weekday.THURSDAY,
  Fri: Weekday.FRIDAY,
  Sat: Weekday.SATURDAY,
  Sun: Weekday.SUNDAY,
};

/** The wall clock of `at` in `timeZone`: its date (YYYY-MM-DD), weekday and HH:MM. */
export function localClock(at: Date, timeZone: string): { date: string; weekday: Weekday; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    weekday: WEEKDAYS[parts['weekday'] ?? ''] ?? Weekday.MONDAY,
    time: `${parts['hour']}:${parts['minute']}`,
  };
}

/**
 * Whether a campaign may dial at `at`: on or after its start date, on or before its end date,
 * and inside one of its weekly spans (start inclusive, end exclusive), all read in the
 * window's time zone. No spans: any day, any time. HH:MM strings compare as times.
 */
export function isInsideCallingWindow(
  window: Pick<CallingWindow, 'timeZone' | 'startDate' | 'endDate' | 'rules'>,
  at: Date,
): boolean {
  const clock = localClock(at, window.timeZone || 'UTC');
  if (window.startDate && clock.date < window.startDate) return false;
  if (window.endDate && clock.date > window.endDate) return false;
  if (!window.rules || window.rules.length === 0) return true;
  return window.rules.some(
    (rule) => rule.weekdays.includes(clock.weekday) && clock.time >= rule.startTime && clock.time < rule.endTime,
  );
}
