import { describe, expect, it } from 'vitest';
import { formatIsoDuration, parseIsoDuration } from './isoDuration';

describe('ISO 8601 durations', () => {
  const parsed: [string, number | undefined][] = [
    ['PT1H30M', 5400],
    ['P2DT4H', 187200],
    ['PT0.5S', 0.5],
    ['PT1,5M', 90],
    ['P1W', 604800],
    ['P1M', 2592000],
    ['P1Y', 31536000],
    ['R3/PT10M', 600],
    ['R/2026-01-05T08:00:00Z/P1D', 86400],
    ['PT', undefined],
    ['P', undefined],
    ['1 hour', undefined],
    ['2026-01-05T08:00:00Z', undefined],
  ];
  for (const [text, seconds] of parsed) it(`reads ${text}`, () => expect(parseIsoDuration(text)).toBe(seconds));

  const written: [number, string][] = [
    [0, 'PT0S'],
    [3600, 'PT1H'],
    [86400, 'P1D'],
    [93784, 'P1DT2H3M4S'],
    [0.25, 'PT0.25S'],
  ];
  for (const [seconds, text] of written)
    it(`writes ${seconds} s as ${text}, which reads back`, () => {
      expect(formatIsoDuration(seconds)).toBe(text);
      expect(parseIsoDuration(text)).toBe(seconds);
    });
});
