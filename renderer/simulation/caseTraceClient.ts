import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProcessModel } from '../../shared/model';
import type { CaseTraceOutcome, CaseTraceTarget } from '../../shared/sim/caseTrace';
import { parseWorkerMessage, type RunData, type RunSettings, type WorkerMessage } from './protocol';
import type { SimulationWorker, StartSimulationWorker } from './simulationWorker';

/** Where the trace of a case stands. */
export type CaseTraceState =
  | { status: 'idle' }
  | { status: 'tracing'; traceId: number; target: CaseTraceTarget; fraction: number }
  | { status: 'done'; traceId: number; target: CaseTraceTarget; outcome: CaseTraceOutcome }
  | { status: 'failed'; traceId: number; target: CaseTraceTarget; message: string }
  /** The run the case was picked from is not at hand (none finished, or it was replaced). */
  | { status: 'noRun'; target: CaseTraceTarget };

/**
 * Traces cases in a worker of their own, so that a trace never stops or waits for a run; one trace at a time,
 * a new one or Cancel ends the one before (its worker is ended outright: a trace keeps nothing worth waiting for).
 */
export function createCaseTraceClient(startWorker: StartSimulationWorker) {
  const state: StoreApi<CaseTraceState> = createStore<CaseTraceState>(() => ({ status: 'idle' }));
  let worker: SimulationWorker | null = null;
  let lastId = 0;

  const current = () => {
    const s = state.getState();
    return s.status === 'tracing' ? s : null;
  };

  function endWorker(): void {
    worker?.terminate();
    worker = null;
  }

  function fail(message: string): void {
    const tracing = current();
    endWorker();
    if (tracing) state.setState({ status: 'failed', traceId: tracing.traceId, target: tracing.target, message }, true);
  }

  function receive(message: WorkerMessage): void {
    const tracing = current();
    if (!tracing || message.runId !== tracing.traceId) return;
    const { traceId, target } = tracing;
    if (message.type === 'progress') state.setState({ ...tracing, fraction: message.fraction }, true);
    else if (message.type === 'trace')
      state.setState({ status: 'done', traceId, target, outcome: message.outcome }, true);
    else if (message.type === 'error') {
      const problems = message.problems.map((p) => p.message).join('; ');
      fail(problems ? `${message.message}: ${problems}` : message.message);
    } else if (message.type === 'cancelled') state.setState({ status: 'idle' }, true);
  }

  return {
    state,
    /** Re-runs the run made from this map, settings and records to find the case; ends any trace before it. */
    trace(model: ProcessModel, settings: RunSettings, data: RunData | undefined, target: CaseTraceTarget): void {
      endWorker();
      const traceId = ++lastId;
      state.setState({ status: 'tracing', traceId, target, fraction: 0 }, true);
      try {
        worker = startWorker({
          onMessage(raw) {
            const parsed = parseWorkerMessage(raw);
            if (parsed.ok) receive(parsed.value);
            else fail(`the simulation worker sent a message that is not understood (${parsed.error})`);
          },
          onFailure: fail,
        });
        worker.post({ type: 'trace', runId: traceId, model, settings, target, ...(data ? { data } : {}) });
      } catch (error) {
        fail(`the case could not be traced: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    /** Says that there is no run to trace the case in, ending any trace before. */
    noRun(target: CaseTraceTarget): void {
      endWorker();
      state.setState({ status: 'noRun', target }, true);
    },
    /** Stops the trace in progress, or forgets the last one. */
    cancel(): void {
      endWorker();
      state.setState({ status: 'idle' }, true);
    },
  };
}

export type CaseTraceClient = ReturnType<typeof createCaseTraceClient>;
