import type { KpiComparison } from '../../shared/sim/compare';
import { kpiName } from '../../shared/sim/comparedKpis';
import { duration, money, percent, shortNumber } from './format';

/** What a difference to the baseline amounts to, in the words the view shows. */
export type Verdict = 'real' | 'noise' | 'none' | 'one-replication';

export const verdictWords: Record<Verdict, string> = {
  real: 'real',
  noise: 'not distinguishable from noise',
  none: 'no difference',
  'one-replication': 'cannot tell with one replication',
};

/** One KPI as the comparison view shows it: its name, each run's value, and each scenario's difference. */
export interface ComparisonRow {
  kpi: string;
  name: string;
  values: string[];
  /** Per run after the baseline: the difference, its 95% interval ('–' when none) and the verdict. */
  against: Array<{ difference: string; interval: string; verdict: Verdict }>;
}

interface KpiFormat {
  name: string;
  value(v: number): string;
  /** A difference, signed: utilisation in percentage points, the rest in the value's own unit. */
  difference(v: number): string;
}

const signed = (format: (v: number) => string) => (v: number) => (v > 0 ? `+${format(v)}` : format(v));

/** How each KPI of a comparison is named and written; pools by their names, money in the map's currency. */
export function kpiFormat(kpi: string, poolName: (id: string) => string, currency: string): KpiFormat {
  const name = kpiName(kpi, poolName);
  if (kpi.startsWith('utilization.'))
    return { name, value: percent, difference: signed((v) => `${shortNumber(v * 100)} pp`) };
  if (kpi.endsWith('Time.mean')) return { name, value: duration, difference: signed(duration) };
  if (kpi.endsWith('HoursPerMonth')) {
    const hours = (v: number) => `${shortNumber(v)} h`;
    return { name, value: hours, difference: signed(hours) };
  }
  if (kpi === 'costPerCase.mean')
    return { name, value: (v) => money(v, currency), difference: signed((v) => money(v, currency)) };
  return { name, value: shortNumber, difference: signed(shortNumber) };
}

/** Whether run i differs from the baseline: exactly not, beyond noise (the interval excludes 0), or not to tell. */
export function verdictOf(row: KpiComparison, i: number): Verdict {
  const interval = row.deltaCi95[i];
  if (row.delta[i] === 0 && (interval === null || (interval[0] === 0 && interval[1] === 0))) return 'none';
  if (interval === null) return 'one-replication';
  return row.separated[i] ? 'real' : 'noise';
}

/** The comparison's KPIs as rows of text, ready for the table. */
export function comparisonRows(
  kpis: readonly KpiComparison[],
  poolName: (id: string) => string,
  currency: string,
): ComparisonRow[] {
  return kpis.map((row) => {
    const format = kpiFormat(row.kpi, poolName, currency);
    return {
      kpi: row.kpi,
      name: format.name,
      values: row.values.map(format.value),
      against: row.values.slice(1).map((_, j) => {
        const i = j + 1;
        const interval = row.deltaCi95[i];
        const verdict = verdictOf(row, i);
        return {
          difference: format.difference(row.delta[i] ?? 0),
          // Exactly equal runs have nothing to bound.
          interval:
            interval && verdict !== 'none'
              ? `${format.difference(interval[0])} to ${format.difference(interval[1])}`
              : '–',
          verdict,
        };
      }),
    };
  });
}
