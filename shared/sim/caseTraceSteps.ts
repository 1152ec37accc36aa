import { Kind, type Network } from './network';
import type { WatchedCase, WatchedException } from './watchedReplication';
import type { EventLogRow, ExceptionKind } from './types';

/** One activity of a traced case: times in milliseconds since 1970 (UTC) as in the event log, wait and work in seconds. */
export interface CaseTraceStep {
  activityId: string;
  name: string;
  /** The pool's name, or null for an activity without a resource. */
  resource: string | null;
  enabled: number;
  /** Null when it was withdrawn before it started. */
  start: number | null;
  end: number;
  /** From enabled to the start of work (for a withdrawn task, until it was withdrawn). */
  wait: number;
  /** Working time (a pool's closed hours between start and end are not work); a sub-process's whole span. */
  work: number;
  lifecycle: EventLogRow['lifecycle'];
  subProcess: boolean;
}

export interface CaseTraceException {
  kind: ExceptionKind;
  nodeId: string;
  message: string;
  handled: boolean;
  /** Milliseconds since 1970, UTC. */
  time: number;
}

/** One case's timeline: its steps in the order they ended, its path, its exceptions and its totals. */
export interface CaseTrace {
  caseId: string;
  /** From 1. */
  replication: number;
  /** The record it came from, when the run had records. */
  row: number | null;
  key: string | null;
  /** Arrival, in milliseconds since 1970 (UTC). */
  start: number;
  /** Null when the case was still in the system at the end of the run. */
  end: number | null;
  /** Seconds, as the report counts it; null for an unfinished case. */
  cycleTime: number | null;
  /** False for a warm-up case, which the report leaves out. */
  measured: boolean;
  /** Totals over its tasks, in seconds, as the report counts them (sub-processes are not added twice). */
  waiting: number;
  processing: number;
  cost: number;
  steps: CaseTraceStep[];
  /** Activity ids of the steps that were not withdrawn, in order: the case's variant. */
  path: string[];
  exceptions: CaseTraceException[];
}

/** Whether the non-withdrawn rows' activities are exactly `path`, in order (how the report's variants are made). */
export function sameIds(rows: readonly EventLogRow[], path: readonly string[]): boolean {
  let i = 0;
  for (const row of rows) {
    if (row.lifecycle === 'withdraw') continue;
    if (i >= path.length || row.activityId !== path[i]) return false;
    i++;
  }
  return i === path.length;
}

/** A step's wait and work, worked out as the engine does: work counts only the pool's working hours. */
function stepOf(net: Network, row: EventLogRow): CaseTraceStep {
  const node = net.nodes.find((n) => n.id === row.activityId);
  const subProcess = node?.kind === Kind.subProcess;
  const enabled = row.enabled / 1000;
  const end = row.end / 1000;
  let work = 0;
  if (subProcess) work = end - enabled;
  else if (row.start !== null) {
    const calendar = node && node.pool >= 0 ? net.pools[node.pool].calendar : null;
    const from = row.start / 1000 - net.startEpoch;
    const to = end - net.startEpoch;
    work = calendar === null || calendar.always ? to - from : calendar.workingTimeBetween(from, to);
  }
  let wait = subProcess ? 0 : end - enabled - work;
  if (wait < 1e-6) wait = 0; // end − enabled − work leaves rounding dust where there was no wait
  const { activityId, resource, start, lifecycle } = row;
  return {
    activityId,
    name: row.activity,
    resource,
    enabled: row.enabled,
    start,
    end: row.end,
    wait,
    work,
    lifecycle,
    subProcess,
  };
}

/** The trace of a case from what the run told of it and its event-log rows. */
export function caseTraceOf(
  net: Network,
  c: WatchedCase,
  rows: readonly EventLogRow[],
  exceptions: readonly WatchedException[],
): CaseTrace {
  const ms = (t: number) => (net.startEpoch + t) * 1000;
  const steps = rows.map((row) => stepOf(net, row));
  return {
    caseId: c.caseId,
    replication: c.replication,
    row: c.row,
    key: c.key,
    start: ms(c.arrival),
    end: c.end === null ? null : ms(c.end),
    cycleTime: c.end === null ? null : c.end - c.arrival,
    measured: c.measured,
    waiting: c.waiting,
    processing: c.processing,
    cost: c.cost,
    steps,
    path: rows.filter((r) => r.lifecycle !== 'withdraw').map((r) => r.activityId),
    exceptions: exceptions.map((e) => ({ ...e, time: ms(e.time) })),
  };
}
