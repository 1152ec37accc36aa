import type { StatSummary } from './statistics';

export type { StatSummary } from './statistics';

/** The data a case carries: the record its FEEL conditions read, and optionally a queue priority and a label. */
export interface CaseInput {
  record: Readonly<Record<string, unknown>> | null;
  /** Higher goes first in resource queues, after the task's own priority. */
  priority?: number;
  /** How the case is named in exception examples and the event log, e.g. "row 42". */
  label?: string;
}

/** Where cases get their data. Without one, cases carry no record and gateways route by probabilities. */
export interface CaseDataSource {
  /** The n-th case (from 0) of a replication; `uniform` draws from the replication's own stream (for bootstrapping). */
  caseAt(index: number, uniform: () => number): CaseInput;
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
  /** Fraction done, in [0, 1]; called every 131,072 events and once at the end. */
  onProgress?: (fraction: number) => void;
  /** Polled every 4,096 events; returning true stops the run with FW_SIM_CANCELLED. */
  shouldCancel?: () => boolean;
  /** Receives every activity of every case; without it nothing is kept per case. */
  eventLog?: (row: EventLogRow) => void;
}

export type ExceptionKind = 'missing-field' | 'invalid-field' | 'no-route' | 'error-event' | 'sla-breach' | 'loop-limit' | 'unfinished';

export interface ActivityReport {
  id: string;
  name: string;
  count: number;
  waiting: StatSummary;
  processing: StatSummary;
  queueLength: { mean: number; max: number };
}

export interface ResourceReport {
  id: string;
  utilization: number;
  busyTime: number;
  cost: number;
}

export interface ExceptionReport {
  kind: ExceptionKind;
  nodeId: string;
  count: number;
  examples: string[];
  message: string;
}

/** The simulation report of DESIGN.md §5. */
export interface SimulationReport {
  model: string;
  scenario: string | null;
  seed: number;
  replications: number;
  cases: { started: number; completed: number; inProgress: number; withExceptions: number };
  cycleTime: StatSummary;
  waitingTime: StatSummary;
  processingTime: StatSummary;
  throughputPerHour: number;
  wip: { mean: number; max: number };
  costPerCase: StatSummary;
  handoffsPerCase: StatSummary;
  activities: ActivityReport[];
  resources: ResourceReport[];
  flows: Array<{ id: string; count: number }>;
  bottlenecks: Array<{ id: string; score: number; reason: string }>;
  exceptions: ExceptionReport[];
}
