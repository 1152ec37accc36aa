import { FlowwrightError, type ProcessModel } from '../model';
import { applyScenario } from './scenario';
import { startSimulation, type SimulationRun } from './simulate';
import { caseTraceOf, sameIds, type CaseTrace } from './caseTraceSteps';
import { WatchedReplication, type CaseWatcher, type WatchedCase, type WatchedException } from './watchedReplication';
import type { Network } from './network';
import type { EventLogRow, SimulationOptions } from './types';

export type { CaseTrace, CaseTraceException, CaseTraceStep } from './caseTraceSteps';

/**
 * Which case to trace: one case of one replication (from 1, its id as in the exception list), the first measured
 * case to complete along a variant's path (activity ids in the order they ended), or the first measured case to
 * complete with a cycle time in [from, to) seconds.
 */
export type CaseTraceTarget =
  | { kind: 'case'; replication: number; caseId: string }
  | { kind: 'variant'; path: readonly string[] }
  | { kind: 'cycleTime'; from: number; to: number };

/** The traced case, with a note when it is only the nearest to what was asked; or why there is none. */
export type CaseTraceOutcome =
  { found: true; trace: CaseTrace; note: string | null } | { found: false; message: string };

/** A trace that advances in slices like a run, and stops as soon as it has its case. */
export interface CaseTraceRun {
  /** Processes up to `maxEvents` events; true once the case is found or there is nothing more to look at. */
  advance(maxEvents: number): boolean;
  readonly progress: number;
  readonly events: number;
  /** Only once advance() has returned true. */
  outcome(): CaseTraceOutcome;
}

const cancelEvery = 4096;
const progressEvery = 32; // slices of cancelEvery events, as often as a run reports progress
const duration = (s: number) => `${Math.round(s * 100) / 100} s`;

/** Whether a completed case matches the target; cycle-time ranges are half-open, as the histogram's bins. */
function matches(target: CaseTraceTarget, c: WatchedCase, rows: readonly EventLogRow[]): boolean {
  if (target.kind === 'case') return c.caseId === target.caseId;
  if (c.end === null || !c.measured) return false;
  if (target.kind === 'variant') return sameIds(rows, target.path);
  const cycle = c.end - c.arrival;
  return cycle >= target.from && cycle < target.to;
}

/** How far a completed measured case's cycle time lies from the range (0 at its closed upper end). */
function distance(target: CaseTraceTarget, c: WatchedCase): number {
  if (target.kind !== 'cycleTime' || c.end === null || !c.measured) return Infinity;
  const cycle = c.end - c.arrival;
  return cycle < target.from ? target.from - cycle : Math.max(0, cycle - target.to);
}

function notFound(target: CaseTraceTarget): string {
  if (target.kind === 'case') return `case ${target.caseId} was not found in run ${target.replication}`;
  if (target.kind === 'variant') return `no completed case took the path of ${target.path.length} steps asked for`;
  return `no completed case took from ${duration(target.from)} to ${duration(target.to)}`;
}

/**
 * Starts re-running a simulation (same model, options and seed, so the same cases) to find one case and trace it:
 * its steps from the event log, its exceptions and its totals. A case target runs its own replication only.
 */
export function startCaseTrace(model: ProcessModel, options: SimulationOptions, target: CaseTraceTarget): CaseTraceRun {
  const runnable = options.scenario ? applyScenario(model, options.scenario) : model;
  const replications = options.replications ?? runnable.simulation.replications;
  if (target.kind === 'case' && !(Number.isInteger(target.replication) && target.replication >= 1))
    throw new FlowwrightError('FW_USAGE', `there is no run ${target.replication}`);
  if (target.kind === 'case' && target.replication > replications) {
    const message = `there is no run ${target.replication}: the simulation had ${replications}`;
    return { advance: () => true, progress: 1, events: 0, outcome: () => ({ found: false, message }) };
  }
  const rows = new Map<string, EventLogRow[]>();
  const exceptions = new Map<string, WatchedException[]>();
  let net: Network | null = null;
  let outcome: CaseTraceOutcome | null = null;
  let nearest: { trace: CaseTrace; distance: number } | null = null;
  const watcher: CaseWatcher = {
    exception(caseId, exception) {
      if (target.kind === 'case' && caseId !== target.caseId) return;
      const list = exceptions.get(caseId);
      if (list) list.push(exception);
      else exceptions.set(caseId, [exception]);
    },
    ended(c) {
      const own = rows.get(c.caseId) ?? [];
      const trace = () => caseTraceOf(net!, c, own, exceptions.get(c.caseId) ?? []);
      if (outcome === null && matches(target, c, own)) outcome = { found: true, trace: trace(), note: null };
      const away = distance(target, c);
      if (outcome === null && away < (nearest?.distance ?? Infinity)) nearest = { trace: trace(), distance: away };
      rows.delete(c.caseId);
      exceptions.delete(c.caseId);
    },
    replicationEnded() {
      rows.clear();
      exceptions.clear();
      if (target.kind === 'case' && outcome === null) outcome = { found: false, message: notFound(target) };
    },
  };
  const first = target.kind === 'case' ? target.replication - 1 : 0;
  const run: SimulationRun = startSimulation(
    model,
    {
      ...options,
      // No exception is kept in a list, but each is worded with the record's values, as in the exception list.
      exceptionRecords: 0,
      eventLog(row) {
        if (target.kind === 'case' && row.caseId !== target.caseId) return;
        const list = rows.get(row.caseId);
        if (list) list.push(row);
        else rows.set(row.caseId, [row]);
      },
    },
    {
      firstReplication: first,
      replicationOf(compiled, collector, settings) {
        net = compiled;
        return new WatchedReplication(compiled, collector, settings, watcher);
      },
    },
  );
  let ended = false;
  return {
    advance(maxEvents) {
      if (outcome === null && !ended) ended = run.advance(maxEvents);
      if (outcome === null && ended) {
        const near: { trace: CaseTrace; distance: number } | null = nearest;
        outcome = near
          ? {
              found: true,
              trace: near.trace,
              note: `${notFound(target)}; this is the nearest, at ${duration(near.trace.cycleTime ?? 0)}`,
            }
          : { found: false, message: notFound(target) };
      }
      return outcome !== null;
    },
    get progress() {
      if (outcome !== null) return 1;
      // A case target runs one replication only.
      return target.kind === 'case' ? Math.min(1, run.progress * (replications - first)) : run.progress;
    },
    get events() {
      return run.events;
    },
    outcome() {
      if (outcome === null) throw new FlowwrightError('FW_INTERNAL', 'the case trace was read before it ended');
      return outcome;
    },
  };
}

/**
 * Re-runs the simulation until it has the case asked for and returns its trace, or why there is none. Polls
 * `shouldCancel` every 4,096 events (FW_SIM_CANCELLED) and reports progress as a run does.
 */
export function traceCase(model: ProcessModel, options: SimulationOptions, target: CaseTraceTarget): CaseTraceOutcome {
  const trace = startCaseTrace(model, options, target);
  for (let slices = 1; !trace.advance(cancelEvery); slices++) {
    if (options.shouldCancel?.()) throw new FlowwrightError('FW_SIM_CANCELLED', 'the case trace was cancelled');
    if (slices % progressEvery === 0) options.onProgress?.(trace.progress);
  }
  options.onProgress?.(1);
  return trace.outcome();
}
