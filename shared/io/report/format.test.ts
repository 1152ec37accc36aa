import { describe, expect, it } from 'vitest';
import { count, duration, durationRange, money, moneyRange, numberRange, percent, shortNumber } from './format';

describe('report formats', () => {
  it('writes durations in the largest unit that keeps them above 1', () => {
    expect(duration(0)).toBe('0 s');
    expect(duration(0.25)).toBe('0.25 s');
    expect(duration(45)).toBe('45 s');
    expect(duration(59.99)).toBe('60 s');
    expect(duration(510)).toBe('8.5 min');
    expect(duration(3600)).toBe('1 h');
    expect(duration(8100)).toBe('2.25 h');
    expect(duration(267840)).toBe('3.1 d');
    expect(duration(86400 * 1234.4)).toBe('1,234 d');
  });

  it('writes a range in the unit of its larger end', () => {
    expect(durationRange([3800, 4700])).toBe('1.06–1.31 h');
    expect(durationRange([50, 70])).toBe('0.833–1.17 min');
    expect(durationRange(null)).toBe('–');
    expect(numberRange([1.234, 1.5])).toBe('1.23–1.5');
  });

  it('never writes NaN', () => {
    expect(shortNumber(Number.NaN)).toBe('–');
    expect(percent(Number.NaN)).toBe('0%');
  });

  it('writes counts, shares and money', () => {
    expect(count(12345.4)).toBe('12,345');
    expect(percent(0.8123)).toBe('81%');
    expect(percent(0.045)).toBe('4.5%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
    expect(money(1234.5, 'EUR')).toBe('€1,234.50');
    expect(money(3, 'credits')).toBe('3 credits');
    expect(moneyRange([3.1, 3.4], 'USD')).toBe('$3.10–$3.40');
  });
});
