import type { ProcessModel } from '../../model';
import type { SimulationReport } from '../../sim';
import { percent } from './format';

/** Names an activity by its id: its name on the map, else its name in the report, else the id. */
export type ActivityNamer = (id: string) => string;

/** Activity names for a report: the map's names first (they may have been edited), then the report's. */
export function activityNamer(report: SimulationReport, model: ProcessModel): ActivityNamer {
  const names = new Map<string, string>();
  for (const a of report.activities) if (a.name.trim()) names.set(a.id, a.name.trim());
  for (const n of model.nodes) if (n.name.trim()) names.set(n.id, n.name.trim());
  return (id) => names.get(id) ?? id;
}

/** One queue line of the work-in-progress chart. */
export interface QueueLine {
  id: string;
  name: string;
  /** Its mean queue over the measured time, by which the lines are chosen. */
  mean: number;
  values: number[];
}

const average = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * The queues worth drawing over time: those of the `limit` activities with the longest mean queue (the engine's
 * time average; the series' own mean where the activity is not reported), longest first. Queues that never held a
 * case are left out; ties keep the report's order, so the choice is stable.
 */
export function longestQueues(report: SimulationReport, name: ActivityNamer, limit = 5): QueueLine[] {
  const means = new Map(report.activities.map((a) => [a.id, a.queueLength.mean]));
  return report.timeSeries.queues
    .map((q) => ({ id: q.id, name: name(q.id), mean: means.get(q.id) ?? average(q.values), values: q.values }))
    .filter((q) => q.mean > 0 || q.values.some((v) => v > 0))
    .sort((a, b) => b.mean - a.mean)
    .slice(0, limit);
}

/** One bar of the cost chart: an activity's direct cost, or the pools' capacity cost, per completed case. */
export interface CostBar {
  /** The activity's id, or null for the capacity bar. */
  id: string | null;
  name: string;
  value: number;
}

/** The capacity bar's name: what the pools cost for being there, busy or idle. */
export const capacityBarName = "Pools' capacity (busy or idle)";

/**
 * The cost of the run split so that the parts add up to the whole, per completed case: each activity's direct cost
 * (pool rate per hour of work plus its fixed cost), most first, then one bar for the pools' capacity cost. Activities
 * that cost nothing are left out. Empty when no case completed (there is nothing to share the cost among).
 */
export function costBars(report: SimulationReport, name: ActivityNamer): { bars: CostBar[]; total: number } {
  const cases = report.cases.completed;
  if (cases <= 0) return { bars: [], total: 0 };
  const bars: CostBar[] = report.activities
    .filter((a) => a.cost > 0)
    .map((a) => ({ id: a.id, name: name(a.id), value: a.cost / cases }))
    .sort((a, b) => b.value - a.value);
  const capacity = report.resources.reduce((sum, r) => sum + r.capacityCost, 0);
  if (capacity > 0) bars.push({ id: null, name: capacityBarName, value: capacity / cases });
  return { bars, total: bars.reduce((sum, b) => sum + b.value, 0) };
}

/** A path in activity names: "Check → Approve → Order"; a path with no activity says so. */
export function variantName(path: readonly string[], name: ActivityNamer): string {
  return path.length === 0 ? '(no activity)' : path.map(name).join(' → ');
}

/** Whether path[a, a + length) equals path[b, b + length). */
function sameSteps(path: readonly string[], a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (path[a + k] !== path[b + k]) return false;
  return true;
}

/**
 * A path with its loops folded, for where space is short: steps repeated back to back are written once with how
 * often, "Register → (Ask → Register) ×2 → Review". At each step the repeat covering the most steps is taken.
 */
export function shortVariantName(path: readonly string[], name: ActivityNamer): string {
  if (path.length === 0) return variantName(path, name);
  const parts: string[] = [];
  let i = 0;
  while (i < path.length) {
    let best = { length: 1, times: 1 };
    for (let length = 1; i + 2 * length <= path.length; length++) {
      let times = 1;
      while (i + (times + 1) * length <= path.length && sameSteps(path, i, i + times * length, length)) times++;
      if (times > 1 && length * times > best.length * best.times) best = { length, times };
    }
    const steps = path
      .slice(i, i + best.length)
      .map(name)
      .join(' → ');
    parts.push(best.times === 1 ? steps : best.length === 1 ? `${steps} ×${best.times}` : `(${steps}) ×${best.times}`);
    i += best.length * best.times;
  }
  return parts.join(' → ');
}

/** A share of cases as a percentage that never reads 0 % for a share that is not 0: "42%", "0.5%", "<0.1%". */
export function casesShare(share: number): string {
  if (share > 0 && share < 0.001) return '<0.1%';
  return percent(share);
}

/** One process variant as the charts and the variants table show it. */
export interface VariantRow {
  /** From 1, most cases first. */
  rank: number;
  path: readonly string[];
  name: string;
  /** Its name with loops folded (shortVariantName). */
  shortName: string;
  count: number;
  /** Of the completed cases. */
  share: number;
  meanCycleTime: number;
}

/**
 * The report's variants, most cases first (ties keep the engine's order), each with its share of the completed
 * cases and its path in activity names.
 */
export function variantRows(report: SimulationReport, name: ActivityNamer): VariantRow[] {
  const completed = report.cases.completed;
  return [...report.variants]
    .sort((a, b) => b.count - a.count)
    .map((v, i) => ({
      rank: i + 1,
      path: v.path,
      name: variantName(v.path, name),
      shortName: shortVariantName(v.path, name),
      count: v.count,
      share: completed > 0 ? v.count / completed : 0,
      meanCycleTime: v.meanCycleTime,
    }));
}
