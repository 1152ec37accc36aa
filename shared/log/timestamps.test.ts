import { describe, expect, it } from 'vitest';
import { guessTimestampFormat, timestampReader } from './timestampFormat';
import { readIsoTime } from './timestamps';

describe('readIsoTime', () => {
  it.each([
    ['2010-12-30T14:32:00.000+01:00', Date.UTC(2010, 11, 30, 13, 32), true],
    ['2010-12-30 14:32:00+0100', Date.UTC(2010, 11, 30, 13, 32), true],
    ['2010-12-30T14:32:00-05:30', Date.UTC(2010, 11, 30, 20, 2), true],
    ['2010-12-30T14:32Z', Date.UTC(2010, 11, 30, 14, 32), true],
    ['2012-01-23T15:42:54.644+01:00', Date.UTC(2012, 0, 23, 14, 42, 54, 644), true],
    ['2019/11/03 01:11:19.000', Date.UTC(2019, 10, 3, 1, 11, 19), false],
    ['2024-02-29', Date.UTC(2024, 1, 29), false],
    ['1970-01-01T06:36:00.000+01:00', Date.UTC(1970, 0, 1, 5, 36), true],
  ])('%s', (text, ms, zoned) => {
    expect(readIsoTime(text)).toEqual({ ms, zoned });
  });

  it.each(['2023-02-29', '2010-13-01T00:00:00Z', '2010-12-30T25:00:00Z', '2002-0530T09:30:10Z', 'yesterday', ''])(
    'refuses %j',
    (text) => expect(readIsoTime(text)).toBeNull(),
  );

  it('reads text without a zone in the given local offset', () => {
    expect(readIsoTime('2025-07-01T12:00:00', () => 7200)!.ms).toBe(Date.UTC(2025, 6, 1, 10));
  });
});

describe('timestampReader', () => {
  it('reads patterns, 12-hour clocks, fractions, offsets and epoch numbers', () => {
    expect(timestampReader('DD/MM/YYYY HH:mm')('03/01/2025 09:30')!.ms).toBe(Date.UTC(2025, 0, 3, 9, 30));
    expect(timestampReader('M/D/YYYY h:mm A')('1/3/2025 2:05 PM')!.ms).toBe(Date.UTC(2025, 0, 3, 14, 5));
    expect(timestampReader('M/D/YYYY h:mm A')('1/3/2025 12:05 AM')!.ms).toBe(Date.UTC(2025, 0, 3, 0, 5));
    expect(timestampReader('YYYY.MM.DD HH:mm:ss.S Z')('2025.01.03 09:30:15.25 +02:00')).toEqual({
      ms: Date.UTC(2025, 0, 3, 7, 30, 15, 250),
      zoned: true,
    });
    expect(timestampReader('epoch-s')('1700000000')!.ms).toBe(1_700_000_000_000);
    expect(timestampReader('epoch-ms')('1700000000123')!.ms).toBe(1_700_000_000_123);
    expect(timestampReader('DD/MM/YYYY HH:mm')('31/02/2025 09:30')).toBeNull();
    expect(timestampReader('DD/MM/YYYY HH:mm')('2025-01-03 09:30')).toBeNull();
  });

  it('guesses a format that reads every sample', () => {
    expect(guessTimestampFormat(['2010-12-30 14:32:00+01:00'])).toBe('iso');
    expect(guessTimestampFormat(['03/01/2025 09:30', '25/01/2025 10:00'])).toBe('DD/MM/YYYY HH:mm');
    expect(guessTimestampFormat(['01/25/2025 10:00'])).toBe('MM/DD/YYYY HH:mm');
    expect(guessTimestampFormat(['1/25/2025 1:00 PM'])).toBe('M/D/YYYY h:mm A');
  });
});
