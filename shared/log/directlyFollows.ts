import { activityInstances, type ActivityInstance } from './activityInstances';
import type { EventLog } from './eventLog';

/** An activity of a directly-follows graph: how often it ran and how long it took (ms). */
export interface DfgActivity {
  name: string;
  /** Executions (a start/complete pair counts once). */
  count: number;
  /** Cases in which it runs at least once. */
  cases: number;
  /** Over the executions with both a start and an end; null when none has a start. */
  meanDuration: number | null;
  medianDuration: number | null;
}

/** "target directly follows source" in some cases: how often, and the wait (ms) from the end of source to target. */
export interface DfgEdge {
  source: string;
  target: string;
  count: number;
  /** From the end of source to the start of target (its time when it has no start); overlaps count as 0. */
  meanWait: number | null;
  medianWait: number | null;
}

/** The directly-follows graph of a log (Disco's process map): activities, their successions, first and last ones. */
export interface DirectlyFollowsGraph {
  cases: number;
  activities: DfgActivity[];
  edges: DfgEdge[];
  /** Per activity, the number of cases it begins. */
  starts: Record<string, number>;
  /** Per activity, the number of cases it ends. */
  ends: Record<string, number>;
}

/** Mean and median of a list of numbers, or nulls when it is empty. */
export function meanAndMedian(values: number[]): { mean: number | null; median: number | null } {
  if (values.length === 0) return { mean: null, median: null };
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  let sum = 0;
  for (const value of sorted) sum += value;
  return { mean: sum / sorted.length, median };
}

interface ActivityTally {
  count: number;
  cases: number;
  durations: number[];
}

interface EdgeTally {
  source: string;
  target: string;
  count: number;
  waits: number[];
}

function waitBetween(before: ActivityInstance, after: ActivityInstance): number | null {
  const next = after.start ?? after.end;
  if (before.end === null || next === null) return null;
  return Math.max(0, next - before.end);
}

function increment(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

const byCountThenName = <T extends { count: number }>(name: (item: T) => string) => {
  return (a: T, b: T) => b.count - a.count || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
};

/** The directly-follows graph of a log, over each case's activity instances in the order they began. */
export function directlyFollows(log: EventLog): DirectlyFollowsGraph {
  const activities = new Map<string, ActivityTally>();
  const edges = new Map<string, EdgeTally>();
  const starts: Record<string, number> = {};
  const ends: Record<string, number> = {};
  for (const entry of log.cases) {
    const { instances } = activityInstances(entry);
    if (instances.length === 0) continue;
    increment(starts, instances[0].activity);
    increment(ends, instances[instances.length - 1].activity);
    const seen = new Set<string>();
    instances.forEach((instance, index) => {
      let tally = activities.get(instance.activity);
      if (!tally) activities.set(instance.activity, (tally = { count: 0, cases: 0, durations: [] }));
      tally.count++;
      if (!seen.has(instance.activity)) tally.cases++;
      seen.add(instance.activity);
      if (instance.start !== null && instance.end !== null) tally.durations.push(instance.end - instance.start);
      if (index === 0) return;
      const before = instances[index - 1];
      const key = `${before.activity}\u0000${instance.activity}`;
      let edge = edges.get(key);
      if (!edge) edges.set(key, (edge = { source: before.activity, target: instance.activity, count: 0, waits: [] }));
      edge.count++;
      const wait = waitBetween(before, instance);
      if (wait !== null) edge.waits.push(wait);
    });
  }
  return {
    cases: log.cases.length,
    activities: [...activities]
      .map(([name, tally]) => {
        const { mean, median } = meanAndMedian(tally.durations);
        return { name, count: tally.count, cases: tally.cases, meanDuration: mean, medianDuration: median };
      })
      .sort(byCountThenName((a) => a.name)),
    edges: [...edges.values()]
      .map(({ source, target, count, waits }) => {
        const { mean, median } = meanAndMedian(waits);
        return { source, target, count, meanWait: mean, medianWait: median };
      })
      .sort(byCountThenName((e) => `${e.source}\u0000${e.target}`)),
    starts,
    ends,
  };
}

export { simplifyGraph } from './dfgSimplify';
