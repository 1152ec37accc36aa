import { describe, expect, it } from 'vitest';
import { casesPerPeriod, meanForRate, naturalPeriod, rateSummary } from './arrivalRate';
import { placeOffset, startAtText, startParts, startZone, startZones } from './startTime';

describe('arrival rates', () => {
  it('turns counts per period into the mean time between arrivals and back', () => {
    expect(meanForRate(120, 'day')).toBe(720);
    expect(meanForRate(6, 'hour')).toBe(600);
    expect(meanForRate(0, 'day')).toBeUndefined();
    expect(casesPerPeriod(600, 'day')).toBe(144);
    expect(naturalPeriod(600)).toBe('hour');
    expect(naturalPeriod(7200)).toBe('day');
    expect(naturalPeriod(10 * 86_400)).toBe('week');
    expect(rateSummary(600)).toBe('about 6 an hour, 144 a day');
    expect(rateSummary(7200)).toBe('about 12 a day');
  });
});

describe('start time', () => {
  it('splits a stored start into date, time and zone, and joins them again', () => {
    expect(startParts('2026-01-05T08:00:00Z')).toEqual({ date: '2026-01-05', time: '08:00', zone: 'UTC' });
    expect(startParts('2026-03-02T09:30:00+05:30')).toEqual({ date: '2026-03-02', time: '09:30', zone: '+05:30' });
    expect(startParts('next Monday')).toBeNull();
    expect(startAtText({ date: '2026-03-02', time: '09:30', zone: '+05:30' })).toBe('2026-03-02T09:30:00+05:30');
    expect(startAtText({ date: '2026-03-02', time: '09:30', zone: 'UTC' })).toBe('2026-03-02T09:30:00Z');
    expect(startAtText({ date: '', time: '09:30', zone: 'UTC' })).toBeNull();
    expect(startZones).toContain('+01:00');
    expect(startZones).toContain('-05:00');
  });
});

describe('start time in a place', () => {
  it('writes the offset the place has on that date, summer and winter alike', () => {
    expect(startAtText({ date: '2026-07-06', time: '09:00', zone: 'Europe/Paris' })).toBe('2026-07-06T09:00:00+02:00');
    expect(startAtText({ date: '2026-01-05', time: '09:00', zone: 'Europe/Paris' })).toBe('2026-01-05T09:00:00+01:00');
    expect(startAtText({ date: '2026-07-06', time: '09:00', zone: 'America/New_York' })).toBe(
      '2026-07-06T09:00:00-04:00',
    );
    expect(startAtText({ date: '2026-01-05', time: '09:00', zone: 'America/New_York' })).toBe(
      '2026-01-05T09:00:00-05:00',
    );
    expect(startAtText({ date: '2026-01-05', time: '09:00', zone: 'Asia/Kolkata' })).toBe('2026-01-05T09:00:00+05:30');
    expect(startAtText({ date: '2026-01-05', time: '09:00', zone: 'Europe/London' })).toBe('2026-01-05T09:00:00Z');
  });

  it('takes the offset at the time itself on the days the clocks change', () => {
    // Paris goes to summer time at 02:00 on 29 March 2026 and back at 03:00 on 25 October 2026.
    expect(startAtText({ date: '2026-03-29', time: '01:30', zone: 'Europe/Paris' })).toBe('2026-03-29T01:30:00+01:00');
    expect(startAtText({ date: '2026-03-29', time: '09:00', zone: 'Europe/Paris' })).toBe('2026-03-29T09:00:00+02:00');
    expect(startAtText({ date: '2026-10-25', time: '01:30', zone: 'Europe/Paris' })).toBe('2026-10-25T01:30:00+02:00');
    expect(startAtText({ date: '2026-10-25', time: '09:00', zone: 'Europe/Paris' })).toBe('2026-10-25T09:00:00+01:00');
    expect(placeOffset('Europe/Paris', Date.parse('2026-03-29T00:59:00Z'))).toBe(60);
    expect(placeOffset('Europe/Paris', Date.parse('2026-03-29T01:00:00Z'))).toBe(120);
  });

  it('shows a stored start in its place, keeping the place when the date changes', () => {
    const start = startParts('2026-07-06T09:00:00+02:00', 'Europe/Paris')!;
    expect(start).toEqual({ date: '2026-07-06', time: '09:00', zone: 'Europe/Paris' });
    // A start written with another offset is shown on the place's clock: 07:00 UTC is 08:00 in Paris in winter.
    expect(startParts('2026-01-05T07:00:00Z', 'Europe/Paris')).toEqual({
      date: '2026-01-05',
      time: '08:00',
      zone: 'Europe/Paris',
    });
    expect(startAtText({ ...start, date: '2026-01-05' })).toBe('2026-01-05T09:00:00+01:00');
    expect(startZone({ startAt: '2026-07-06T09:00:00+02:00', timezone: 'Europe/Paris' })).toBe('Europe/Paris');
    expect(startZone({ startAt: '2026-07-06T09:00:00+02:00' })).toBe('+02:00');
    // A name the clock does not know is left aside: the stored offset is shown.
    expect(startZone({ startAt: '2026-07-06T09:00:00+02:00', timezone: 'Mars/Olympus' })).toBe('+02:00');
    expect(startAtText({ date: '2026-02-30', time: '09:00', zone: 'Europe/Paris' })).toBeNull();
  });
});
