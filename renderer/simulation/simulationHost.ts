import { FlowwrightError, type ProcessModel } from '../../shared/model';
import { startSimulation, type SimProblem, type SimulationRun } from '../../shared/sim';
import { mapColumns } from '../../shared/data';
import { startComparison, type ComparisonRun } from './comparisonRun';
import { startCaseTrace, type CaseTraceRun } from '../../shared/sim/caseTrace';
import {
  parseWorkerRequest,
  type CompareMapsSettings,
  type CompareSettings,
  type MapToCompare,
  type RunData,
  type RunSettings,
  type WorkerMessage,
  type WorkerRequest,
} from './protocol';
import { runProblems } from './runProblems';
import { mapComparisonProblems, startMapComparison, type MapComparisonRun } from '../compare/mapComparisonRun';

/** What the host needs from the worker it lives in; injected so that it runs in unit tests without a worker. */
export interface HostEnvironment {
  post(message: WorkerMessage): void;
  /** Runs `task` later, after the messages that arrived meanwhile (a Cancel) have been handled. */
  schedule(task: () => void): void;
  /** Milliseconds from any fixed origin. */
  now(): number;
}

export interface HostTiming {
  /** How long one slice of work may run before the host yields to incoming messages. */
  sliceMs: number;
  /** The least time between two progress messages. */
  progressEveryMs: number;
  /** Events per advance() call inside a slice: small enough that a slice ends close to sliceMs. */
  eventsPerAdvance: number;
}

// A slice of 30 ms answers a Cancel well within a second; progress ten times a second is smooth and cheap.
export const defaultHostTiming: HostTiming = { sliceMs: 30, progressEveryMs: 100, eventsPerAdvance: 5000 };

type FailureMessage = Extract<WorkerMessage, { type: 'error' }>;

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

function failure(runId: number, error: unknown, problems: SimProblem[] = []): FailureMessage {
  if (error instanceof FlowwrightError)
    return { type: 'error', runId, code: error.code, message: error.message, problems };
  return { type: 'error', runId, code: 'FW_INTERNAL', message: errorMessage(error), problems };
}

/**
 * Why a comparison cannot run: the map's own problems once, then what each scenario breaks besides, each led by
 * the scenario's name (a problem of the map as drawn would otherwise repeat for every scenario).
 */
function comparisonProblems(model: ProcessModel, scenarios: readonly string[]): SimProblem[] {
  const base = runProblems(model, null);
  const seen = new Set(base.map((p) => `${p.code} ${p.elementId} ${p.message}`));
  const problems = [...base];
  for (const id of scenarios) {
    const name = model.scenarios.find((s) => s.id === id)?.name.trim() || id;
    for (const p of runProblems(model, id))
      if (!seen.has(`${p.code} ${p.elementId} ${p.message}`))
        problems.push({ ...p, message: `Scenario ${name}: ${p.message}` });
  }
  return problems;
}

/**
 * The worker side of a simulation: receives run, compare and cancel requests, runs the engine in time slices that
 * yield between them (so a Cancel is heard), and posts progress, the report, or a coded error.
 */
export function createSimulationHost(env: HostEnvironment, timing: HostTiming = defaultHostTiming) {
  let active: { runId: number; cancelled: boolean } | null = null;

  /** The records as typed for the map's fields, when the settings ask for them. */
  const recordsOf = (model: ProcessModel, settings: RunSettings, data: RunData | undefined) =>
    data && settings.recordOrder ? mapColumns(data.table, model.data.fields, data.mapping).records : undefined;

  /** Refuses a map the engine cannot run (with these scenarios), listing every problem; true when refused. */
  function refused(runId: number, problems: SimProblem[]): boolean {
    if (problems.length === 0) return false;
    const message = `the map cannot be simulated: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    env.post(failure(runId, new FlowwrightError('FW_SIM_INVALID_MODEL', message), problems));
    return true;
  }

  function start(runId: number, model: ProcessModel, settings: RunSettings, data: RunData | undefined): void {
    if (refused(runId, runProblems(model, settings.scenario))) return;
    let run: SimulationRun;
    try {
      // The records are typed here, in the worker, so that 100,000 of them never hold up the app.
      const { recordOrder, ...rest } = settings;
      const records = recordsOf(model, settings, data);
      run = startSimulation(
        model,
        records ? { ...rest, records, recordOrder: recordOrder ?? 'auto', exceptionRecords: true } : rest,
      );
    } catch (error) {
      return env.post(failure(runId, error));
    }
    const casesTotal = settings.cases * settings.replications;
    launch(runId, run, casesTotal, (elapsedMs) => ({
      type: 'result',
      runId,
      report: run.report(),
      events: run.events,
      elapsedMs,
    }));
  }

  function compare(runId: number, model: ProcessModel, settings: CompareSettings, data: RunData | undefined): void {
    if (refused(runId, comparisonProblems(model, settings.scenarios))) return;
    let run: ComparisonRun;
    try {
      run = startComparison(model, settings, recordsOf(model, settings, data));
    } catch (error) {
      return env.post(failure(runId, error));
    }
    const casesTotal = settings.cases * settings.replications * (settings.scenarios.length + 1);
    launch(runId, run, casesTotal, (elapsedMs) => ({
      type: 'comparison',
      runId,
      comparison: run.comparison(),
      events: run.events,
      elapsedMs,
    }));
  }

  /** Re-runs the run the report came from (same settings and records) until it has the case asked for. */
  function trace(runId: number, request: Extract<WorkerRequest, { type: 'trace' }>): void {
    const { model, settings, data, target } = request;
    if (refused(runId, runProblems(model, settings.scenario))) return;
    let run: CaseTraceRun;
    try {
      const { recordOrder, ...rest } = settings;
      const records = recordsOf(model, settings, data);
      run = startCaseTrace(model, records ? { ...rest, records, recordOrder: recordOrder ?? 'auto' } : rest, target);
    } catch (error) {
      return env.post(failure(runId, error));
    }
    // A case of a given run needs that run only.
    const casesTotal = settings.cases * (target.kind === 'case' ? 1 : settings.replications);
    launch(runId, run, casesTotal, () => ({ type: 'trace', runId, outcome: run.outcome(), events: run.events }));
  }

  function compareMaps(
    runId: number,
    current: MapToCompare,
    future: MapToCompare,
    settings: CompareMapsSettings,
    data: RunData | undefined,
  ): void {
    if (refused(runId, mapComparisonProblems(current, future))) return;
    let run: MapComparisonRun;
    try {
      run = startMapComparison(current, future, settings, (map) => recordsOf(map.model, settings, data));
    } catch (error) {
      return env.post(failure(runId, error));
    }
    launch(runId, run, settings.cases * settings.replications * 2, (elapsedMs) => ({
      type: 'mapComparison',
      runId,
      comparison: run.comparison(),
      events: run.events,
      elapsedMs,
    }));
  }

  /** Advances a run or comparison in slices, posting progress, then its result (made by `result`) or why not. */
  function launch(
    runId: number,
    run: Pick<SimulationRun, 'advance' | 'progress' | 'events'>,
    casesTotal: number,
    result: (elapsedMs: number) => WorkerMessage,
  ): void {
    const job = { runId, cancelled: false };
    active = job;
    const casesDone = () => Math.min(casesTotal, Math.round(run.progress * casesTotal));
    const startedAt = env.now();
    let progressAt = startedAt;
    const finish = (message: WorkerMessage) => {
      if (active === job) active = null;
      env.post(message);
    };

    const step = () => {
      if (job.cancelled) return finish({ type: 'cancelled', runId, casesDone: casesDone() });
      try {
        const sliceEnd = env.now() + timing.sliceMs;
        let done: boolean;
        do done = run.advance(timing.eventsPerAdvance);
        while (!done && env.now() < sliceEnd);
        if (done) return finish(result(env.now() - startedAt));
      } catch (error) {
        return finish(failure(runId, error));
      }
      if (env.now() - progressAt >= timing.progressEveryMs) {
        progressAt = env.now();
        env.post({ type: 'progress', runId, fraction: run.progress, casesDone: casesDone(), casesTotal });
      }
      env.schedule(step);
    };

    env.post({ type: 'progress', runId, fraction: 0, casesDone: 0, casesTotal });
    env.schedule(step);
  }

  return {
    /** Handles one message from the app; anything that is not a valid request is answered with FW_INTERNAL. */
    receive(data: unknown): void {
      const parsed = parseWorkerRequest(data);
      if (!parsed.ok) {
        const runId = (data as { runId?: unknown } | null)?.runId;
        const message = `the simulation worker received a message it does not understand (${parsed.error})`;
        env.post({
          type: 'error',
          runId: Number.isInteger(runId) ? (runId as number) : -1,
          code: 'FW_INTERNAL',
          message,
          problems: [],
        });
        return;
      }
      const request = parsed.value;
      if (request.type === 'cancel') {
        if (active?.runId === request.runId) active.cancelled = true;
        return;
      }
      // One run at a time: a new run stops the one before it, which answers with `cancelled`.
      if (active) active.cancelled = true;
      if (request.type === 'trace') trace(request.runId, request);
      else if (request.type === 'compare') compare(request.runId, request.model, request.settings, request.data);
      else if (request.type === 'compareMaps')
        compareMaps(request.runId, request.current, request.future, request.settings, request.data);
      else start(request.runId, request.model, request.settings, request.data);
    },
  };
}

export type SimulationHost = ReturnType<typeof createSimulationHost>;
