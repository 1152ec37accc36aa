import type { SimulationReport, StatSummary } from '../../shared/sim';

/** Seconds as a short duration: 45s, 12m 30s, 2h 03m, 3d 4h. */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (seconds < 60) return `${Number(seconds.toFixed(seconds < 10 ? 2 : 1))}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(s / 86400)}d ${Math.floor((s % 86400) / 3600)}h`;
}

const number = (value: number, digits = 2) => Number(value.toFixed(digits)).toLocaleString('en');

/** Rows of aligned columns, the first row a header. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function statRow(name: string, stat: StatSummary, format: (v: number) => string): string[] {
  const ci = stat.ci95 ? `${format(stat.ci95[0])} – ${format(stat.ci95[1])}` : '–';
  return [name, format(stat.mean), format(stat.p50), format(stat.p90), format(stat.p95), format(stat.max), ci];
}

/** The report as readable text: KPIs, activities, resources, bottlenecks and exceptions. */
export function reportTable(report: SimulationReport, currency: string): string {
  const money = (v: number) => `${number(v)} ${currency}`;
  const { cases } = report;
  // Cases and exceptions are counted in every replication; a record failing in each of 5 counts 5 times.
  const allRuns = report.replications > 1 ? ` (counted in all ${report.replications} replications)` : '';
  const out: string[] = [
    `${report.model}${report.scenario ? `, scenario ${report.scenario}` : ''}: seed ${report.seed}, ${report.replications} replication${report.replications === 1 ? '' : 's'}`,
    `Cases${allRuns}: ${cases.started} started, ${cases.completed} completed, ${cases.inProgress} in progress, ${cases.withExceptions} with exceptions`,
    '',
    table([
      ['KPI', 'mean', 'p50', 'p90', 'p95', 'max', '95% CI of mean'],
      statRow('Cycle time', report.cycleTime, duration),
      statRow('Waiting time', report.waitingTime, duration),
      statRow('Processing time', report.processingTime, duration),
      statRow('Cost per case', report.costPerCase, money),
      statRow('Handoffs per case', report.handoffsPerCase, (v) => number(v)),
    ]),
    `Throughput: ${number(report.throughputPerHour, 3)} cases per hour; work in progress: ${number(report.wip.mean)} on average, ${report.wip.max} at most`,
    '',
    'Activities',
    table([
      ['activity', 'count', 'waiting', 'processing', 'queue', 'queue max'],
      ...report.activities.map((a) => [
        a.name === a.id ? a.id : `${a.name} (${a.id})`,
        String(a.count),
        duration(a.waiting.mean),
        duration(a.processing.mean),
        number(a.queueLength.mean),
        String(a.queueLength.max),
      ]),
    ]),
  ];
  if (report.resources.length > 0)
    out.push(
      '',
      'Resources',
      table([
        ['pool', 'utilization', 'busy time', 'cost'],
        ...report.resources.map((r) => [
          r.id,
          `${(r.utilization * 100).toFixed(1)}%`,
          duration(r.busyTime),
          money(r.cost),
        ]),
      ]),
    );
  out.push(
    '',
    'Bottlenecks',
    ...(report.bottlenecks.length === 0
      ? ["  none: no activity's waiting reaches 5% of cycle time"]
      : report.bottlenecks.map((b) => `  ${b.id}  ${b.score.toFixed(2)}  ${b.reason}`)),
  );
  out.push(
    '',
    `Exceptions${allRuns}`,
    ...(report.exceptions.length === 0
      ? ['  none']
      : report.exceptions.map(
          (e) =>
            `  ${e.kind}  ${e.nodeId}  ${e.count}×${e.handled > 0 ? ` (${e.handled} handled)` : ''}  ${e.message} (e.g. ${e.examples.join(', ')})`,
        )),
  );
  return `${out.join('\n')}\n`;
}
