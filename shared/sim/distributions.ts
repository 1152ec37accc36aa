import type { Distribution } from '../model';
import { simulationLimits } from './limits';
import type { Random } from './random';

/** Draws one value (seconds) from a distribution. */
export type Sampler = (random: Random) => number;

/** A standard normal value by Marsaglia's polar method; the pair's second value is kept for the next call. */
export function standardNormal(random: Random): number {
  const spare = random.spareNormal;
  if (spare === spare) {
    random.spareNormal = Number.NaN;
    return spare;
  }
  let u: number, v: number, s: number;
  do {
    u = 2 * random.next() - 1;
    v = 2 * random.next() - 1;
    s = u * u + v * v;
  } while (s >= 1 || s === 0);
  const scale = Math.sqrt((-2 * Math.log(s)) / s);
  random.spareNormal = v * scale;
  return u * scale;
}

/** Gamma(shape, 1) by Marsaglia and Tsang (2000); shapes below 1 use the u^(1/shape) boost. */
function standardGamma(random: Random, shape: number): number {
  if (shape < 1) return standardGamma(random, shape + 1) * Math.pow(random.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(random);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = random.next();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

const { maxSeconds } = simulationLimits;
const tooLong = (what: string, value: number) =>
  `${what} is ${value} s; at most ${maxSeconds} s (about 31 years) is simulated`;

/**
 * What makes a distribution impossible to draw from, in words, or null when it is fine: a parameter that is
 * negative, not finite, or above simulationLimits.maxSeconds, or a spread whose draws could not be computed.
 */
export function distributionProblem(d: Distribution): string | null {
  const values = Object.entries(d).filter(([key]) => key !== 'type');
  for (const [key, value] of values) {
    if (typeof value !== 'number') continue;
    if (!Number.isFinite(value) || value < 0) return `${key} is ${value}; it must be a number of at least 0`;
    if (value > maxSeconds) return tooLong(key, value);
  }
  if (d.type === 'uniform' && d.min > d.max) return `min ${d.min} is above max ${d.max}`;
  if (d.type === 'triangular' && !(d.min <= d.mode && d.mode <= d.max))
    return `mode ${d.mode} must lie between min ${d.min} and max ${d.max}`;
  if ((d.type === 'lognormal' || d.type === 'gamma') && d.mean === 0 && d.sd > 0)
    return `a ${d.type} distribution with mean 0 cannot have a spread (sd ${d.sd})`;
  if (d.type === 'empirical' && d.values.some((v) => !Number.isFinite(v) || v < 0))
    return 'every value must be a number of at least 0';
  const longest = d.type === 'empirical' ? d.values.find((v) => v > maxSeconds) : undefined;
  if (longest !== undefined) return tooLong('a value', longest);
  // The samplers divide by the mean: a spread far above a tiny mean would give Infinity, then NaN.
  if (d.type === 'lognormal' && d.mean > 0 && !Number.isFinite(Math.log1p((d.sd / d.mean) ** 2)))
    return `sd ${d.sd} is too large for mean ${d.mean}; the spread cannot be computed`;
  if (d.type === 'gamma' && d.mean > 0 && d.sd > 0) {
    const shape = (d.mean * d.mean) / (d.sd * d.sd);
    if (!(shape > 0) || !Number.isFinite((d.sd * d.sd) / d.mean))
      return `sd ${d.sd} is too large for mean ${d.mean}; the spread cannot be computed`;
  }
  return null;
}

/** Compiles a distribution into a direct sampler (no library, no allocation per draw). */
export function sampler(d: Distribution): Sampler {
  switch (d.type) {
    case 'fixed': {
      const value = d.value;
      return () => value;
    }
    case 'uniform': {
      const { min } = d;
      const width = d.max - d.min;
      return (r) => min + width * r.next();
    }
    case 'triangular': {
      const { min, mode, max } = d;
      const width = max - min;
      const split = width > 0 ? (mode - min) / width : 0;
      return (r) => {
        const u = r.next();
        return u < split ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
      };
    }
    case 'normal': {
      const { mean, sd } = d;
      // Truncated at 0 by rejection, so the shape above 0 is kept; mean ≥ 0 accepts at least half the draws.
      return (r) => {
        for (let tries = 0; tries < 200; tries++) {
          const x = mean + sd * standardNormal(r);
          if (x >= 0) return x;
        }
        return 0;
      };
    }
    case 'lognormal': {
      if (d.mean === 0) return () => 0;
      // Parameters of the underlying normal from the mean and sd of the variable itself.
      const sigma2 = Math.log(1 + (d.sd * d.sd) / (d.mean * d.mean));
      const mu = Math.log(d.mean) - sigma2 / 2;
      const sigma = Math.sqrt(sigma2);
      return (r) => Math.exp(mu + sigma * standardNormal(r));
    }
    case 'exponential': {
      const mean = d.mean;
      return (r) => -mean * Math.log(1 - r.next());
    }
    case 'gamma': {
      if (d.sd === 0 || d.mean === 0) {
        const mean = d.mean;
        return () => mean;
      }
      const shape = (d.mean * d.mean) / (d.sd * d.sd);
      const scale = (d.sd * d.sd) / d.mean;
      return (r) => scale * standardGamma(r, shape);
    }
    case 'empirical': {
      const values = Float64Array.from(d.values);
      const n = values.length;
      return (r) => values[Math.floor(r.next() * n)];
    }
  }
}
