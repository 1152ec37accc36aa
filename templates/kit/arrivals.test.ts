import { describe, expect, it } from 'vitest';
import { arrivalTimes, localTimestamp } from './arrivals';
import { exponential, minute } from './mapParts';
import { officeCalendar } from './office';
import { RecordRandom } from './recordRandom';

describe('localTimestamp', () => {
  it('writes local time with the offset of the day, across the change to summer time', () => {
    expect(localTimestamp(Date.parse('2026-01-05T08:00:00Z') / 1000, 'Europe/Berlin')).toBe(
      '2026-01-05T09:00:00+01:00',
    );
    expect(localTimestamp(Date.parse('2026-03-30T07:00:00Z') / 1000, 'Europe/Berlin')).toBe(
      '2026-03-30T09:00:00+02:00',
    );
    expect(localTimestamp(Date.parse('2026-03-30T07:00:00Z') / 1000, 'UTC')).toBe('2026-03-30T07:00:00+00:00');
  });
});

describe('arrivalTimes', () => {
  const times = arrivalTimes(
    2000,
    exponential(30 * minute),
    officeCalendar,
    '2026-01-05T08:00:00Z',
    new RecordRandom(7),
  );

  it('starts at the first opening and keeps every arrival inside office hours, on working days only', () => {
    expect(times[0]).toBe('2026-01-05T09:00:00+01:00');
    for (const time of times) {
      const local = new Date(`${time.slice(0, 19)}Z`);
      expect(local.getUTCDay(), time).toBeGreaterThanOrEqual(1);
      expect(local.getUTCDay(), time).toBeLessThanOrEqual(5);
      expect(local.getUTCHours(), time).toBeGreaterThanOrEqual(9);
      expect(local.getUTCHours(), time).toBeLessThan(17);
      expect(officeCalendar.holidays, time).not.toContain(time.slice(0, 10));
    }
  });

  it('comes in order, at about the mean pace in open time, the same for the same seed', () => {
    const seconds = times.map((t) => Date.parse(t));
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
    const workingDays = new Set(times.map((t) => t.slice(0, 10))).size;
    expect((workingDays * 8 * 60) / times.length).toBeGreaterThan(25);
    expect((workingDays * 8 * 60) / times.length).toBeLessThan(35);
    expect(
      arrivalTimes(50, exponential(30 * minute), officeCalendar, '2026-01-05T08:00:00Z', new RecordRandom(7)),
    ).toEqual(times.slice(0, 50));
  });
});
