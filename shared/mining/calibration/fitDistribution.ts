import { distributionMean, type Distribution } from '../../model';
import { distributionProblem } from '../../sim/distributions';

/** A distribution fitted to a sample, with how well each candidate did. */
export interface DistributionFit {
  distribution: Distribution;
  /** Values in the sample. */
  sampleSize: number;
  sampleMean: number;
  sampleSd: number;
  /** Akaike's information criterion of the chosen distribution (lower is better); null for a fixed value. */
  aic: number | null;
  /** Every candidate that could be fitted, best first, with its AIC. */
  candidates: { type: Distribution['type']; aic: number }[];
}

// A candidate whose mean strays further than this from the sample's would misstate the work: it is not offered.
const meanTolerance = 0.25;
const halfLog2Pi = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) by Lanczos' approximation (g = 7, nine terms), accurate to about 15 digits for x > 0. */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0];
  for (let i = 1; i < 9; i++) sum += c[i] / (z + i);
  const t = z + 7.5;
  return halfLog2Pi + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

interface Candidate {
  distribution: Distribution;
  logLikelihood: number;
  parameters: number;
}

function uniform(x: readonly number[], min: number, max: number): Candidate {
  return { distribution: { type: 'uniform', min, max }, logLikelihood: -x.length * Math.log(max - min), parameters: 2 };
}

/** Triangular by the moments: the bounds a little beyond the sample's, the mode where the mean puts it. */
function triangular(x: readonly number[], mean: number, min: number, max: number): Candidate {
  const pad = (max - min) / x.length;
  const a = Math.max(0, min - pad);
  const b = max + pad;
  const c = Math.min(b, Math.max(a, 3 * mean - a - b));
  let ll = 0;
  for (const v of x) {
    const density = v < c ? (2 * (v - a)) / ((b - a) * (c - a)) : (2 * (b - v)) / ((b - a) * (b - c));
    ll += Math.log(density);
  }
  return { distribution: { type: 'triangular', min: a, mode: c, max: b }, logLikelihood: ll, parameters: 3 };
}

function normal(x: readonly number[], mean: number, sd: number): Candidate {
  let ll = 0;
  for (const v of x) ll += -halfLog2Pi - Math.log(sd) - ((v - mean) * (v - mean)) / (2 * sd * sd);
  return { distribution: { type: 'normal', mean, sd }, logLikelihood: ll, parameters: 2 };
}

/**
 * Lognormal by the method of moments (the model stores the mean and sd of the variable itself), so that the
 * simulated mean is the sample's: its maximum-likelihood fit on heavy tails can put the mean years away.
 */
function lognormal(x: readonly number[], mean: number, sd: number): Candidate {
  const sigma2 = Math.log1p((sd * sd) / (mean * mean));
  const mu = Math.log(mean) - sigma2 / 2;
  const sigma = Math.sqrt(sigma2);
  let ll = 0;
  for (const v of x) {
    const l = Math.log(v);
    ll += -l - halfLog2Pi - Math.log(sigma) - ((l - mu) * (l - mu)) / (2 * sigma2);
  }
  return { distribution: { type: 'lognormal', mean, sd }, logLikelihood: ll, parameters: 2 };
}

function exponential(x: readonly number[], mean: number): Candidate {
  const total = mean * x.length;
  return {
    distribution: { type: 'exponential', mean },
    logLikelihood: -x.length * Math.log(mean) - total / mean,
    parameters: 1,
  };
}

/** Gamma by the method of moments (shape = mean² / variance). */
function gamma(x: readonly number[], mean: number, sd: number): Candidate {
  const shape = (mean * mean) / (sd * sd);
  const scale = (sd * sd) / mean;
  let ll = -x.length * (logGamma(shape) + shape * Math.log(scale));
  for (const v of x) ll += (shape - 1) * Math.log(v) - v / scale;
  return { distribution: { type: 'gamma', mean, sd }, logLikelihood: ll, parameters: 2 };
}

/**
 * Fits the engine's distributions to a sample of non-negative values (seconds) and keeps the one with the lowest
 * AIC (2k − 2 ln L): uniform and exponential by maximum likelihood, triangular, normal, lognormal and gamma by the
 * method of moments. Lognormal and gamma need every value above 0; normal is tried only when its truncation at 0
 * would cut off almost nothing (mean at least 3 sd). Candidates the engine cannot draw from, or whose mean is more
 * than 25% off the sample's, are left out. A sample without spread gives a fixed value.
 */
export function fitDistribution(sample: readonly number[]): DistributionFit | null {
  const x = sample.filter((v) => Number.isFinite(v) && v >= 0);
  const n = x.length;
  if (n === 0) return null;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  const sd = n > 1 ? Math.sqrt(x.reduce((s, v) => s + (v - mean) * (v - mean), 0) / (n - 1)) : 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of x) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const base = { sampleSize: n, sampleMean: mean, sampleSd: sd };
  if (n < 2 || max - min <= 1e-9 * Math.max(1, max))
    return { ...base, distribution: { type: 'fixed', value: mean }, aic: null, candidates: [] };
  const candidates: Candidate[] = [uniform(x, min, max), triangular(x, mean, min, max), exponential(x, mean)];
  if (mean >= 3 * sd) candidates.push(normal(x, mean, sd));
  if (min > 0) candidates.push(lognormal(x, mean, sd), gamma(x, mean, sd));
  const scored = candidates
    .map((c) => ({ c, aic: 2 * c.parameters - 2 * c.logLikelihood }))
    .filter(
      (s) =>
        Number.isFinite(s.aic) &&
        distributionProblem(s.c.distribution) === null &&
        Math.abs(distributionMean(s.c.distribution) - mean) <= meanTolerance * mean,
    )
    .sort((a, b) => a.aic - b.aic);
  if (scored.length === 0) return { ...base, distribution: { type: 'fixed', value: mean }, aic: null, candidates: [] };
  return {
    ...base,
    distribution: scored[0].c.distribution,
    aic: scored[0].aic,
    candidates: scored.map((s) => ({ type: s.c.distribution.type, aic: s.aic })),
  };
}
