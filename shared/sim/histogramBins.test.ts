import { describe, expect, it } from 'vitest';
import { Statistic } from './statistics';

describe('histogram ranges of a statistic', () => {
  it('spreads the observations over equal ranges from the smallest to the largest, each counted once', () => {
    const s = new Statistic();
    for (let i = 1; i <= 1000; i++) s.add(i);
    const bins = s.bins(10);
    expect(bins).toHaveLength(10);
    expect(bins[0].from).toBe(1);
    expect(bins[9].to).toBe(1000);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(1000);
    // 100 values a range, give or take the buckets' ±0.5 % at the edges.
    for (const b of bins) expect(Math.abs(b.count - 100)).toBeLessThanOrEqual(3);
  });

  it('puts what lies above the upper limit in the last range', () => {
    const s = new Statistic();
    for (let i = 1; i <= 100; i++) s.add(i);
    const without = s.bins(10, 51);
    s.add(100_000);
    const bins = s.bins(10, 51);
    expect(bins[9].to).toBe(51);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(101);
    expect(bins.map((b) => b.count)).toEqual(without.map((b, i) => b.count + (i === 9 ? 1 : 0)));
  });

  it('gives one range for equal values and none for no values', () => {
    const s = new Statistic();
    expect(s.bins()).toEqual([]);
    s.add(60);
    s.add(60);
    expect(s.bins()).toEqual([{ from: 60, to: 60, count: 2 }]);
  });
});
