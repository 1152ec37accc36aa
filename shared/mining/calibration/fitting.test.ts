import { describe, expect, it } from 'vitest';
import { sampler } from '../../sim/distributions';
import { Random } from '../../sim/random';
import type { Distribution } from '../../model';
import { distributionMean } from '../../model';
import { fitDistribution } from './fitDistribution';
import { weeklyHours } from './weeklyHours';
import { observeChoice } from './branches';
import { caseEnd } from './mapSteps';
import { cosineDistance, earthMovers, ngrams, shareDistance, activityShares } from './logCompare';

function draws(d: Distribution, n: number, seed = 1): number[] {
  const random = new Random(seed, 0, 0);
  const draw = sampler(d);
  return Array.from({ length: n }, () => draw(random));
}

describe('fitDistribution', () => {
  it.each<Distribution>([
    { type: 'exponential', mean: 600 },
    { type: 'lognormal', mean: 3600, sd: 2400 },
    { type: 'uniform', min: 100, max: 500 },
    { type: 'normal', mean: 1000, sd: 100 },
  ])('picks $type for a sample drawn from it and keeps its mean within 5%', (truth) => {
    const fit = fitDistribution(draws(truth, 4000))!;
    expect(fit.distribution.type).toBe(truth.type);
    expect(Math.abs(distributionMean(fit.distribution) / distributionMean(truth) - 1)).toBeLessThan(0.05);
    expect(fit.aic).toBe(fit.candidates[0].aic);
  });

  it('gives a fixed value for a sample without spread and nothing for an empty one', () => {
    expect(fitDistribution([45, 45, 45])!.distribution).toEqual({ type: 'fixed', value: 45 });
    expect(fitDistribution([])).toBeNull();
  });

  it('never offers a distribution the engine cannot draw from, however heavy the tail', () => {
    const sample = [0.5, 1, 2, 3, 10, 100, 1e5, 1e6, 9e8];
    const fit = fitDistribution(sample)!;
    expect(distributionMean(fit.distribution)).toBeLessThan(1e9);
  });
});

describe('weeklyHours', () => {
  const hour = 3_600_000;
  const monday = Date.UTC(2026, 0, 5);
  /** Moments on weekdays from 09:00 to 16:59 local time in Berlin (UTC+1 in winter), three weeks long. */
  const office = Array.from({ length: 15 * 8 }, (_, i) => {
    const day = Math.floor(i / 8);
    return monday + (Math.floor(day / 5) * 7 + (day % 5)) * 24 * hour + (8 + (i % 8)) * hour + 17 * 60_000;
  });

  it('finds working days and hours in the given timezone', () => {
    expect(weeklyHours(office, 'Europe/Berlin').weekly).toEqual([
      { days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], from: '09:00', to: '17:00' },
    ]);
    expect(weeklyHours(office, 'UTC').reason).toBe('Mon–Fri 08:00–16:00 (UTC)');
  });

  it('gives no calendar for work around the clock, too few moments or a short span', () => {
    const always = Array.from({ length: 24 * 21 }, (_, i) => monday + i * hour);
    expect(weeklyHours(always)).toMatchObject({ weekly: null, aroundTheClock: true });
    expect(weeklyHours(office.slice(0, 20)).weekly).toBeNull();
    expect(weeklyHours(office.slice(0, 60)).reason).toBe('the log spans less than two weeks');
  });
});

describe('observeChoice', () => {
  it('credits the branch whose first activity comes next, and the one that ends the case when none does', () => {
    const options = [{ first: new Set(['approve']) }, { first: new Set(['reject']) }, { first: new Set([caseEnd]) }];
    const traces = [
      ['check', 'approve'],
      ['check', 'note', 'reject'],
      ['check'],
      ['check', 'approve', 'check', 'approve'],
    ];
    expect(observeChoice('g', new Set(['check']), options, traces)).toEqual({
      nodeId: 'g',
      counts: [3, 1, 1],
      unexplained: 0,
    });
  });
});

describe('log comparison', () => {
  it("measures earth mover's distance as the mean gap between quantiles", () => {
    expect(earthMovers([1, 2, 3], [1, 2, 3])).toBe(0);
    expect(earthMovers([1, 2, 3], [11, 12, 13])).toBe(10);
  });

  it('compares activity shares and n-grams: 0 for the same logs, 1 for nothing in common', () => {
    const a = [
      ['x', 'y'],
      ['x', 'z'],
    ];
    const b = [['u', 'v']];
    expect(shareDistance(activityShares(a), activityShares(a))).toBe(0);
    expect(shareDistance(activityShares(a), activityShares(b))).toBe(1);
    expect(cosineDistance(ngrams(a, 2), ngrams(a, 2))).toBeCloseTo(0, 12);
    expect(cosineDistance(ngrams(a, 3), ngrams(b, 3))).toBe(1);
    expect(ngrams([['x', 'y']], 2).size).toBe(3); // ▶x, xy, y■
  });
});
