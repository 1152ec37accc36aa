import { activityInstances, type ActivityInstance } from '../activityInstances';
import type { EventLog } from '../eventLog';

/**
 * One distinct trace with how many cases follow it. `concurrent` lists the pairs of positions (i < j) whose
 * executions overlap in time (from start and complete events): their order in the trace says nothing.
 */
export interface TraceEntry {
  trace: string[];
  count: number;
  concurrent: [number, number][];
}

/** A log as the miner sees it: each distinct trace (activity names in the order they began) by its key. */
export type TraceLog = Map<string, TraceEntry>;

const keyOf = (trace: readonly string[], concurrent: readonly [number, number][]) =>
  concurrent.length ? `${trace.join('\u0000')}\u0001${concurrent.join(';')}` : trace.join('\u0000');

/** Adds `count` cases following `trace` to the log. */
export function addTrace(log: TraceLog, trace: string[], count: number, concurrent: [number, number][] = []): void {
  const key = keyOf(trace, concurrent);
  const known = log.get(key);
  if (known) known.count += count;
  else log.set(key, { trace, count, concurrent });
}

/** Adds the part of an entry at the given positions (in order), its overlaps carried over. */
export function addPart(log: TraceLog, entry: TraceEntry, positions: number[]): void {
  const trace = positions.map((i) => entry.trace[i]);
  if (entry.concurrent.length === 0) return addTrace(log, trace, entry.count);
  const at = new Map(positions.map((p, i) => [p, i]));
  const concurrent: [number, number][] = [];
  for (const [i, j] of entry.concurrent) if (at.has(i) && at.has(j)) concurrent.push([at.get(i)!, at.get(j)!]);
  addTrace(log, trace, entry.count, concurrent);
}

// Overlaps are looked for among this many following executions: enough for any real parallel block.
const overlapWindow = 64;

function overlaps(instances: ActivityInstance[]): [number, number][] {
  const pairs: [number, number][] = [];
  const span = instances.map((x) => [x.start ?? x.end, x.end ?? x.start] as const);
  for (let i = 0; i < instances.length; i++)
    for (let j = i + 1; j < Math.min(instances.length, i + overlapWindow); j++) {
      const [si, ei] = span[i];
      const [sj, ej] = span[j];
      if (si === null || ei === null || sj === null || ej === null) continue;
      if (sj < ei && si < ej) pairs.push([i, j]);
    }
  return pairs;
}

/** The traces of an event log: each case's activity instances in the order they began, with their overlaps. */
export function traceLogOf(log: EventLog): TraceLog {
  const traces: TraceLog = new Map();
  for (const entry of log.cases) {
    const { instances } = activityInstances(entry);
    addTrace(
      traces,
      instances.map((i) => i.activity),
      1,
      overlaps(instances),
    );
  }
  return traces;
}

/** The number of cases of a trace log. */
export function traceCount(log: TraceLog): number {
  let count = 0;
  for (const { count: n } of log.values()) count += n;
  return count;
}

/** The directly-follows relation of a trace log, with its start and end activities, by counts. */
export interface TraceDfg {
  activities: Map<string, number>;
  edges: Map<string, Map<string, number>>;
  starts: Map<string, number>;
  ends: Map<string, number>;
}

const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);

/**
 * Adds one trace's relations: b follows a when b began after a ended with no execution wholly between them, and
 * overlapping executions follow each other both ways (as the lifecycle-aware inductive miner reads them); the
 * starts are the executions nothing ended before, the ends those nothing began after.
 */
function addEntry(dfg: TraceDfg, { trace, count, concurrent }: TraceEntry): void {
  const edge = (a: string, b: string) => {
    let out = dfg.edges.get(a);
    if (!out) dfg.edges.set(a, (out = new Map()));
    bump(out, b, count);
  };
  for (const a of trace) bump(dfg.activities, a, count);
  if (concurrent.length === 0) {
    for (let i = 1; i < trace.length; i++) edge(trace[i - 1], trace[i]);
    bump(dfg.starts, trace[0], count);
    bump(dfg.ends, trace[trace.length - 1], count);
    return;
  }
  const together = new Set(concurrent.map(([i, j]) => i * trace.length + j));
  const overlap = (i: number, j: number) => together.has(Math.min(i, j) * trace.length + Math.max(i, j));
  for (const [i, j] of concurrent) {
    edge(trace[i], trace[j]);
    edge(trace[j], trace[i]);
  }
  for (let i = 0; i < trace.length; i++)
    for (let j = i + 1; j < Math.min(trace.length, i + overlapWindow); j++) {
      if (overlap(i, j)) continue;
      let between = false;
      for (let k = i + 1; k < j && !between; k++) between = !overlap(i, k) && !overlap(k, j);
      if (!between) edge(trace[i], trace[j]);
    }
  for (let i = 0; i < trace.length; i++) {
    let first = true;
    for (let k = 0; k < i && first; k++) first = overlap(k, i);
    if (!first) break;
    bump(dfg.starts, trace[i], count);
  }
  for (let i = trace.length - 1; i >= 0; i--) {
    let last = true;
    for (let k = i + 1; k < trace.length && last; k++) last = overlap(i, k);
    if (!last) break;
    bump(dfg.ends, trace[i], count);
  }
}

/** The directly-follows counts of a trace log. */
export function traceDfg(log: TraceLog): TraceDfg {
  const dfg: TraceDfg = { activities: new Map(), edges: new Map(), starts: new Map(), ends: new Map() };
  for (const entry of log.values()) if (entry.trace.length) addEntry(dfg, entry);
  return dfg;
}

/** Whether `source` is directly followed by `target` somewhere in the graph. */
export function follows(dfg: TraceDfg, source: string, target: string): boolean {
  return dfg.edges.get(source)?.has(target) ?? false;
}

/**
 * The graph without its infrequent parts (IMf): an edge is dropped when it is rarer than `noise` times the most
 * frequent way out of its source (ending the case included); start and end activities likewise against the most
 * frequent one.
 */
export function filterDfg(dfg: TraceDfg, noise: number): TraceDfg {
  const edges = new Map<string, Map<string, number>>();
  for (const [source, out] of dfg.edges) {
    let most = dfg.ends.get(source) ?? 0;
    for (const n of out.values()) most = Math.max(most, n);
    const kept = new Map([...out].filter(([, n]) => n >= noise * most));
    if (kept.size) edges.set(source, kept);
  }
  const strongest = (counts: Map<string, number>) => {
    const most = Math.max(0, ...counts.values());
    return new Map([...counts].filter(([, n]) => n >= noise * most));
  };
  return { activities: dfg.activities, edges, starts: strongest(dfg.starts), ends: strongest(dfg.ends) };
}
