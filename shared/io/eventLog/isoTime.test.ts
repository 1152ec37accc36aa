import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoTime } from './isoTime';

describe('isoTime', () => {
  it('agrees with toISOString on every valid time, fractional, negative and far from 1970', () => {
    const times = fc.oneof(
      fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }),
      fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc.constantFrom(0, -0, -1, 0.5, -0.5, 86_399_999.9, -86_400_000, 8.64e15, -8.64e15, 253402300800000),
    );
    fc.assert(
      fc.property(times, (ms) => isoTime(ms) === new Date(ms).toISOString()),
      { numRuns: 20_000 },
    );
  });

  it('throws on what is not a date, as toISOString does', () => {
    for (const ms of [NaN, Infinity, 8.64e15 + 1]) expect(() => isoTime(ms)).toThrow(RangeError);
  });
});
