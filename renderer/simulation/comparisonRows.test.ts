import { describe, expect, it } from 'vitest';
import type { KpiComparison } from '../../shared/sim/compare';
import { comparisonRows, kpiFormat, verdictOf } from './comparisonRows';

const row = (kpi: string, values: number[], delta: number, ci: [number, number] | null): KpiComparison => ({
  kpi,
  values,
  delta: [null, delta],
  deltaCi95: [null, ci],
  separated: [null, ci !== null && (ci[0] > 0 || ci[1] < 0)],
});
const pool = (id: string) => (id === 'clerks' ? 'Clerks' : id);

describe('comparison rows', () => {
  it('says real only when the paired interval excludes 0, and no difference only for exactly equal runs', () => {
    expect(verdictOf(row('waitingTime.mean', [600, 60], -540, [-600, -480]), 1)).toBe('real');
    expect(verdictOf(row('waitingTime.mean', [600, 590], -10, [-40, 20]), 1)).toBe('noise');
    expect(verdictOf(row('waitingTime.mean', [600, 600], 0, [0, 0]), 1)).toBe('none');
    expect(verdictOf(row('waitingTime.mean', [600, 500], -100, null), 1)).toBe('one-replication');
    // A zero mean difference whose replications disagree is noise, not "no difference".
    expect(verdictOf(row('waitingTime.mean', [600, 600], 0, [-5, 5]), 1)).toBe('noise');
  });

  it('names pools, writes times in units, money in the currency and utilisation differences in points', () => {
    const rows = comparisonRows(
      [
        row('waitingTime.mean', [600, 90], -510, [-560, -460]),
        row('costPerCase.mean', [12.5, 14], 1.5, [1.2, 1.8]),
        row('utilization.clerks', [0.75, 0.5], -0.25, [-0.26, -0.24]),
        row('throughputPerHour', [6, 6], 0, [0, 0]),
      ],
      pool,
      'EUR',
    );
    expect(rows.map((r) => r.name)).toEqual([
      'Waiting time (mean)',
      'Cost per case (mean)',
      'Utilisation of Clerks',
      'Throughput (cases per hour)',
    ]);
    expect(rows[0].values).toEqual(['10 min', '1.5 min']);
    expect(rows[0].against[0]).toEqual({ difference: '-8.5 min', interval: '-9.33 min to -7.67 min', verdict: 'real' });
    expect(rows[1].values).toEqual(['€12.50', '€14.00']);
    expect(rows[1].against[0].difference).toBe('+€1.50');
    expect(rows[2].values).toEqual(['75%', '50%']);
    expect(rows[2].against[0]).toEqual({ difference: '-25 pp', interval: '-26 pp to -24 pp', verdict: 'real' });
    expect(rows[3].against[0]).toEqual({ difference: '0', interval: '–', verdict: 'none' });
  });

  it('falls back to the id for an unknown KPI and pool', () => {
    expect(kpiFormat('utilization.vans', pool, 'EUR').name).toBe('Utilisation of vans');
    expect(kpiFormat('somethingNew', pool, 'EUR').value(1.234)).toBe('1.23');
  });
});
