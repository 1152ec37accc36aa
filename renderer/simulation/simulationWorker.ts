/** What the client needs from a worker: send a message, end it. Its messages and failures go to the handlers. */
export interface SimulationWorker {
  post(message: unknown): void;
  terminate(): void;
}

export interface SimulationWorkerHandlers {
  onMessage(data: unknown): void;
  /** The worker failed to load or threw outside a run; it is of no further use. */
  onFailure(message: string): void;
}

export type StartSimulationWorker = (handlers: SimulationWorkerHandlers) => SimulationWorker;

/** Starts the bundled simulation worker (an ES module worker that Vite builds from simulation.worker.ts). */
export const startSimulationWorker: StartSimulationWorker = (handlers) => {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
  worker.onmessage = (event) => handlers.onMessage(event.data);
  worker.onmessageerror = () => handlers.onFailure('a message from the simulation worker could not be read');
  worker.onerror = (event) => {
    event.preventDefault();
    handlers.onFailure(event.message || 'the simulation worker could not be started');
  };
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
};
