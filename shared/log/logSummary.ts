import { activityInstances } from './activityInstances';
import type { EventLog, LogCase } from './eventLog';

export interface ActivityCount {
  name: string;
  /** Executions (a start/complete pair counts once). */
  instances: number;
  events: number;
  /** Cases in which the activity happens at least once. */
  cases: number;
}

export interface Variant {
  /** The activities of the case in the order they began. */
  activities: string[];
  cases: number;
  /** Share of all cases, 0..1. */
  share: number;
}

export interface DurationBin {
  /** Milliseconds; the last bin includes its upper edge. */
  from: number;
  to: number;
  cases: number;
}

export interface CaseDurations {
  /** Milliseconds, over the cases with at least one timed event. */
  min: number;
  max: number;
  mean: number;
  median: number;
  bins: DurationBin[];
}

/** What a log holds at a glance: the figures Disco and PM4Py show first. */
export interface LogSummary {
  cases: number;
  events: number;
  activities: ActivityCount[];
  resources: { name: string; events: number }[];
  /** Epoch milliseconds of the first and last event time; null when no event has a time. */
  start: number | null;
  end: number | null;
  variants: Variant[];
  caseDuration: CaseDurations | null;
  eventsWithoutTime: number;
  /** Start events never completed and complete events without their start, over all cases. */
  unpairedEvents: number;
}

function caseSpan(entry: LogCase): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const event of entry.events) {
    for (const time of [event.start, event.timestamp]) {
      if (time === undefined || time === null) continue;
      if (time < first) first = time;
      if (time > last) last = time;
    }
  }
  return first === Infinity ? null : [first, last];
}

/** Equal-width bins over the durations; Sturges' rule for their number (at most 30), as histograms commonly do. */
export function durationBins(durations: readonly number[]): DurationBin[] {
  if (durations.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const d of durations) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  if (max === min) return [{ from: min, to: max, cases: durations.length }];
  const count = Math.min(30, Math.ceil(Math.log2(durations.length)) + 1);
  const width = (max - min) / count;
  const bins = Array.from({ length: count }, (_, i) => ({
    from: min + i * width,
    to: i === count - 1 ? max : min + (i + 1) * width,
    cases: 0,
  }));
  for (const d of durations) bins[Math.min(count - 1, Math.floor((d - min) / width))].cases++;
  return bins;
}

function durationStats(durations: number[]): CaseDurations | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const mean = sorted.reduce((sum, d) => sum + d, 0) / sorted.length;
  return { min: sorted[0], max: sorted[sorted.length - 1], mean, median, bins: durationBins(sorted) };
}

/** The summary of a log: counts, time span, variants by frequency and the distribution of case durations. */
export function summarizeLog(log: EventLog): LogSummary {
  const activities = new Map<string, ActivityCount>();
  const resources = new Map<string, number>();
  const variants = new Map<string, Variant>();
  const durations: number[] = [];
  let events = 0;
  let eventsWithoutTime = 0;
  let unpairedEvents = 0;
  let start = Infinity;
  let end = -Infinity;
  for (const entry of log.cases) {
    events += entry.events.length;
    for (const event of entry.events) {
      const count = activities.get(event.activity);
      if (count) count.events++;
      else activities.set(event.activity, { name: event.activity, instances: 0, events: 1, cases: 0 });
      if (event.resource !== undefined) resources.set(event.resource, (resources.get(event.resource) ?? 0) + 1);
      if (event.timestamp === null) eventsWithoutTime++;
    }
    const { instances, unpaired } = activityInstances(entry);
    unpairedEvents += unpaired.length;
    const seen = new Set<string>();
    for (const instance of instances) {
      const count = activities.get(instance.activity)!;
      count.instances++;
      if (!seen.has(instance.activity)) count.cases++;
      seen.add(instance.activity);
    }
    const sequence = instances.map((instance) => instance.activity);
    const key = sequence.join('\u0000');
    const variant = variants.get(key);
    if (variant) variant.cases++;
    else variants.set(key, { activities: sequence, cases: 1, share: 0 });
    const span = caseSpan(entry);
    if (span) {
      durations.push(span[1] - span[0]);
      if (span[0] < start) start = span[0];
      if (span[1] > end) end = span[1];
    }
  }
  const cases = log.cases.length;
  const variantList = [...variants.values()].sort((a, b) => b.cases - a.cases); // stable: ties keep first-met order
  for (const variant of variantList) variant.share = cases ? variant.cases / cases : 0;
  return {
    cases,
    events,
    activities: [...activities.values()].sort((a, b) => b.instances - a.instances || a.name.localeCompare(b.name)),
    resources: [...resources]
      .map(([name, count]) => ({ name, events: count }))
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name)),
    start: start === Infinity ? null : start,
    end: end === -Infinity ? null : end,
    variants: variantList,
    caseDuration: durationStats(durations),
    eventsWithoutTime,
    unpairedEvents,
  };
}
