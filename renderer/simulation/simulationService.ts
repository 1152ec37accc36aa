import type { ProcessModel } from '../../shared/model';
import type { CompareMapsSettings, CompareSettings, MapToCompare, RunData, RunSettings } from './protocol';
import { createResultsStore, storedRun, type MapComparisonRequest, type ResultsStore } from './resultsStore';
import { createCaseTraceClient } from './caseTraceClient';
import type { CaseTarget } from './caseChoice';
import { createSimulationClient } from './simulationClient';
import { mapRevision } from './mapRevision';
import { startSimulationWorker, type StartSimulationWorker } from './simulationWorker';

/**
 * The app's simulation: one worker client, whose runs are kept in the results store under the key they were made
 * from. It outlives the Simulate drawer, so a run goes on and its report stays while the drawer is closed or
 * another process is open.
 */
export function createSimulationService(startWorker: StartSimulationWorker, results = createResultsStore()) {
  const client = createSimulationClient({ startWorker });
  const traces = createCaseTraceClient(startWorker);
  /** The map and records each kept run was made from, so that a case of it can be traced again exactly. */
  const inputs = new Map<number, { model: ProcessModel; data: RunData | undefined }>();
  client.state.subscribe((state) => {
    if (state.status !== 'idle') results.changed(state);
  });

  /** A run the client lets go of without a word (replaced, or its worker ended) is kept as cancelled. */
  function abandonRunning(): void {
    const previous = client.state.getState();
    if (previous.status !== 'running') return;
    const { runId, settings, fraction, casesDone, casesTotal } = previous;
    results.changed({
      status: 'cancelled',
      runId,
      settings,
      fraction,
      casesDone,
      casesTotal,
      stoppedInMs: 0,
      replaced: true,
    });
  }

  /** Keeps a run's inputs, forgetting those of runs the results store no longer keeps. */
  function keepInputs(runId: number, model: ProcessModel, data: RunData | undefined): void {
    const kept = new Set(
      Object.values(results.getState().runs).flatMap((slots) => Object.values(slots).map((r) => r.state.runId)),
    );
    for (const id of inputs.keys()) if (!kept.has(id)) inputs.delete(id);
    inputs.set(runId, { model, data });
  }

  return {
    results,
    traces,
    /**
     * Traces a case of the process's latest run of the target's scenario (left out: the run started last), re-running it
     * in a worker with the map, settings and records it was made from; false when there is no such run.
     */
    traceCase(processId: string, target: CaseTarget): boolean {
      const run = storedRun(results.getState(), processId, target.scenario);
      const input = run && run.state.status === 'done' ? inputs.get(run.state.runId) : undefined;
      if (!run || !input) {
        traces.noRun(target);
        return false;
      }
      traces.trace(input.model, run.key.settings, input.data, target);
      return true;
    },
    /** Runs this map of this process (replacing any run in progress, which is then kept as cancelled). */
    run(processId: string, model: ProcessModel, version: number, settings: RunSettings, data?: RunData): void {
      abandonRunning();
      const key = { processId, revision: mapRevision(model), version, scenario: settings.scenario, settings };
      client.run(model, settings, data);
      const state = client.state.getState();
      if (state.status !== 'idle') results.started(key, state);
      if (state.status !== 'idle') keepInputs(state.runId, model, data);
    },
    /** Compares this map as drawn with scenarios (replacing any run in progress), kept as the process's comparison. */
    compare(processId: string, model: ProcessModel, version: number, settings: CompareSettings, data?: RunData): void {
      abandonRunning();
      const key = { processId, revision: mapRevision(model), version, scenario: null, settings };
      client.compare(model, settings, data);
      const state = client.state.getState();
      if (state.status !== 'idle') results.compareStarted(key, state);
    },
    /** Compares two maps, current against future, on the same cases and records (replacing any run in progress). */
    compareMaps(
      current: MapToCompare,
      future: MapToCompare,
      settings: CompareMapsSettings,
      data?: RunData,
      request?: MapComparisonRequest,
    ): void {
      abandonRunning();
      client.compareMaps(current, future, settings, data);
      const state = client.state.getState();
      if (state.status !== 'idle') results.mapComparisonStarted(current, future, state, request);
    },
    cancel: client.cancel,
    /** Ends the worker (a later run starts another); kept results stay. */
    dispose(): void {
      abandonRunning();
      client.dispose();
      traces.cancel();
    },
  };
}

export type SimulationService = ReturnType<typeof createSimulationService>;

let app: SimulationService | null = null;

/** The app's one simulation service, made on first use; its worker starts with the first run. */
export function appSimulation(): SimulationService {
  app ??= createSimulationService(startSimulationWorker);
  return app;
}

/** The app's results store, for views that show results (the Simulate drawer, the canvas). */
export const appResults = (): ResultsStore => appSimulation().results;
