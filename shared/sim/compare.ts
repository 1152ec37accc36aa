import { FlowwrightError, type ProcessModel } from '../model';
import { diffMaps, type MapDiff } from '../model/mapDiff';
import { reportKpis, type KpiValues } from './comparedKpis';
import { checkRunnable } from './checkRunnable';
import { applyScenario } from './scenario';
import { startSimulation } from './simulate';
import { studentT975 } from './statistics';
import type { SimulationOptions, SimulationReport } from './types';

/** One run of a comparison: the map as drawn, a scenario, or one of two maps. */
export interface ComparedRun {
  label: string;
  scenario: string | null;
  report: SimulationReport;
}

/** One KPI across the runs; index 0 is the baseline, whose delta, interval and verdict are null. */
export interface KpiComparison {
  kpi: string;
  values: number[];
  delta: Array<number | null>;
  deltaCi95: Array<[number, number] | null>;
  separated: Array<boolean | null>;
}

/** A comparison as `compare --json` prints it (DESIGN.md §5b); `diff` only when two maps are compared. */
export interface Comparison {
  runs: ComparedRun[];
  kpis: KpiComparison[];
  diff?: MapDiff;
}

/** A run's report with its KPIs replication by replication, ready to be paired with another run's. */
export interface RunOutcome extends ComparedRun {
  replicationKpis: readonly KpiValues[];
}

/** What every run of a comparison shares; seed, replications and cases default to the baseline map's. */
export type CompareOptions = Pick<SimulationOptions, 'seed' | 'replications' | 'cases' | 'records' | 'recordOrder'> & {
  /** Fraction of the whole comparison done, in [0, 1]. */
  onProgress?: (fraction: number) => void;
};

/**
 * The paired 95% Student t interval for the mean of per-replication differences: mean ± t(n−1)·s/√n. Null with
 * fewer than two replications, where the spread cannot be estimated.
 */
export function pairedInterval(differences: readonly number[]): [number, number] | null {
  const n = differences.length;
  if (n < 2) return null;
  let mean = 0;
  for (const d of differences) mean += d / n;
  let ss = 0;
  for (const d of differences) ss += (d - mean) * (d - mean);
  const half = (studentT975(n - 1) * Math.sqrt(ss / (n - 1))) / Math.sqrt(n);
  return [mean - half, mean + half];
}

/** Relative size below which a difference is rounding in the order sums were taken, not a change. */
const roundingNoise = 1e-9;

/** b − a, or 0 when it is rounding noise: equal draws summed in another order must not read as a real change. */
function difference(a: number, b: number): number {
  const d = b - a;
  return Math.abs(d) <= roundingNoise * Math.max(Math.abs(a), Math.abs(b)) ? 0 : d;
}

/**
 * Every KPI of the runs side by side: each run's value (from its report), its difference to the baseline (run 0)
 * and the paired interval of that difference over replications; `separated` when the interval excludes 0.
 * Differences within a billionth of the values count as 0 (rounding from summing in another order). A KPI
 * missing from a run (a pool only one map has) counts as 0 there.
 */
export function compareKpis(runs: readonly RunOutcome[]): KpiComparison[] {
  const names: string[] = [];
  const values = runs.map((run) => reportKpis(run.report));
  for (const v of values) for (const name of Object.keys(v)) if (!names.includes(name)) names.push(name);
  const base = runs[0].replicationKpis;
  return names.map((kpi) => {
    const row: KpiComparison = { kpi, values: [], delta: [], deltaCi95: [], separated: [] };
    runs.forEach((run, i) => {
      row.values.push(values[i][kpi] ?? 0);
      if (i === 0) {
        row.delta.push(null);
        row.deltaCi95.push(null);
        row.separated.push(null);
        return;
      }
      const pairs = Math.min(base.length, run.replicationKpis.length);
      const differences: number[] = [];
      for (let r = 0; r < pairs; r++) differences.push(difference(base[r][kpi] ?? 0, run.replicationKpis[r][kpi] ?? 0));
      const interval = pairedInterval(differences);
      row.delta.push(difference(row.values[0], row.values[i]));
      row.deltaCi95.push(interval);
      row.separated.push(interval !== null && (interval[0] > 0 || interval[1] < 0));
    });
    return row;
  });
}

/** A map to run: `records` (mapped to its own fields) stand in for the options' records. */
interface MapToRun {
  model: ProcessModel;
  label: string;
  scenario: string | null;
  records?: SimulationOptions['records'];
}

/** Refuses the comparison before any run when one of its maps cannot run, naming the run and every problem. */
function checkAll(maps: ReadonlyArray<{ model: ProcessModel; label: string }>): void {
  for (const { model, label } of maps) {
    const problems = checkRunnable(model);
    if (problems.length === 0) continue;
    const details = problems.map((p) => `${p.code} ${p.elementId}: ${p.message}`);
    throw new FlowwrightError(
      'FW_SIM_INVALID_MODEL',
      `${label} cannot be simulated: ${problems.map((p) => p.message).join('; ')}`,
      details,
    );
  }
}

/** Runs each map to its end, one after another, with the same seed, replications, cases and records. */
function runAll(maps: readonly MapToRun[], options: CompareOptions): RunOutcome[] {
  checkAll(maps);
  const sim = maps[0].model.simulation;
  const shared: SimulationOptions = {
    seed: options.seed ?? sim.seed,
    replications: options.replications ?? sim.replications,
    // With records, the number of cases follows from them (as in simulate), the same for every run.
    cases: options.cases ?? (options.records || maps[0].records ? undefined : sim.cases),
    records: options.records,
    recordOrder: options.recordOrder,
  };
  return maps.map(({ model, label, scenario, records }, i) => {
    const run = startSimulation(model, records ? { ...shared, records } : shared);
    while (!run.advance(65_536)) options.onProgress?.((i + run.progress) / maps.length);
    options.onProgress?.((i + 1) / maps.length);
    return { label, scenario, report: { ...run.report(), scenario }, replicationKpis: run.replicationKpis };
  });
}

const outcome = (runs: RunOutcome[]): ComparedRun[] =>
  runs.map(({ label, scenario, report }) => ({ label, scenario, report }));

/**
 * What-if: the map as drawn against each of its scenarios, all with common random numbers (the streams are keyed
 * by element id, so a scenario that adds a node leaves the other nodes' draws paired). Throws
 * FW_SIM_UNKNOWN_SCENARIO, FW_SIM_BAD_OVERRIDE or FW_SIM_INVALID_MODEL (naming the scenario) before any run.
 */
export function compareScenarios(
  model: ProcessModel,
  scenarios: readonly string[],
  options: CompareOptions = {},
): Comparison {
  if (scenarios.length === 0) throw new FlowwrightError('FW_USAGE', 'name at least one scenario to compare');
  const maps = [{ model, label: 'map as drawn', scenario: null as string | null }];
  for (const id of scenarios) {
    const applied = applyScenario(model, id);
    maps.push({ model: applied, label: model.scenarios.find((s) => s.id === id)?.name || id, scenario: id });
  }
  const runs = runAll(maps, options);
  return { runs: outcome(runs), kpis: compareKpis(runs) };
}

/**
 * As-is against to-be: two maps run with the same seed, replications, cases and records (the first map's
 * settings unless given; each map may bring the records mapped to its own fields), their KPIs paired by replication, and the structural difference from `a` to `b`.
 */
export function compareMaps(
  a: Omit<MapToRun, 'scenario'>,
  b: Omit<MapToRun, 'scenario'>,
  options: CompareOptions = {},
): Comparison {
  const runs = runAll(
    [
      { ...a, scenario: null },
      { ...b, scenario: null },
    ],
    options,
  );
  return { runs: outcome(runs), kpis: compareKpis(runs), diff: diffMaps(a.model, b.model) };
}
