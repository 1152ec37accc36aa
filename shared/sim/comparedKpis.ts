import type { Collector } from './collector';
import type { Network } from './network';
import type { SimulationReport } from './types';

/** KPI values by name (`cycleTime.mean`, `utilization.<poolId>`, ...), for one run or one replication. */
export type KpiValues = Record<string, number>;

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** A month as hours per month count it: 30 days of simulated time. */
export const secondsPerMonth = 30 * 86_400;

/** Seconds of work over a measured time, as hours per 30 days. */
const hoursPerMonth = (busy: number, measured: number) => (ratio(busy, measured) * secondsPerMonth) / 3600;

/** How many exceptions a run counted, over all kinds and elements. */
function exceptionCount(exceptions: ReadonlyArray<{ count: number }>): number {
  let total = 0;
  for (const e of exceptions) total += e.count;
  return total;
}

/**
 * The KPIs a comparison lists, read from a report: cycle, waiting and processing time means, throughput, cost
 * per case, exceptions per started case, the pools' hours of work per month and each pool's utilisation, in that
 * order.
 */
export function reportKpis(report: SimulationReport): KpiValues {
  const values: KpiValues = {
    'cycleTime.mean': report.cycleTime.mean,
    'waitingTime.mean': report.waitingTime.mean,
    'processingTime.mean': report.processingTime.mean,
    throughputPerHour: report.throughputPerHour,
    'costPerCase.mean': report.costPerCase.mean,
    exceptionsPerCase: ratio(exceptionCount(report.exceptions), report.cases.started),
    workHoursPerMonth: hoursPerMonth(
      report.resources.reduce((sum, pool) => sum + pool.busyTime, 0),
      report.measuredTime,
    ),
  };
  for (const pool of report.resources) values[`utilization.${pool.id}`] = pool.utilization;
  return values;
}

const kpiNames: Record<string, string> = {
  'cycleTime.mean': 'Cycle time (mean)',
  'waitingTime.mean': 'Waiting time (mean)',
  'processingTime.mean': 'Processing time (mean)',
  throughputPerHour: 'Throughput (cases per hour)',
  'costPerCase.mean': 'Cost per case (mean)',
  exceptionsPerCase: 'Exceptions per case',
  workHoursPerMonth: "Pools' hours of work per month",
};

/** A KPI of a comparison in words, a pool's utilisation by the pool's name: one wording for the app and the CLI. */
export function kpiName(kpi: string, poolName: (id: string) => string): string {
  if (kpi.startsWith('utilization.')) return `Utilisation of ${poolName(kpi.slice('utilization.'.length))}`;
  return kpiNames[kpi] ?? kpi;
}

/**
 * The same KPIs replication by replication, as differences of the collector's running totals taken when each
 * replication closes: the paired comparison needs one value per replication, which the report does not keep.
 */
export class ReplicationKpis {
  readonly rows: KpiValues[] = [];
  private last: number[];

  constructor(
    private readonly collector: Collector,
    private readonly net: Network,
  ) {
    this.last = this.totals();
  }

  /** The running totals, in a fixed order: sums and counts of the time and cost statistics, then the rest. */
  private totals(): number[] {
    const k = this.collector;
    const totals = [
      k.cycleTime.sum,
      k.cycleTime.count,
      k.waitingTime.sum,
      k.waitingTime.count,
      k.processingTime.sum,
      k.processingTime.count,
      k.costPerCase.sum,
      k.costPerCase.count,
      k.measuredCompleted,
      k.measuredTime,
      exceptionCount(k.exceptions()),
      k.started,
    ];
    for (const pool of k.pools) totals.push(pool.busyTime, pool.available);
    return totals;
  }

  /** Records the replication that has just closed. */
  close(): void {
    const now = this.totals();
    const d = now.map((v, i) => v - this.last[i]);
    this.last = now;
    const row: KpiValues = {
      'cycleTime.mean': ratio(d[0], d[1]),
      'waitingTime.mean': ratio(d[2], d[3]),
      'processingTime.mean': ratio(d[4], d[5]),
      throughputPerHour: ratio(d[8], d[9]) * 3600,
      'costPerCase.mean': ratio(d[6], d[7]),
      exceptionsPerCase: ratio(d[10], d[11]),
      workHoursPerMonth: 0,
    };
    let busy = 0;
    this.net.pools.forEach((pool, i) => {
      busy += d[12 + 2 * i];
      row[`utilization.${pool.id}`] = Math.min(1, ratio(d[12 + 2 * i], d[13 + 2 * i]));
    });
    row.workHoursPerMonth = hoursPerMonth(busy, d[9]);
    this.rows.push(row);
  }
}
