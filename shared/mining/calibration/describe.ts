import type { Distribution } from '../../model';
import { distributionMean } from '../../model';

const round = (value: number, digits: number) => Number(value.toFixed(digits)).toString();

/** A span of seconds in plain words: "45 s", "12 min", "2.3 h", "4.1 days". */
export function durationWords(seconds: number): string {
  if (seconds < 90) return `${round(seconds, seconds < 10 ? 1 : 0)} s`;
  if (seconds < 90 * 60) return `${round(seconds / 60, 1)} min`;
  if (seconds < 36 * 3600) return `${round(seconds / 3600, 1)} h`;
  return `${round(seconds / 86400, 1)} days`;
}

/** A distribution in plain words: "lognormal, mean 2.3 h, sd 1.1 h", "fixed 2 min". */
export function distributionWords(d: Distribution): string {
  switch (d.type) {
    case 'fixed':
      return `fixed ${durationWords(d.value)}`;
    case 'uniform':
      return `uniform, mean ${durationWords(distributionMean(d))}, ${durationWords(d.min)} to ${durationWords(d.max)}`;
    case 'triangular':
      return `triangular, mean ${durationWords(distributionMean(d))}, ${durationWords(d.min)} to ${durationWords(d.max)}`;
    case 'exponential':
      return `exponential, mean ${durationWords(d.mean)}`;
    case 'empirical':
      return `empirical, mean ${durationWords(distributionMean(d))}`;
    default:
      return `${d.type}, mean ${durationWords(d.mean)}, sd ${durationWords(d.sd)}`;
  }
}

/** A share in plain words: "83%". */
export const percentWords = (share: number) => `${round(share * 100, share < 0.1 ? 1 : 0)}%`;
