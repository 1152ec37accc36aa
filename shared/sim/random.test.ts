import { describe, it, expect } from 'vitest';
import type { Distribution } from '../model';
import { elementStream, Random } from './random';
import { distributionProblem, sampler } from './distributions';

const draws = 200_000;

function moments(d: Distribution, seed = 1): { mean: number; sd: number } {
  const draw = sampler(d);
  const random = new Random(seed, 0, 0);
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < draws; i++) {
    const x = draw(random);
    sum += x;
    squares += x * x;
  }
  const mean = sum / draws;
  return { mean, sd: Math.sqrt((squares - draws * mean * mean) / (draws - 1)) };
}

describe('elementStream', () => {
  it('is the FNV-1a hash of the id, the same wherever the element sits, and never an arrivals or data stream', () => {
    // FNV-1a of "a" is 0xe40c292c; of "" the offset basis 0x811c9dc5.
    expect(elementStream('a')).toBe(0xe40c292c);
    expect(elementStream('')).toBe(0x811c9dc5);
    expect(elementStream('review')).toBe(elementStream('review'));
    expect(elementStream('review')).not.toBe(elementStream('approve'));
    const ids = Array.from({ length: 10_000 }, (_, i) => `task-${i}`);
    expect(new Set(ids.map(elementStream)).size).toBe(ids.length);
    expect(ids.every((id) => elementStream(id) >= 2)).toBe(true);
  });
});

describe('Random', () => {
  it('repeats a stream for the same seed, replication and stream, and differs otherwise', () => {
    const take = (r: Random) => Array.from({ length: 5 }, () => r.next());
    expect(take(new Random(1, 0, 3))).toEqual(take(new Random(1, 0, 3)));
    expect(take(new Random(1, 0, 3))).not.toEqual(take(new Random(1, 0, 4)));
    expect(take(new Random(1, 0, 3))).not.toEqual(take(new Random(1, 1, 3)));
    expect(take(new Random(2 ** 40, 0, 3))).not.toEqual(take(new Random(0, 0, 3)));
  });

  it('is uniform on [0, 1): 20 buckets within 5 standard errors of 1/20 each', () => {
    const random = new Random(9, 0, 0);
    const buckets = new Array(20).fill(0);
    let outside = 0;
    for (let i = 0; i < draws; i++) {
      const u = random.next();
      if (!(u >= 0 && u < 1)) outside++;
      else buckets[Math.floor(u * 20)]++;
    }
    expect(outside).toBe(0);
    const se = Math.sqrt(draws * 0.05 * 0.95);
    for (const count of buckets) expect(Math.abs(count - draws / 20)).toBeLessThan(5 * se);
  });

  it('gives uncorrelated streams for neighbouring keys (|r| < 0.01 over 200,000 pairs, 4.5 standard errors)', () => {
    const a = new Random(5, 0, 1);
    const b = new Random(5, 0, 2);
    let sab = 0,
      sa = 0,
      sb = 0,
      saa = 0,
      sbb = 0;
    for (let i = 0; i < draws; i++) {
      const x = a.next(),
        y = b.next();
      sab += x * y;
      sa += x;
      sb += y;
      saa += x * x;
      sbb += y * y;
    }
    const r =
      (sab / draws - (sa / draws) * (sb / draws)) /
      Math.sqrt((saa / draws - (sa / draws) ** 2) * (sbb / draws - (sb / draws) ** 2));
    expect(Math.abs(r)).toBeLessThan(0.01);
  });
});

describe('distributions, 200,000 draws each: mean within 4 standard errors, sd within 3%', () => {
  const cases: Array<[string, Distribution, number, number]> = [
    ['fixed', { type: 'fixed', value: 7 }, 7, 0],
    ['uniform', { type: 'uniform', min: 2, max: 6 }, 4, 4 / Math.sqrt(12)],
    ['triangular', { type: 'triangular', min: 1, mode: 2, max: 6 }, 3, Math.sqrt(21 / 18)],
    ['normal', { type: 'normal', mean: 10, sd: 2 }, 10, 2],
    [
      'normal truncated at 0 (half-normal)',
      { type: 'normal', mean: 0, sd: 1 },
      Math.sqrt(2 / Math.PI),
      Math.sqrt(1 - 2 / Math.PI),
    ],
    ['lognormal from its own mean and sd', { type: 'lognormal', mean: 5, sd: 3 }, 5, 3],
    ['exponential', { type: 'exponential', mean: 3 }, 3, 3],
    ['gamma, shape 4', { type: 'gamma', mean: 4, sd: 2 }, 4, 2],
    ['gamma, shape 0.25', { type: 'gamma', mean: 1, sd: 2 }, 1, 2],
    ['empirical', { type: 'empirical', values: [1, 2, 6] }, 3, Math.sqrt(14 / 3)],
  ];
  for (const [name, d, mean, sd] of cases)
    it(name, () => {
      const m = moments(d);
      expect(Math.abs(m.mean - mean)).toBeLessThanOrEqual((4 * sd) / Math.sqrt(draws) + 1e-12);
      expect(Math.abs(m.sd - sd)).toBeLessThanOrEqual(0.03 * sd + 1e-9);
    });

  it('never draws below 0', () => {
    const random = new Random(3, 0, 0);
    for (const d of cases.map((c) => c[1])) {
      const draw = sampler(d);
      let lowest = Infinity;
      for (let i = 0; i < 10_000; i++) lowest = Math.min(lowest, draw(random));
      expect(lowest).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('distributionProblem', () => {
  it('names negative and impossible parameters', () => {
    expect(distributionProblem({ type: 'uniform', min: 5, max: 1 })).toMatch(/min 5 is above max 1/);
    expect(distributionProblem({ type: 'triangular', min: 1, mode: 9, max: 5 })).toMatch(/mode 9/);
    expect(distributionProblem({ type: 'normal', mean: -3, sd: 1 })).toMatch(/mean is -3/);
    expect(distributionProblem({ type: 'gamma', mean: 0, sd: 1 })).toMatch(/mean 0/);
    expect(distributionProblem({ type: 'exponential', mean: 3 })).toBeNull();
  });
});
