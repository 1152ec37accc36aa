import { describe, it, expect } from 'vitest';
import { Random } from './random';
import { confidenceInterval, Statistic, studentT975, TimeAverage } from './statistics';

describe('Statistic', () => {
  it('streams mean and sd equal to the two-pass values, and quantiles within the 0.5% bucket error', () => {
    const random = new Random(4, 0, 0);
    const values = Array.from({ length: 50_000 }, () => -100 * Math.log(1 - random.next()));
    const stat = new Statistic();
    for (const v of values) stat.add(v);
    stat.endReplication();
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
    const sorted = [...values].sort((a, b) => a - b);
    const exact = (q: number) => sorted[Math.ceil(q * values.length) - 1];
    const summary = stat.summary();
    expect(summary.mean).toBeCloseTo(mean, 9);
    expect(summary.sd).toBeCloseTo(sd, 9);
    expect(summary.max).toBe(sorted[sorted.length - 1]);
    for (const [q, got] of [
      [0.5, summary.p50],
      [0.9, summary.p90],
      [0.95, summary.p95],
    ] as const)
      expect(Math.abs(got - exact(q)) / exact(q)).toBeLessThan(0.006);
    expect(summary.ci95).toBeNull();
  });

  it('gives exact quantiles for whole numbers and zeros, and zeros rather than NaN when empty', () => {
    const stat = new Statistic();
    for (const v of [0, 0, 0, 1, 2, 2, 3, 7, 7, 40]) stat.add(v);
    const s = stat.summary();
    expect([s.p50, s.p90, s.p95, s.max]).toEqual([2, 7, 40, 40]);
    expect(new Statistic().summary()).toEqual({ mean: 0, sd: 0, p50: 0, p90: 0, p95: 0, max: 0, ci95: null });
  });

  it('gives the same quantiles whatever order the values come in', () => {
    const random = new Random(9, 0, 0);
    const values = Array.from({ length: 5_000 }, () => Math.exp(30 * random.next() - 10));
    const summaries = [values, values.toSorted((a, b) => a - b), values.toSorted((a, b) => b - a)].map((list) => {
      const stat = new Statistic();
      for (const v of list) stat.add(v);
      return stat.summary();
    });
    const quantiles = ({ p50, p90, p95, max }: { p50: number; p90: number; p95: number; max: number }) => [
      p50,
      p90,
      p95,
      max,
    ];
    expect(quantiles(summaries[1])).toEqual(quantiles(summaries[0]));
    expect(quantiles(summaries[2])).toEqual(quantiles(summaries[0]));
  });

  it('keeps memory small for a statistic that sees few distinct values', () => {
    const before = process.memoryUsage().arrayBuffers;
    const stats = Array.from({ length: 20_000 }, (_, i) => {
      const stat = new Statistic();
      stat.add(60 + (i % 7));
      return stat;
    });
    const grown = process.memoryUsage().arrayBuffers - before;
    // 20,000 full histograms would take 280 MB; each keeps a few dozen buckets.
    expect(grown).toBeLessThan(20_000_000);
    expect(stats[3].summary().p50).toBe(63);
  });

  it('builds a Student t interval from replication means', () => {
    const stat = new Statistic();
    for (const rep of [
      [1, 3],
      [2, 4],
      [3, 5],
    ]) {
      for (const v of rep) stat.add(v);
      stat.endReplication();
    }
    // Replication means 2, 3, 4: sd 1, t(2) = 4.303, half width 4.303 / √3.
    const [lo, hi] = stat.summary().ci95!;
    expect(lo).toBeCloseTo(3 - 4.303 / Math.sqrt(3), 9);
    expect(hi).toBeCloseTo(3 + 4.303 / Math.sqrt(3), 9);
  });
});

describe('Student t and intervals', () => {
  it('matches tables inside and beyond 30 degrees of freedom', () => {
    expect(studentT975(1)).toBe(12.706);
    expect(studentT975(30)).toBe(2.042);
    expect(studentT975(60)).toBeCloseTo(2.0003, 3);
    expect(studentT975(120)).toBeCloseTo(1.9799, 3);
    expect(confidenceInterval([5])).toBeNull();
    expect(confidenceInterval([5, 5, 5])).toEqual([5, 5]);
  });
});

describe('TimeAverage', () => {
  it('integrates a step function over time from the restart', () => {
    const wip = new TimeAverage();
    wip.change(0, 1);
    wip.change(10, 2); // 3 from 10
    wip.restart(10);
    wip.change(20, -3); // 0 from 20
    expect(wip.average(10, 30)).toBeCloseTo(1.5, 12);
    expect(wip.max).toBe(3);
    expect(new TimeAverage().average(5, 5)).toBe(0);
  });
});
