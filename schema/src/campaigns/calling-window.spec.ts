import { describe, expect, it } from 'vitest';
import { Weekday } from './campaign.enums.js';
import { isInsideCallingWindow, localClock } from './calling-window.js';

const weekdays = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY];
const office = {
  timeZone: 'America/Argentina/Buenos_Aires',
  startDate: null,
  endDate: null,
  rules: [{ weekdays, startTime: '09:00', endTime: '18:00' }],
};

describe('isInsideCallingWindow', () => {
  it('is always open without rules or dates', () => {
    expect(isInsideCallingWindow({ timeZone: 'UTC', startDate: null, endDate: null, rules: [] }, new Date())).toBe(
      true,
    );
  });

  it("reads hours in the campaign's time zone (UTC-3)", () => {
    // Wednesday 2026-11-25 12:30 UTC is 09:30 in Buenos Aires.
    expect(isInsideCallingWindow(office, new Date('2026-11-25T12:30:00Z'))).toBe(true);
    // 11:30 UTC is 08:30 there: before the span.
    expect(isInsideCallingWindow(office, new Date('2026-11-25T11:30:00Z'))).toBe(false);
    // 21:00 UTC is 18:00 there: the end is exclusive.
    expect(isInsideCallingWindow(office, new Date('2026-11-25T21:00:00Z'))).toBe(false);
  });

  it('reads the weekday in the time zone too', () => {
    // Saturday 2026-11-28 01:00 UTC is still Friday 22:00 in Buenos Aires, outside hours;
    // with a late Friday span it is inside.
    const late = { ...office, rules: [{ weekdays: [Weekday.FRIDAY], startTime: '21:00', endTime: '23:00' }] };
    expect(localClock(new Date('2026-11-28T01:00:00Z'), office.timeZone).weekday).toBe(Weekday.FRIDAY);
    expect(isInsideCallingWindow(late, new Date('2026-11-28T01:00:00Z'))).toBe(true);
    expect(isInsideCallingWindow(office, new Date('2026-11-28T14:00:00Z'))).toBe(false);
  });

  it('honours start and end dates, inclusive, in the time zone', () => {
    const dated = { ...office, rules: [], startDate: '2026-11-25', endDate: '2026-11-26' };
    expect(isInsideCallingWindow(dated, new Date('2026-11-25T02:00:00Z'))).toBe(false); // 24th, 23:00 local
    expect(isInsideCallingWindow(dated, new Date('2026-11-25T04:00:00Z'))).toBe(true);
    expect(isInsideCallingWindow(dated, new Date('2026-11-27T02:00:00Z'))).toBe(true); // 26th, 23:00 local
    expect(isInsideCallingWindow(dated, new Date('2026-11-27T04:00:00Z'))).toBe(false);
  });
});
