import { createStore } from 'zustand/vanilla';
import type { ProcessModel, Scenario } from '../../shared/model';
import { withAutomationScenario } from '../../shared/sim/automation';
import { mapRevision } from './mapRevision';
import type { RunData, RunSettings } from './protocol';
import type { ResultKey, RunState } from './resultsStore';
import { createSimulationClient } from './simulationClient';
import { startSimulationWorker, type StartSimulationWorker } from './simulationWorker';

/** One measured saving: the map as drawn against the generated scenario that automates one task. */
export interface AutomationRun {
  /** The open map it was measured on (its revision, for "out of date"). */
  key: ResultKey;
  taskId: string;
  /** The generated scenario, as it would be kept in the map. */
  scenario: Scenario;
  state: RunState;
}

export interface AutomationRunsState {
  /** Per process id, per task id: its latest measurement. */
  runs: Readonly<Record<string, Readonly<Record<string, AutomationRun>>>>;
}

/**
 * Measures the saving of automating a task on demand: a what-if comparison of the map as drawn against the map with
 * the generated scenario added, in a worker of its own, so that it neither replaces the Simulate drawer's run or
 * comparison nor is replaced by them. One measurement at a time; a new one stops the one before.
 */
export function createAutomationRuns(startWorker: StartSimulationWorker) {
  const client = createSimulationClient({ startWorker });
  const store = createStore<AutomationRunsState>(() => ({ runs: {} }));
  let current: { processId: string; taskId: string } | null = null;

  const update = (processId: string, taskId: string, change: (run: AutomationRun) => AutomationRun) => {
    const { runs } = store.getState();
    const run = runs[processId]?.[taskId];
    if (run) store.setState({ runs: { ...runs, [processId]: { ...runs[processId], [taskId]: change(run) } } });
  };

  client.state.subscribe((state) => {
    if (!current || state.status === 'idle') return;
    update(current.processId, current.taskId, (run) => (run.state.runId === state.runId ? { ...run, state } : run));
  });

  /** A measurement the client lets go of for the next one is kept as stopped, not left running. */
  function abandonRunning(): void {
    const previous = client.state.getState();
    if (!current || previous.status !== 'running') return;
    const { runId, settings, fraction, casesDone, casesTotal } = previous;
    const stopped: RunState = {
      status: 'cancelled',
      ...{ runId, settings, fraction, casesDone, casesTotal },
      stoppedInMs: 0,
      replaced: true,
    };
    update(current.processId, current.taskId, (run) => (run.state.runId === runId ? { ...run, state: stopped } : run));
  }

  return {
    store,
    /**
     * Starts measuring the saving of automating `taskId` on this map of this process, with the settings (and the
     * records) of its run. Returns false when the map has no such task.
     */
    measure(
      processId: string,
      model: ProcessModel,
      version: number,
      taskId: string,
      settings: RunSettings,
      data?: RunData,
    ): boolean {
      const generated = withAutomationScenario(model, taskId);
      if (!generated) return false;
      abandonRunning();
      const compare = { ...settings, scenario: null, scenarios: [generated.scenario.id] };
      client.compare(generated.model, compare, settings.recordOrder ? data : undefined);
      const state = client.state.getState();
      if (state.status === 'idle') return false;
      current = { processId, taskId };
      const key: ResultKey = { processId, revision: mapRevision(model), version, scenario: null, settings };
      const { runs } = store.getState();
      const run: AutomationRun = { key, taskId, scenario: generated.scenario, state };
      store.setState({ runs: { ...runs, [processId]: { ...runs[processId], [taskId]: run } } });
      return true;
    },
    cancel: () => client.cancel(),
    dispose(): void {
      abandonRunning();
      client.dispose();
    },
  };
}

export type AutomationRuns = ReturnType<typeof createAutomationRuns>;

let app: AutomationRuns | null = null;

/** The app's automation measurements, made on first use; their worker starts with the first measurement. */
export function appAutomationRuns(): AutomationRuns {
  app ??= createAutomationRuns(startSimulationWorker);
  return app;
}
