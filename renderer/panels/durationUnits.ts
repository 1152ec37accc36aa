import type { Distribution, DistributionType } from '../../shared/model';

/** Units offered for durations; the model always stores seconds. */
export const durationUnits = [
  { value: 'seconds', label: 'seconds', seconds: 1 },
  { value: 'minutes', label: 'minutes', seconds: 60 },
  { value: 'hours', label: 'hours', seconds: 3600 },
  { value: 'days', label: 'days', seconds: 86_400 },
] as const;
export type DurationUnit = (typeof durationUnits)[number]['value'];

export function unitSeconds(unit: DurationUnit): number {
  return durationUnits.find((u) => u.value === unit)!.seconds;
}

/** The largest unit in which every given duration is at least one: 5400 s reads as 1.5 hours. */
export function naturalUnit(seconds: readonly number[]): DurationUnit {
  const positive = seconds.filter((s) => s > 0);
  if (positive.length === 0) return 'minutes';
  const smallest = Math.min(...positive);
  return [...durationUnits].reverse().find((u) => smallest >= u.seconds)?.value ?? 'seconds';
}

/** The labelled parameters of each distribution, in the order people give them. */
export const distributionParameters: Record<
  Exclude<DistributionType, 'empirical'>,
  readonly { key: string; label: string }[]
> = {
  fixed: [{ key: 'value', label: 'Duration' }],
  uniform: [
    { key: 'min', label: 'Minimum' },
    { key: 'max', label: 'Maximum' },
  ],
  triangular: [
    { key: 'min', label: 'Minimum' },
    { key: 'mode', label: 'Most likely' },
    { key: 'max', label: 'Maximum' },
  ],
  normal: [
    { key: 'mean', label: 'Mean' },
    { key: 'sd', label: 'Standard deviation' },
  ],
  lognormal: [
    { key: 'mean', label: 'Mean' },
    { key: 'sd', label: 'Standard deviation' },
  ],
  exponential: [{ key: 'mean', label: 'Mean' }],
  gamma: [
    { key: 'mean', label: 'Mean' },
    { key: 'sd', label: 'Standard deviation' },
  ],
};

export const distributionLabels: Record<DistributionType, string> = {
  fixed: 'Fixed',
  uniform: 'Uniform',
  triangular: 'Triangular',
  normal: 'Normal',
  lognormal: 'Log-normal',
  exponential: 'Exponential',
  gamma: 'Gamma',
  empirical: 'Empirical (list of values)',
};

/** The distribution's central value in seconds, to carry over when its type changes. */
export function typicalSeconds(d: Distribution | undefined): number {
  if (!d) return 600;
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return d.mode;
    case 'empirical':
      return d.values.reduce((a, b) => a + b, 0) / d.values.length;
    default:
      return d.mean;
  }
}

/** A distribution of the given type centred on `centre` seconds, with a plausible spread. */
export function distributionAround(type: DistributionType, centre: number): Distribution {
  const c = Math.max(0, centre);
  switch (type) {
    case 'fixed':
      return { type, value: c };
    case 'uniform':
      return { type, min: c / 2, max: c * 1.5 };
    case 'triangular':
      return { type, min: c / 2, mode: c, max: c * 2 };
    case 'normal':
      return { type, mean: c, sd: c / 4 };
    case 'lognormal':
    case 'gamma':
      return { type, mean: c, sd: c / 2 };
    case 'exponential':
      return { type, mean: c };
    case 'empirical':
      return { type, values: [c] };
  }
}

/** The seconds each parameter of a distribution holds (for choosing its display unit). */
export function distributionSeconds(d: Distribution): number[] {
  return d.type === 'empirical'
    ? d.values
    : Object.entries(d)
        .filter(([key]) => key !== 'type')
        .map(([, v]) => v as number);
}
