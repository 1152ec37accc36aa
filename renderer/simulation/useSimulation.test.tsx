// @vitest-environment jsdom
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../store/editorStore';
import type { WorkerRequest } from './protocol';
import type { StartSimulationWorker } from './simulationWorker';
import { claimsIntakeMap } from './testModels';
import { useSimulation, type SimulationSession } from './useSimulation';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const workers: Array<{ received: WorkerRequest[]; terminated: boolean }> = [];
const startWorker: StartSimulationWorker = () => {
  const worker = { received: [] as WorkerRequest[], terminated: false };
  workers.push(worker);
  return { post: (m) => worker.received.push(m as WorkerRequest), terminate: () => (worker.terminated = true) };
};

/** The hook's latest result, for the assertions. */
const latest: { session: SimulationSession | null } = { session: null };
function Probe() {
  const session = useSimulation(startWorker);
  useEffect(() => {
    latest.session = session;
  });
  return null;
}
const current = () => latest.session!;

let root: Root;
beforeEach(() => {
  workers.length = 0;
  useEditor.getState().open('p1', claimsIntakeMap());
  root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe />));
});

const settings = { cases: 10, seed: 1, replications: 1, scenario: null };

describe('useSimulation', () => {
  it('runs the open map as it is and remembers which version it ran', () => {
    act(() => current().run(settings));
    const { version, model } = useEditor.getState();
    expect(workers[0].received).toEqual([{ type: 'run', runId: 1, model, settings }]);
    expect(current().origin).toEqual({ processId: 'p1', version });
    expect(current().state.status).toBe('running');
    act(() => root.unmount());
  });

  it('forgets the run when another process is opened', () => {
    act(() => current().run(settings));
    act(() => useEditor.getState().open('p2', claimsIntakeMap()));
    expect(current().state).toEqual({ status: 'idle' });
    expect(workers[0].terminated).toBe(true);
    act(() => root.unmount());
  });

  it('ends the worker when the component goes away', () => {
    act(() => current().run(settings));
    act(() => root.unmount());
    expect(workers[0].terminated).toBe(true);
  });
});
