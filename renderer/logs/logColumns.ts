import type { LogAttributes, LogCase, LogEvent } from '../../shared/log';

/**
 * The events of a run of cases as columns: typed arrays for times, lines and costs, and indexes into one list of
 * the repeated texts (activities, resources, roles, lifecycles). A million events stored as objects would repeat
 * every key and every activity name; as columns they take a fraction of the space and load in one read per chunk.
 */
export interface LogColumns {
  /** The distinct texts the index columns point into. */
  strings: string[];
  caseIds: string[];
  caseLines: Uint32Array;
  /** A case's own attributes; null when it has none. */
  caseAttributes: (LogAttributes | null)[];
  /** How many of the events, in order, belong to each case. */
  caseEvents: Uint32Array;
  activity: Uint32Array;
  /** Epoch milliseconds; NaN for an event without a time (timestamp) or without a start of its own (start). */
  timestamp: Float64Array;
  start: Float64Array;
  /** Indexes into `strings`; -1 when the event has none. */
  lifecycle: Int32Array;
  resource: Int32Array;
  role: Int32Array;
  /** NaN when the event has no cost. */
  cost: Float64Array;
  line: Uint32Array;
  /** The other attributes of each event; null when it has none. */
  attributes: (LogAttributes | null)[];
}

/** Cases are grouped into chunks of about this many events. */
export const chunkEvents = 20_000;

/** Splits the cases into runs of about `chunkEvents` events (a case is never split). */
export function chunkCases(cases: readonly LogCase[], size = chunkEvents): LogCase[][] {
  const chunks: LogCase[][] = [];
  let current: LogCase[] = [];
  let events = 0;
  for (const entry of cases) {
    current.push(entry);
    events += entry.events.length;
    if (events >= size) {
      chunks.push(current);
      current = [];
      events = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

const isEmpty = (attributes: LogAttributes) => {
  for (const key in attributes) if (Object.hasOwn(attributes, key)) return false;
  return true;
};

/** The cases as columns; `toCases` gives them back as they were. */
export function toColumns(cases: readonly LogCase[]): LogColumns {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (text: string | undefined): number => {
    if (text === undefined) return -1;
    let index = indexOf.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexOf.set(text, index);
    }
    return index;
  };
  let total = 0;
  for (const entry of cases) total += entry.events.length;
  const columns: LogColumns = {
    strings,
    caseIds: cases.map((entry) => entry.id),
    caseLines: Uint32Array.from(cases, (entry) => entry.line),
    caseAttributes: cases.map((entry) => (isEmpty(entry.attributes) ? null : entry.attributes)),
    caseEvents: Uint32Array.from(cases, (entry) => entry.events.length),
    activity: new Uint32Array(total),
    timestamp: new Float64Array(total),
    start: new Float64Array(total),
    lifecycle: new Int32Array(total),
    resource: new Int32Array(total),
    role: new Int32Array(total),
    cost: new Float64Array(total),
    line: new Uint32Array(total),
    attributes: new Array<LogAttributes | null>(total),
  };
  let i = 0;
  for (const entry of cases)
    for (const event of entry.events) {
      columns.activity[i] = intern(event.activity);
      columns.timestamp[i] = event.timestamp ?? NaN;
      columns.start[i] = event.start ?? NaN;
      columns.lifecycle[i] = intern(event.lifecycle);
      columns.resource[i] = intern(event.resource);
      columns.role[i] = intern(event.role);
      columns.cost[i] = event.cost ?? NaN;
      columns.line[i] = event.line;
      columns.attributes[i] = isEmpty(event.attributes) ? null : event.attributes;
      i++;
    }
  return columns;
}

/** The cases stored as columns, with events as the readers make them (absent fields left out). */
export function toCases(columns: LogColumns): LogCase[] {
  const { strings } = columns;
  const cases: LogCase[] = [];
  let i = 0;
  for (let c = 0; c < columns.caseIds.length; c++) {
    const events: LogEvent[] = [];
    for (let end = i + columns.caseEvents[c]; i < end; i++) {
      const timestamp = columns.timestamp[i];
      const event: LogEvent = {
        activity: strings[columns.activity[i]],
        timestamp: Number.isNaN(timestamp) ? null : timestamp,
        attributes: columns.attributes[i] ?? {},
        line: columns.line[i],
      };
      if (!Number.isNaN(columns.start[i])) event.start = columns.start[i];
      if (columns.lifecycle[i] >= 0) event.lifecycle = strings[columns.lifecycle[i]];
      if (columns.resource[i] >= 0) event.resource = strings[columns.resource[i]];
      if (columns.role[i] >= 0) event.role = strings[columns.role[i]];
      if (!Number.isNaN(columns.cost[i])) event.cost = columns.cost[i];
      events.push(event);
    }
    cases.push({
      id: columns.caseIds[c],
      attributes: columns.caseAttributes[c] ?? {},
      events,
      line: columns.caseLines[c],
    });
  }
  return cases;
}
