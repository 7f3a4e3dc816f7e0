import { Weekday } from '../campaigns/campaign.enums.js';

const WEEKDAYS: Record<string, Weekday> = {
  Mon: Weekday.MONDAY,
  Tue: Weekday.TUESDAY,
  Wed: Weekday.WEDNESDAY,
  Thu: Weekday.THURSDAY,
  Fri: Weekday.FRIDAY,
  Sat: Weekday.SATURDAY,
  Sun: Weekday.SUNDAY,
};

export interface LocalClock {
  /** YYYY-MM-DD */
  date: string;
  weekday: Weekday;
  /** HH:MM, 24-hour */
  time: string;
  /** 1-31 */
  dayOfMonth: number;
  /** 1-12 */
  month: number;
}

/**
 * The wall clock of `at` in `timeZone`: Intl applies the zone's offset at that instant, so
 * daylight-saving changes need no special case anywhere else.
 */
export function localClock(at: Date, timeZone: string): LocalClock {
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
    dayOfMonth: Number(parts['day']),
    month: Number(parts['month']),
  };
}

const TIME_ZONE = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

/** An IANA zone name this runtime knows (and nothing that could break a config line). */
export function isTimeZone(zone: string): boolean {
  if (!TIME_ZONE.test(zone) || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
