import { FlowwrightError, type ProcessModel } from '../../shared/model';
import { startSimulation, type SimProblem, type SimulationRun } from '../../shared/sim';
import { mapColumns } from '../../shared/data';
import { parseWorkerRequest, type RunData, type RunSettings, type WorkerMessage } from './protocol';
import { runProblems } from './runProblems';

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
 * The worker side of a simulation: receives run and cancel requests, runs the engine in time slices that
 * yield between them (so a Cancel is heard), and posts progress, the report, or a coded error.
 */
export function createSimulationHost(env: HostEnvironment, timing: HostTiming = defaultHostTiming) {
  let active: { runId: number; cancelled: boolean } | null = null;

  function start(runId: number, model: ProcessModel, settings: RunSettings, data: RunData | undefined): void {
    const problems = runProblems(model, settings.scenario);
    if (problems.length > 0) {
      const message = `the map cannot be simulated: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
      return env.post(failure(runId, new FlowwrightError('FW_SIM_INVALID_MODEL', message), problems));
    }
    let run: SimulationRun;
    try {
      // The records are typed here, in the worker, so that 100,000 of them never hold up the app.
      const { recordOrder, ...rest } = settings;
      const records = data && recordOrder ? mapColumns(data.table, model.data.fields, data.mapping).records : undefined;
      run = startSimulation(
        model,
        records ? { ...rest, records, recordOrder: recordOrder ?? 'auto', exceptionRecords: true } : rest,
      );
    } catch (error) {
      return env.post(failure(runId, error));
    }
    const job = { runId, cancelled: false };
    active = job;
    const casesTotal = settings.cases * settings.replications;
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
        if (done) {
          const report = run.report();
          return finish({ type: 'result', runId, report, events: run.events, elapsedMs: env.now() - startedAt });
        }
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
      start(request.runId, request.model, request.settings, request.data);
    },
  };
}

export type SimulationHost = ReturnType<typeof createSimulationHost>;
