import { describe, expect, it } from 'vitest';
import { casesPerPeriod, meanForRate, naturalPeriod, rateSummary } from './arrivalRate';
import { startAtText, startParts, startZones } from './startTime';

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
