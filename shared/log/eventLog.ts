import type { ErrorCode } from '../model/errors';

/** A value of a log attribute: XES types map onto these (dates as epoch milliseconds, lists as arrays). */
export type LogValue = string | number | boolean | null | LogValue[] | { [key: string]: LogValue };

export type LogAttributes = Record<string, LogValue>;

/** One event of a case, with the standard attributes lifted out and all others kept under `attributes`. */
export interface LogEvent {
  activity: string;
  /** Milliseconds since 1970-01-01T00:00:00Z; null when the event has no readable time. */
  timestamp: number | null;
  /** When the event itself carries the start of its activity instance (a CSV start column, a start_timestamp). */
  start?: number;
  /** lifecycle:transition in lower case ("start", "complete", ...); absent means the event completes its activity. */
  lifecycle?: string;
  resource?: string;
  role?: string;
  cost?: number;
  attributes: LogAttributes;
  /** The line of the source the event starts on (1-based), for reports. */
  line: number;
}

/** A case (an XES trace): its id, its own attributes and its events in time order. */
export interface LogCase {
  id: string;
  attributes: LogAttributes;
  events: LogEvent[];
  line: number;
}

/** Something the reader met and worked around; the data it concerns is kept where it could be. */
export interface LogWarning {
  code: ErrorCode;
  /** 'note' for what is standard but worth knowing; 'warning' for values or structure that broke a rule. */
  severity: 'warning' | 'note';
  message: string;
  /** The first line where it happened. */
  line: number;
  /** Further lines where the same thing happened (up to a few; `count` says how many in all). */
  lines: number[];
  count: number;
}

export type LogFormat = 'xes' | 'csv';

/** An event log as read from XES or CSV: the common input of the summary, discovery and conformance. */
export interface EventLog {
  format: LogFormat;
  name?: string;
  attributes: LogAttributes;
  cases: LogCase[];
  warnings: LogWarning[];
}

/** Keys that always live on the event itself, never in `attributes`. */
export const standardEventKeys = {
  activity: 'concept:name',
  timestamp: 'time:timestamp',
  lifecycle: 'lifecycle:transition',
  resource: 'org:resource',
  role: 'org:role',
  cost: 'cost:total',
} as const;

/** The number of events of a log. */
export function eventCount(log: EventLog): number {
  let count = 0;
  for (const entry of log.cases) count += entry.events.length;
  return count;
}
