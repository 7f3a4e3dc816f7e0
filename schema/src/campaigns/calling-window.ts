import type { CallingWindow } from './calling-window.embeddable.js';
import { localClock } from '../common/local-clock.js';
import { matchesTimeRules, type TimeRule } from '../destinations/time/time-rules.js';

export { localClock } from '../common/local-clock.js';

/**
 * Whether a campaign may dial at `at`: on or after its start date, on or before its end date,
 * and inside one of its weekly spans (start inclusive, end exclusive), all read in the
 * window's time zone. No spans: any day, any time. The spans are time rules of one weekday
 * each, matched by the same function as time conditions.
 */
export function isInsideCallingWindow(
  window: Pick<CallingWindow, 'timeZone' | 'startDate' | 'endDate' | 'rules'>,
  at: Date,
): boolean {
  const timeZone = window.timeZone || 'UTC';
  const clock = localClock(at, timeZone);
  if (window.startDate && clock.date < window.startDate) return false;
  if (window.endDate && clock.date > window.endDate) return false;
  if (!window.rules || window.rules.length === 0) return true;
  const rules: TimeRule[] = window.rules.flatMap((rule) =>
    rule.weekdays.map((weekday) => ({
      weekdayFrom: weekday,
      weekdayTo: weekday,
      startTime: rule.startTime,
      endTime: rule.endTime,
    })),
  );
  return matchesTimeRules(rules, at, timeZone);
}
