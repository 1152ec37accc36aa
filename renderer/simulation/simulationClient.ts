import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ErrorCode, ProcessModel } from '../../shared/model';
import type { SimProblem, SimulationReport } from '../../shared/sim';
import {
  parseWorkerMessage,
  type CompareMapsSettings,
  type CompareSettings,
  type MapToCompare,
  type RunData,
  type RunSettings,
  type WhatIfComparison,
  type WorkerMessage,
  type WorkerRequest,
} from './protocol';
import type { SimulationWorker, StartSimulationWorker } from './simulationWorker';
import type { Comparison } from '../../shared/sim/compare';

/** Where a run stands; each state but idle names its run and the settings it was started with. */
export type SimulationState =
  | { status: 'idle' }
  | {
      status: 'running';
      runId: number;
      settings: RunSettings;
      fraction: number;
      casesDone: number;
      casesTotal: number;
      cancelling: boolean;
    }
  | {
      status: 'done';
      runId: number;
      settings: RunSettings;
      report: SimulationReport;
      /** Set for a comparison, whose `report` is the baseline's (the map as drawn, or the current map). */
      comparison?: WhatIfComparison & Pick<Comparison, 'diff'>;
      events: number;
      elapsedMs: number;
    }
  | { status: 'failed'; runId: number; settings: RunSettings; code: ErrorCode; message: string; problems: SimProblem[] }
  | {
      status: 'cancelled';
      runId: number;
      settings: RunSettings;
      fraction: number;
      casesDone: number;
      casesTotal: number;
      stoppedInMs: number;
      /** Set when another run took its place, rather than Cancel. */
      replaced?: true;
    };

export interface SimulationClientOptions {
  startWorker: StartSimulationWorker;
  /** How long a cancelled run may take to answer before its worker is ended outright. */
  cancelGraceMs?: number;
  now?: () => number;
}

/**
 * Runs simulations in a worker, one at a time, and keeps their state in a store for the view. The worker starts
 * with the first run and again after dispose() or a failure; messages of a run that was replaced are ignored.
 */
export function createSimulationClient(options: SimulationClientOptions) {
  const { startWorker, cancelGraceMs = 500, now = () => performance.now() } = options;
  const state: StoreApi<SimulationState> = createStore<SimulationState>(() => ({ status: 'idle' }));
  let worker: SimulationWorker | null = null;
  let lastRunId = 0;
  let cancelTimer: ReturnType<typeof setTimeout> | undefined;
  let cancelAskedAt = 0;

  const running = () => {
    const current = state.getState();
    return current.status === 'running' ? current : null;
  };

  function endWorker(): void {
    clearTimeout(cancelTimer);
    worker?.terminate();
    worker = null;
  }

  function fail(runId: number, settings: RunSettings, message: string): void {
    endWorker();
    state.setState({ status: 'failed', runId, settings, code: 'FW_INTERNAL', message, problems: [] }, true);
  }

  function markCancelled(casesDone: number): void {
    const run = running();
    if (!run) return;
    clearTimeout(cancelTimer);
    const { runId, settings, casesTotal } = run;
    const fraction = casesTotal > 0 ? Math.min(1, casesDone / casesTotal) : 0;
    state.setState(
      { status: 'cancelled', runId, settings, fraction, casesDone, casesTotal, stoppedInMs: now() - cancelAskedAt },
      true,
    );
  }

  function receive(message: WorkerMessage): void {
    const run = running();
    // Case traces are answered to their own client (caseTraceClient), never to a run's.
    if (!run || message.runId !== run.runId || message.type === 'trace') return;
    const { runId, settings } = run;
    if (message.type === 'progress')
      state.setState(
        { ...run, fraction: message.fraction, casesDone: message.casesDone, casesTotal: message.casesTotal },
        true,
      );
    else if (message.type === 'cancelled') markCancelled(message.casesDone);
    else if (message.type === 'result') {
      clearTimeout(cancelTimer);
      state.setState(
        {
          status: 'done',
          runId,
          settings,
          report: message.report,
          events: message.events,
          elapsedMs: message.elapsedMs,
        },
        true,
      );
    } else if (message.type === 'comparison' || message.type === 'mapComparison') {
      clearTimeout(cancelTimer);
      const { comparison, events, elapsedMs } = message;
      const report = comparison.runs[0].report;
      state.setState({ status: 'done', runId, settings, report, comparison, events, elapsedMs }, true);
    } else {
      clearTimeout(cancelTimer);
      state.setState(
        { status: 'failed', runId, settings, code: message.code, message: message.message, problems: message.problems },
        true,
      );
    }
  }

  function send(request: WorkerRequest): void {
    worker ??= startWorker({
      onMessage(data) {
        const parsed = parseWorkerMessage(data);
        const run = running();
        if (parsed.ok) receive(parsed.value);
        else if (run)
          fail(
            run.runId,
            run.settings,
            `the simulation worker sent a message that is not understood (${parsed.error})`,
          );
      },
      onFailure(message) {
        const run = running();
        if (run) fail(run.runId, run.settings, message);
        else endWorker();
      },
    });
    worker.post(request);
  }

  /** Stops the run in progress: asks the worker, and ends the worker if it has not answered within the grace time. */
  function cancel(): void {
    const run = running();
    if (!run || run.cancelling) return;
    cancelAskedAt = now();
    state.setState({ ...run, cancelling: true }, true);
    send({ type: 'cancel', runId: run.runId });
    cancelTimer = setTimeout(() => {
      endWorker();
      markCancelled(running()?.casesDone ?? 0);
    }, cancelGraceMs);
  }

  /** Starts the request made by `request` under a new run id, replacing any run in progress; returns the id. */
  function begin(settings: RunSettings, casesTotal: number, request: (runId: number) => WorkerRequest): number {
    const previous = running();
    clearTimeout(cancelTimer);
    if (previous && worker) worker.post({ type: 'cancel', runId: previous.runId });
    const runId = ++lastRunId;
    state.setState(
      { status: 'running', runId, settings, fraction: 0, casesDone: 0, casesTotal, cancelling: false },
      true,
    );
    try {
      send(request(runId));
    } catch (error) {
      fail(
        runId,
        settings,
        `the simulation could not be started: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return runId;
  }

  return {
    state,
    /** Starts a run of the map (replacing any run in progress), with its sample records if given; returns its id. */
    run(model: ProcessModel, settings: RunSettings, data?: RunData): number {
      return begin(settings, settings.cases * settings.replications, (runId) =>
        data ? { type: 'run', runId, model, settings, data } : { type: 'run', runId, model, settings },
      );
    },
    /** Starts a what-if comparison of the map as drawn with the settings' scenarios, as run() starts a run. */
    compare(model: ProcessModel, settings: CompareSettings, data?: RunData): number {
      const casesTotal = settings.cases * settings.replications * (settings.scenarios.length + 1);
      return begin(settings, casesTotal, (runId) =>
        data ? { type: 'compare', runId, model, settings, data } : { type: 'compare', runId, model, settings },
      );
    },
    /** Starts an as-is against to-be comparison of two maps on the same cases, seed and records, as run() starts a run. */
    compareMaps(current: MapToCompare, future: MapToCompare, settings: CompareMapsSettings, data?: RunData): number {
      return begin(settings, settings.cases * settings.replications * 2, (runId) => ({
        type: 'compareMaps',
        runId,
        current,
        future,
        settings,
        ...(data ? { data } : {}),
      }));
    },
    cancel,
    /** Forgets the last run (ending its worker if it is still going), e.g. when another process is opened. */
    reset(): void {
      if (running()) endWorker();
      state.setState({ status: 'idle' }, true);
    },
    /** Ends the worker and any run; a later run() starts a new worker. */
    dispose(): void {
      endWorker();
      state.setState({ status: 'idle' }, true);
    },
  };
}

export type SimulationClient = ReturnType<typeof createSimulationClient>;
