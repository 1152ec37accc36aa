import type { CaseRecord } from '../data';
import type { HistogramBin, StatSummary } from './statistics';

export type { HistogramBin, StatSummary } from './statistics';

/** The data a case carries: the record its FEEL conditions read, and optionally a queue priority and a label. */
export interface CaseInput {
  record: Readonly<Record<string, unknown>> | null;
  /** Higher goes first in resource queues, after the task's own priority. */
  priority?: number;
  /** How the case is named in exception examples and the event log, e.g. "row 42". */
  label?: string;
  /** The source row of its record, and the record's key, for the per-record exception list. */
  row?: number;
  key?: string | null;
}

/** Where cases get their data. Without one, cases carry no record and gateways route by probabilities. */
export interface CaseDataSource {
  /** The n-th case (from 0) of a replication; `uniform` draws from the replication's own stream (for bootstrapping). */
  caseAt(index: number, uniform: () => number): CaseInput;
  /** Seconds after the start at which the n-th case arrives (replay); without it the arrival distribution paces cases. */
  arrivalAt?(index: number): number;
}

/**
 * How records become cases: `file` one case per record in file order; `replay` one per record at its own arrival
 * time; `bootstrap` each case draws a record with replacement; `auto` replays when records have arrival times,
 * else takes file order, or bootstraps when more cases are asked for than there are records.
 */
export type RecordOrder = 'auto' | 'file' | 'replay' | 'bootstrap';

/** A record that could not become a case (in replay, one without an arrival time). */
export interface SkippedRecord {
  row: number;
  key: string | null;
  message: string;
}

/** One activity of one case, for the event log (times in milliseconds since 1970, UTC). */
export interface EventLogRow {
  replication: number;
  caseId: string;
  activityId: string;
  activity: string;
  /** The pool's name, or null for tasks without a resource. */
  resource: string | null;
  enabled: number;
  /** Null when the task was withdrawn before it started. */
  start: number | null;
  end: number;
  /** `complete`; `ate_abort` when a timer interrupted it; `withdraw` when it was interrupted before starting. */
  lifecycle: 'complete' | 'ate_abort' | 'withdraw';
}

export interface SimulationOptions {
  seed?: number;
  replications?: number;
  /** Cases per replication (default: the map's simulation.cases). */
  cases?: number;
  /** Applies the scenario's overrides before the run. */
  scenario?: string | null;
  caseData?: CaseDataSource;
  /** Case records (shared/data's mapColumns); the run's cases come from them. Not together with caseData. */
  records?: readonly CaseRecord[];
  /** How records become cases (default auto). */
  recordOrder?: RecordOrder;
  /** Keep every exception with its case and record in report.exceptionRecords: true for up to 10,000, or a limit. */
  exceptionRecords?: boolean | number;
  /** Fraction done, in [0, 1]; called every 131,072 events and once at the end. */
  onProgress?: (fraction: number) => void;
  /** Polled every 4,096 events; returning true stops the run with FW_SIM_CANCELLED. */
  shouldCancel?: () => boolean;
  /** Receives every activity of every case; without it nothing is kept per case. */
  eventLog?: (row: EventLogRow) => void;
  /** Called as each case ends (after its last eventLog row) with its log id, so a log writer can close its trace. */
  onCaseEnd?: (caseId: string) => void;
}

export type ExceptionKind =
  'missing-field' | 'invalid-field' | 'no-route' | 'error-event' | 'sla-breach' | 'loop-limit' | 'unfinished';

export interface ActivityReport {
  id: string;
  name: string;
  count: number;
  waiting: StatSummary;
  processing: StatSummary;
  queueLength: { mean: number; max: number };
  /** Direct cost of its work over all replications: the pool's rate per hour of work plus the task's fixed cost. */
  cost: number;
}

/** One path through the map: the activities a completed case ran, in the order they ended. */
export interface VariantReport {
  /** Activity ids, in the order they ended (a withdrawn activity, never started, is not part of the path). */
  path: string[];
  /** Completed cases that took this path, over all replications. */
  count: number;
  /** Mean cycle time of those cases, in seconds. */
  meanCycleTime: number;
}

/**
 * Work in progress and queue lengths over simulated time, from the start of measuring, as the mean over the
 * replications that reached each point. Point i covers [i × step, (i + 1) × step) seconds.
 */
export interface TimeSeriesReport {
  /** Seconds per point. */
  step: number;
  /** Mean cases in the system during each point. */
  wip: number[];
  /** Mean cases waiting for each activity that has a pool, in the order of `activities`. */
  queues: Array<{ id: string; values: number[] }>;
}

export interface ResourceReport {
  id: string;
  utilization: number;
  busyTime: number;
  cost: number;
  /** Of cost, what its capacity costs over its working hours whether busy or idle (capacity cost per hour). */
  capacityCost: number;
}

export interface ExceptionReport {
  kind: ExceptionKind;
  nodeId: string;
  count: number;
  /** Of count, those where the case went on along a path the map has for it (an error boundary, a timer's path). */
  handled: number;
  examples: string[];
  message: string;
}

/** One exception of one case, with the record it came from (the Exceptions view and its CSV work list). */
export interface ExceptionRecord {
  /** From 1. */
  replication: number;
  caseId: string;
  /** The record's source row and key; null for cases without a record. */
  row: number | null;
  key: string | null;
  kind: ExceptionKind;
  nodeId: string;
  /** In words, with the record's values ("amount = -5 fails amount > 0"). */
  message: string;
  handled: boolean;
  /** When it happened, ISO 8601 UTC. */
  time: string;
}

/** The simulation report of DESIGN.md §5. */
export interface SimulationReport {
  model: string;
  scenario: string | null;
  seed: number;
  replications: number;
  cases: { started: number; completed: number; inProgress: number; withExceptions: number };
  cycleTime: StatSummary;
  /** The completed cases' cycle times in 30 equal ranges, for a histogram. */
  cycleTimeHistogram: HistogramBin[];
  waitingTime: StatSummary;
  processingTime: StatSummary;
  throughputPerHour: number;
  /** Seconds of simulated time measured, summed over the replications (each from its first measured arrival). */
  measuredTime: number;
  wip: { mean: number; max: number };
  costPerCase: StatSummary;
  handoffsPerCase: StatSummary;
  activities: ActivityReport[];
  resources: ResourceReport[];
  flows: Array<{ id: string; count: number }>;
  bottlenecks: Array<{ id: string; score: number; reason: string }>;
  exceptions: ExceptionReport[];
  /** The most frequent paths of completed cases (at most 50), most frequent first. */
  variants: VariantReport[];
  /** Completed cases whose path is not among `variants` (rarer paths, or beyond the number of paths followed). */
  otherVariantCases: number;
  timeSeries: TimeSeriesReport;
  /** With options.records: how they became cases, and those that could not. */
  caseData?: { order: Exclude<RecordOrder, 'auto'>; records: number; skipped: SkippedRecord[] };
  /** With options.exceptionRecords: every exception in the order they happened, up to the limit. */
  exceptionRecords?: ExceptionRecord[];
  /** Exceptions left out of exceptionRecords beyond the limit. */
  exceptionRecordsOmitted?: number;
}
