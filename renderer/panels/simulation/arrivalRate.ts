/** Periods in which people count arrivals ("120 per day"); the model stores the mean time between them. */
export const ratePeriods = [
  { value: 'hour', label: 'per hour', seconds: 3600 },
  { value: 'day', label: 'per day', seconds: 86_400 },
  { value: 'week', label: 'per week', seconds: 604_800 },
] as const;
export type RatePeriod = (typeof ratePeriods)[number]['value'];

const periodSeconds = (period: RatePeriod) => ratePeriods.find((p) => p.value === period)!.seconds;

/** Cases per period for a mean time between arrivals: 600 s → 144 per day. */
export function casesPerPeriod(meanSeconds: number, period: RatePeriod): number {
  return meanSeconds > 0 ? periodSeconds(period) / meanSeconds : 0;
}

/** The mean time between arrivals for a count per period: 120 per day → 720 s. Undefined unless count > 0. */
export function meanForRate(count: number, period: RatePeriod): number | undefined {
  return count > 0 && Number.isFinite(count) ? periodSeconds(period) / count : undefined;
}

/** The period in which the rate reads as a whole-ish number of at least one: 600 s → per hour (6). */
export function naturalPeriod(meanSeconds: number): RatePeriod {
  return ratePeriods.find((p) => casesPerPeriod(meanSeconds, p.value) >= 1)?.value ?? 'week';
}

const round = (n: number) => (n >= 10 ? Math.round(n).toLocaleString('en') : String(Number(n.toPrecision(2))));

/** The rate in words, for the note under the arrivals: "about 6 an hour, 144 a day (around the clock)". */
export function rateSummary(meanSeconds: number): string {
  if (!(meanSeconds > 0)) return '';
  const hour = casesPerPeriod(meanSeconds, 'hour');
  const day = casesPerPeriod(meanSeconds, 'day');
  return hour >= 1 ? `about ${round(hour)} an hour, ${round(day)} a day` : `about ${round(day)} a day`;
}
