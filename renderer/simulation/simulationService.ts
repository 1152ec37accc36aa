import type { ProcessModel } from '../../shared/model';
import type { CompareSettings, RunData, RunSettings } from './protocol';
import { createResultsStore, type ResultsStore } from './resultsStore';
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

  return {
    results,
    /** Runs this map of this process (replacing any run in progress, which is then kept as cancelled). */
    run(processId: string, model: ProcessModel, version: number, settings: RunSettings, data?: RunData): void {
      abandonRunning();
      const key = { processId, revision: mapRevision(model), version, scenario: settings.scenario, settings };
      client.run(model, settings, data);
      const state = client.state.getState();
      if (state.status !== 'idle') results.started(key, state);
    },
    /** Compares this map as drawn with scenarios (replacing any run in progress), kept as the process's comparison. */
    compare(processId: string, model: ProcessModel, version: number, settings: CompareSettings, data?: RunData): void {
      abandonRunning();
      const key = { processId, revision: mapRevision(model), version, scenario: null, settings };
      client.compare(model, settings, data);
      const state = client.state.getState();
      if (state.status !== 'idle') results.compareStarted(key, state);
    },
    cancel: client.cancel,
    /** Ends the worker (a later run starts another); kept results stay. */
    dispose(): void {
      abandonRunning();
      client.dispose();
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
