import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useEditor } from '../store/editorStore';
import type { RunData, RunSettings } from './protocol';
import { createSimulationClient, type SimulationClient, type SimulationState } from './simulationClient';
import { startSimulationWorker, type StartSimulationWorker } from './simulationWorker';

/** The process and map version a run was started on, to tell when its report no longer matches the map. */
export interface RunOrigin {
  processId: string | null;
  version: number;
}

export interface SimulationSession {
  state: SimulationState;
  origin: RunOrigin | null;
  /** Runs the open map as it is now, with its sample records when given. */
  run(settings: RunSettings, data?: RunData): void;
  cancel(): void;
}

/**
 * Owns a simulation client for as long as the component that calls it is mounted; forgets the last run when
 * another process is opened.
 */
export function useSimulation(startWorker: StartSimulationWorker = startSimulationWorker): SimulationSession {
  const [client] = useState<SimulationClient>(() => createSimulationClient({ startWorker }));
  const [origin, setOrigin] = useState<RunOrigin | null>(null);
  const state = useStore(client.state);
  const processId = useEditor((s) => s.processId);

  useEffect(() => () => client.dispose(), [client]);
  useEffect(() => client.reset(), [client, processId]);

  return {
    state,
    origin,
    run(settings, data) {
      const { model, version, processId: id } = useEditor.getState();
      if (!model) return;
      setOrigin({ processId: id, version });
      client.run(model, settings, data);
    },
    cancel: client.cancel,
  };
}
