import { activityInstances } from './activityInstances';
import type { EventLog, LogCase, LogEvent, LogValue } from './eventLog';

/**
 * Which cases of a time frame to keep, as Disco offers them: cases wholly inside it, cases overlapping it, cases
 * that start or that end inside it, or every case overlapping it cut down to the events inside it.
 */
export type TimeRangeMode = 'contained' | 'intersecting' | 'started' | 'completed' | 'trim';

/** What to keep of a log; every part given must hold (parts left out keep everything). */
export interface LogFilter {
  /** Epoch ms, both ends included; null leaves that end open. Cases without any time are left out. */
  timeRange?: { from: number | null; to: number | null; mode: TimeRangeMode };
  /** Traces (activity names in order) whose cases are kept; applied after the other parts. */
  variants?: string[][];
  /** Cases whose own attribute (scope 'case') or any of whose events' attribute (scope 'event') has one of the values. */
  attribute?: { scope: 'case' | 'event'; key: string; values: string[] };
  /** Cases in which the activity happens (with) or never happens (without). */
  activity?: { name: string; keep: 'with' | 'without' };
}

/** The key of a trace, for telling variants apart (activity names cannot hold U+0000). */
export function variantKey(trace: readonly string[]): string {
  return trace.join('\u0000');
}

/** A case's trace: the activity names of its activity instances in the order they began. */
export function caseTrace(entry: LogCase): string[] {
  return activityInstances(entry).instances.map((instance) => instance.activity);
}

/** The text a value is compared by: numbers and booleans as written, lists and objects never match. */
export function valueText(value: LogValue | undefined): string | null {
  if (value === null || value === undefined || typeof value === 'object') return null;
  return String(value);
}

/** An event's attribute, the standard ones lifted out of `attributes` included. */
export function eventAttribute(event: LogEvent, key: string): LogValue | undefined {
  switch (key) {
    case 'concept:name':
      return event.activity;
    case 'org:resource':
      return event.resource;
    case 'org:role':
      return event.role;
    case 'lifecycle:transition':
      return event.lifecycle;
    default:
      return event.attributes[key];
  }
}

/** A case's attribute; its `concept:name` is its id. */
export function caseAttribute(entry: LogCase, key: string): LogValue | undefined {
  return key === 'concept:name' ? entry.id : entry.attributes[key];
}

function eventTimes(event: LogEvent): number[] {
  const times: number[] = [];
  if (event.start !== undefined) times.push(event.start);
  if (event.timestamp !== null) times.push(event.timestamp);
  return times;
}

function caseSpan(entry: LogCase): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const event of entry.events)
    for (const time of eventTimes(event)) {
      first = Math.min(first, time);
      last = Math.max(last, time);
    }
  return first === Infinity ? null : [first, last];
}

function inTimeRange(entry: LogCase, range: NonNullable<LogFilter['timeRange']>): LogCase | null {
  const span = caseSpan(entry);
  if (!span) return null;
  const from = range.from ?? -Infinity;
  const to = range.to ?? Infinity;
  const inside = (time: number) => time >= from && time <= to;
  switch (range.mode) {
    case 'contained':
      return inside(span[0]) && inside(span[1]) ? entry : null;
    case 'intersecting':
      return span[0] <= to && span[1] >= from ? entry : null;
    case 'started':
      return inside(span[0]) ? entry : null;
    case 'completed':
      return inside(span[1]) ? entry : null;
    case 'trim': {
      // An event counts as inside when all its times are: a start/complete pair cut by the frame loses its outer half.
      const events = entry.events.filter((event) => {
        const times = eventTimes(event);
        return times.length > 0 && times.every(inside);
      });
      return events.length === 0 ? null : { ...entry, events };
    }
  }
}

function hasAttribute(entry: LogCase, attribute: NonNullable<LogFilter['attribute']>): boolean {
  const wanted = new Set(attribute.values);
  const matches = (value: LogValue | undefined) => {
    const text = valueText(value);
    return text !== null && wanted.has(text);
  };
  if (attribute.scope === 'case') return matches(caseAttribute(entry, attribute.key));
  return entry.events.some((event) => matches(eventAttribute(event, attribute.key)));
}

/**
 * The log with only the cases the filter keeps (and, for a trimming time range, only their events inside it); the
 * log's own attributes and import warnings are kept as they are. An empty filter gives the log itself.
 */
export function filterLog(log: EventLog, filter: LogFilter): EventLog {
  const { timeRange, attribute, activity, variants } = filter;
  // Nothing to filter: the same log, so that views keyed on it need not recompute.
  if (!timeRange && !attribute && !activity && !variants) return log;
  const wantedVariants = variants ? new Set(variants.map(variantKey)) : null;
  const cases: LogCase[] = [];
  for (const original of log.cases) {
    const entry = timeRange ? inTimeRange(original, timeRange) : original;
    if (!entry) continue;
    if (attribute && !hasAttribute(entry, attribute)) continue;
    if (activity) {
      const happens = entry.events.some((event) => event.activity === activity.name);
      if (happens !== (activity.keep === 'with')) continue;
    }
    if (wantedVariants && !wantedVariants.has(variantKey(caseTrace(entry)))) continue;
    cases.push(entry);
  }
  return { ...log, cases };
}
