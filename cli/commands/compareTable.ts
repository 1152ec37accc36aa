import type { Comparison, KpiComparison } from '../../shared/sim/compare';
import { kpiName } from '../../shared/sim/comparedKpis';
import { duration } from './simulateTable';

/** How each KPI is named and shown; pools by their names. */
function kpiWords(kpi: string, poolNames: ReadonlyMap<string, string>, currency: string) {
  // Rounded to the hundredth first, so that 59.996 s reads 1m 00s rather than 60s.
  const time = (v: number) => {
    const r = Math.round(v * 100) / 100;
    return r < 0 ? `-${duration(-r)}` : duration(r);
  };
  const number = (digits: number) => (v: number) => {
    // A small non-zero difference keeps two significant digits rather than reading 0 or -0.
    if (v !== 0 && Math.abs(v) < 10 ** -digits) return Number(v.toPrecision(2)).toString();
    return (Number(v.toFixed(digits)) || 0).toLocaleString('en', { maximumFractionDigits: digits });
  };
  const name = kpiName(kpi, (id) => poolNames.get(id) ?? id);
  if (kpi.startsWith('utilization.')) return { name, format: (v: number) => `${number(2)(v * 100)}%` };
  if (kpi.endsWith('Time.mean')) return { name, format: time };
  if (kpi === 'costPerCase.mean') return { name, format: (v: number) => `${number(2)(v)} ${currency}` };
  if (kpi.endsWith('HoursPerMonth')) return { name, format: (v: number) => `${number(1)(v)} h` };
  return { name, format: number(kpi === 'throughputPerHour' ? 2 : 3) };
}

/** Rows of aligned columns, the first row a header; the first column left-aligned, the others right-aligned. */
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

/** Whether a difference is real, in words. */
function verdict(row: KpiComparison, i: number): string {
  const interval = row.deltaCi95[i];
  if (row.delta[i] === 0 && (interval === null || (interval[0] === 0 && interval[1] === 0))) return 'no difference';
  if (interval === null) return 'cannot tell with one replication';
  return row.separated[i] ? 'real' : 'not distinguishable from noise';
}

/**
 * The comparison as readable text: every KPI for every run side by side, then for each run against the baseline
 * the difference, its 95% interval over paired replications and whether it is real.
 */
export function comparisonTable(
  comparison: Comparison,
  names: { pools: ReadonlyMap<string, string>; elements: ReadonlyMap<string, string> },
  currency: string,
): string {
  const poolNames = names.pools;
  const named = (id: string) => {
    const name = names.elements.get(id);
    return name && name !== id ? `${name} (${id})` : id;
  };
  const { runs, kpis } = comparison;
  const base = runs[0].report;
  const out: string[] = [
    `${runs.length} runs with common random numbers: seed ${base.seed}, ${base.replications} replication${base.replications === 1 ? '' : 's'}, ` +
      `${base.cases.started} cases started in the baseline`,
    '',
    table([
      ['KPI', ...runs.map((r, i) => (i === 0 ? `${r.label} (baseline)` : r.label))],
      ...kpis.map((row) => {
        const { name, format } = kpiWords(row.kpi, poolNames, currency);
        return [name, ...row.values.map(format)];
      }),
    ]),
  ];
  for (let i = 1; i < runs.length; i++) {
    out.push('', `${runs[i].label} against ${runs[0].label}:`);
    out.push(
      table([
        ['KPI', 'difference', '95% interval', 'verdict'],
        ...kpis.map((row) => {
          const { name, format } = kpiWords(row.kpi, poolNames, currency);
          const interval = row.deltaCi95[i];
          const sign = (v: number) => (v > 0 ? `+${format(v)}` : format(v));
          return [
            name,
            sign(row.delta[i] ?? 0),
            interval ? `${sign(interval[0])} to ${sign(interval[1])}` : '–',
            verdict(row, i),
          ];
        }),
      ]),
    );
  }
  if (comparison.diff) {
    const { added, removed, changed } = comparison.diff;
    const list = (ids: string[]) => (ids.length > 0 ? ids.map(named).join(', ') : 'none');
    out.push(
      '',
      `Changes from ${runs[0].label} to ${runs[1].label}:`,
      `  added: ${list(added)}`,
      `  removed: ${list(removed)}`,
      `  changed: ${changed.length > 0 ? changed.map((c) => `${named(c.id)}: ${c.fields.join(', ')}`).join('; ') : 'none'}`,
    );
  }
  return `${out.join('\n')}\n`;
}
