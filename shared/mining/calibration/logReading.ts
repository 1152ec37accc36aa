import { activityInstances, type EventLog } from '../../log';
import { activityKey } from './mapSteps';

/** One execution of an activity, with the moment the case's previous activity ended (epoch ms). */
export interface ReadInstance {
  start: number | null;
  end: number | null;
  resource?: string;
  /** The latest end (or start) of the case's activities before this one, or null for the first. */
  previous: number | null;
}

/** What calibration reads from a log: instances by activity key, traces, case starts and display names. */
export interface ReadLog {
  byActivity: Map<string, ReadInstance[]>;
  /** Each case's activity keys in the order they began. */
  traces: string[][];
  /** Each case's first moment (epoch ms), in time order. */
  caseStarts: number[];
  /** Each case's first and last moment, for cycle times (ms). */
  spans: { start: number; end: number }[];
  /** The log's own spelling of each activity key. */
  names: Map<string, string>;
  /** Activity keys with at least one instance that has its own start. */
  withStarts: Set<string>;
  /** Whether any event names a resource. */
  hasResources: boolean;
}

const momentOf = (i: { start: number | null; end: number | null }) => i.start ?? i.end ?? Number.POSITIVE_INFINITY;

/** Reads a log into activity instances (start/complete pairs) grouped the ways calibration needs them. */
export function readLog(log: EventLog): ReadLog {
  const read: ReadLog = {
    byActivity: new Map(),
    traces: [],
    caseStarts: [],
    spans: [],
    names: new Map(),
    withStarts: new Set(),
    hasResources: false,
  };
  for (const entry of log.cases) {
    const instances = activityInstances(entry)
      .instances.slice()
      .sort((a, b) => momentOf(a) - momentOf(b));
    const trace: string[] = [];
    let previous: number | null = null;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const instance of instances) {
      const key = activityKey(instance.activity);
      if (!read.names.has(key)) read.names.set(key, instance.activity.trim());
      trace.push(key);
      if (instance.start !== null) read.withStarts.add(key);
      if (instance.resource) read.hasResources = true;
      const list = read.byActivity.get(key) ?? read.byActivity.set(key, []).get(key)!;
      list.push({ start: instance.start, end: instance.end, resource: instance.resource, previous });
      for (const t of [instance.start, instance.end]) {
        if (t === null) continue;
        if (t < first) first = t;
        if (t > last) last = t;
      }
      const reached = instance.end ?? instance.start;
      if (reached !== null) previous = previous === null ? reached : Math.max(previous, reached);
    }
    read.traces.push(trace);
    if (Number.isFinite(first)) {
      read.caseStarts.push(first);
      read.spans.push({ start: first, end: last });
    }
  }
  read.caseStarts.sort((a, b) => a - b);
  return read;
}
