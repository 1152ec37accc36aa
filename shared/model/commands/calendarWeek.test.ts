import { describe, expect, it } from 'vitest';
import {
  isHolidayDate,
  normalizeTime,
  weekGrid,
  weeklyEntries,
  weekProblems,
  weekSummary,
  type WeekGrid,
} from './calendarWeek';

const empty = (): WeekGrid => ({ MON: [], TUE: [], WED: [], THU: [], FRI: [], SAT: [], SUN: [] });

describe('week grid', () => {
  it('reads weekly entries per day, sorted, and writes them back compactly', () => {
    const weekly = [
      { days: ['MON', 'TUE', 'WED', 'THU', 'FRI'] as const, from: '13:00', to: '17:00' },
      { days: ['MON', 'TUE', 'WED', 'THU', 'FRI'] as const, from: '09:00', to: '12:00' },
      { days: ['SAT'] as const, from: '10:00', to: '14:00' },
    ].map((r) => ({ ...r, days: [...r.days] }));
    const grid = weekGrid(weekly);
    expect(grid.MON).toStrictEqual([
      { from: '09:00', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ]);
    expect(grid.SUN).toStrictEqual([]);
    expect(weeklyEntries(grid)).toStrictEqual([
      { days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], from: '09:00', to: '12:00' },
      { days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], from: '13:00', to: '17:00' },
      { days: ['SAT'], from: '10:00', to: '14:00' },
    ]);
    expect(weekSummary(grid)).toBe('Mon–Fri 09:00–12:00, 13:00–17:00; Sat 10:00–14:00');
    expect(weekSummary(weekGrid([{ days: ['MON', 'TUE', 'THU'], from: '08:00', to: '12:00' }]))).toBe(
      'Mon, Tue 08:00–12:00; Thu 08:00–12:00',
    );
    expect(weekSummary(empty())).toBe('no working time');
  });

  it('splits an overnight period into its day and the next', () => {
    const grid = weekGrid([{ days: ['SUN'], from: '22:00', to: '06:00' }]);
    expect(grid.SUN).toStrictEqual([{ from: '22:00', to: '24:00' }]);
    expect(grid.MON).toStrictEqual([{ from: '00:00', to: '06:00' }]);
    expect(weekProblems(grid)).toStrictEqual([]);
  });

  it('names periods that end before they start, overlap, or are not times, and a week without work', () => {
    const grid = empty();
    grid.MON = [
      { from: '09:00', to: '12:00' },
      { from: '11:00', to: '14:00' },
    ];
    grid.TUE = [{ from: '13:00', to: '12:00' }];
    grid.WED = [{ from: '9h', to: '12:00' }];
    expect(weekProblems(grid)).toStrictEqual([
      'Monday: 09:00–12:00 and 11:00–14:00 overlap',
      'Tuesday: 13:00–12:00 ends before it starts',
      'Wednesday: "9h" is not a time of day (write it as HH:MM, e.g. 09:30)',
    ]);
    expect(weekProblems(empty())).toStrictEqual([
      'No working time in the week: nothing could ever happen on this calendar (FW_SIM_NO_WORKING_TIME)',
    ]);
    const touching = empty();
    touching.FRI = [
      { from: '13:00', to: '17:00' },
      { from: '08:00', to: '13:00' },
    ];
    expect(weekProblems(touching)).toStrictEqual([]);
  });

  it('reads times as people type them, and checks holiday dates', () => {
    expect(normalizeTime('8')).toBe('08:00');
    expect(normalizeTime('8:30')).toBe('08:30');
    expect(normalizeTime('0830')).toBe('08:30');
    expect(normalizeTime('24:00')).toBe('24:00');
    expect(normalizeTime('24:30')).toBeNull();
    expect(normalizeTime('25')).toBeNull();
    expect(normalizeTime('noon')).toBeNull();
    expect(isHolidayDate('2026-12-25')).toBe(true);
    expect(isHolidayDate('2028-02-29')).toBe(true);
    expect(isHolidayDate('2026-02-29')).toBe(false);
    expect(isHolidayDate('25/12/2026')).toBe(false);
  });
});
