import { useStore } from 'zustand';
import { useEditor } from '../store/editorStore';
import type { CompareSettings, RunData, RunSettings } from './protocol';
import { isStale, storedRun, type StoredRun } from './resultsStore';
import type { SimulationState } from './simulationClient';
import { appSimulation, type SimulationService } from './simulationService';

/** A kept run as the Simulate drawer shows it. */
export interface ShownRun {
  state: SimulationState;
  /** Whether the map has changed since the run. */
  stale: boolean;
}

export interface SimulationSession {
  /** The open process's run started last, whatever its scenario; its settings start the form. */
  latest: ShownRun;
  /** The open process's latest run of a scenario (null: the map as drawn); idle when there is none. */
  of(scenario: string | null): ShownRun;
  /** The open process's latest what-if comparison; idle when there is none. */
  comparison: ShownRun;
  /** Compares the open map as drawn with scenarios, as it is now. */
  compare(settings: CompareSettings, data?: RunData): void;
  /** Runs the open map as it is now, with its sample records when given. */
  run(settings: RunSettings, data?: RunData): void;
  cancel(): void;
}

const idle: ShownRun = { state: { status: 'idle' }, stale: false };

/** The open process's runs in the app's simulation service, for the Simulate drawer. */
export function useSimulation(service: SimulationService = appSimulation()): SimulationSession {
  const processId = useEditor((s) => s.processId);
  const model = useEditor((s) => s.model);
  const version = useEditor((s) => s.version);
  const runs = useStore(service.results, (s) => (processId === null ? undefined : s.runs[processId]));
  const latest = useStore(service.results, (s) => storedRun(s, processId));
  const comparison = useStore(service.results, (s) => (processId === null ? undefined : s.comparisons[processId]));
  const shown = (run: StoredRun | null | undefined): ShownRun =>
    run ? { state: run.state, stale: model !== null && isStale(run.key, { processId, model, version }) } : idle;
  return {
    latest: shown(latest),
    of: (scenario) => shown(runs?.[scenario ?? '']),
    comparison: shown(comparison),
    compare(settings, data) {
      const open = useEditor.getState();
      if (!open.model || open.processId === null) return;
      service.compare(open.processId, open.model, open.version, settings, data);
    },
    run(settings, data) {
      const open = useEditor.getState();
      if (!open.model || open.processId === null) return;
      service.run(open.processId, open.model, open.version, settings, data);
    },
    cancel: service.cancel,
  };
}
