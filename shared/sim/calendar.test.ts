import { describe, it, expect } from 'vitest';
import { calendarSchema, type Calendar } from '../model';
import { calendarProblems, workingCalendar } from './calendar';

const hour = 3600;
const office = (extra: Partial<Calendar> = {}): Calendar =>
  calendarSchema.parse({
    id: 'office',
    weekly: [{ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], from: '09:00', to: '17:00' }],
    ...extra,
  });
// Friday 2 January 2026, 18:00 UTC.
const fridayEvening = Date.parse('2026-01-02T18:00:00Z') / 1000;
const iso = (start: number, t: number) => new Date((start + t) * 1000).toISOString();

describe('working calendars', () => {
  it('opens on Monday 09:00 for work arriving on Friday at 18:00', () => {
    const calendar = workingCalendar(office(), fridayEvening);
    expect(calendar.isOpen(0)).toBe(false);
    expect(iso(fridayEvening, calendar.nextOpen(0))).toBe('2026-01-05T09:00:00.000Z');
  });

  it('carries work past the end of a shift over to the next opening', () => {
    const calendar = workingCalendar(office(), fridayEvening);
    const mondayFour = Date.parse('2026-01-05T16:00:00Z') / 1000 - fridayEvening;
    expect(iso(fridayEvening, calendar.addWorkingTime(mondayFour, 3 * hour))).toBe('2026-01-06T11:00:00.000Z');
    expect(iso(fridayEvening, calendar.addWorkingTime(mondayFour, hour))).toBe('2026-01-05T17:00:00.000Z');
  });

  it('counts 40 working hours in a week', () => {
    const calendar = workingCalendar(office(), fridayEvening);
    expect(calendar.workingTimeBetween(0, 7 * 24 * hour)).toBe(40 * hour);
  });

  it('skips holidays', () => {
    const calendar = workingCalendar(office({ holidays: ['2026-01-05', '2026-01-06'] }), fridayEvening);
    expect(iso(fridayEvening, calendar.nextOpen(0))).toBe('2026-01-07T09:00:00.000Z');
  });

  it('reads hours in the calendar timezone: fixed offsets and IANA names', () => {
    const plusTwo = workingCalendar(office({ timezone: '+02:00' }), fridayEvening);
    expect(iso(fridayEvening, plusTwo.nextOpen(0))).toBe('2026-01-05T07:00:00.000Z');
    const newYork = workingCalendar(office({ timezone: 'UTC-5' }), fridayEvening);
    expect(newYork.isOpen(0)).toBe(true); // 13:00 on Friday there
    expect(iso(fridayEvening, newYork.addWorkingTime(0, 5 * hour))).toBe('2026-01-05T15:00:00.000Z');
    const summer = Date.parse('2026-07-03T18:00:00Z') / 1000;
    const paris = workingCalendar(office({ timezone: 'Europe/Paris' }), summer);
    expect(iso(summer, paris.nextOpen(0))).toBe('2026-07-06T07:00:00.000Z');
    const parisWinter = workingCalendar(office({ timezone: 'Europe/Paris' }), fridayEvening);
    expect(iso(fridayEvening, parisWinter.nextOpen(0))).toBe('2026-01-05T08:00:00.000Z');
  });

  it('splits a night shift over midnight and works through it', () => {
    const nights = workingCalendar(
      calendarSchema.parse({ id: 'n', weekly: [{ days: ['FRI'], from: '22:00', to: '06:00' }] }),
      fridayEvening,
    );
    expect(iso(fridayEvening, nights.nextOpen(0))).toBe('2026-01-02T22:00:00.000Z');
    expect(iso(fridayEvening, nights.addWorkingTime(4 * hour, 5 * hour))).toBe('2026-01-03T03:00:00.000Z');
    expect(nights.workingTimeBetween(0, 7 * 24 * hour)).toBe(8 * hour);
  });

  it('reports an unknown timezone, a bad holiday and a week without working time', () => {
    const problems = calendarProblems(
      calendarSchema.parse({ id: 'x', timezone: 'Mars/Olympus', holidays: ['2026-02-30'] }),
    );
    expect(problems.map((p) => p[0])).toEqual(['FW_SIM_BAD_CALENDAR', 'FW_SIM_BAD_CALENDAR', 'FW_SIM_NO_WORKING_TIME']);
    expect(calendarProblems(office())).toEqual([]);
  });
});
