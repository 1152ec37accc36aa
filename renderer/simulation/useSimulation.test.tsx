// @vitest-environment jsdom
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { rename } from '../../shared/model';
import { simulate } from '../../shared/sim';
import { useEditor } from '../store/editorStore';
import type { WorkerRequest } from './protocol';
import { createSimulationService, type SimulationService } from './simulationService';
import type { SimulationWorkerHandlers, StartSimulationWorker } from './simulationWorker';
import { claimsIntakeMap } from './testModels';
import { useResults, type ResultsView } from './useResults';
import { useSimulation, type SimulationSession } from './useSimulation';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const workers: Array<{ handlers: SimulationWorkerHandlers; received: WorkerRequest[]; terminated: boolean }> = [];
const startWorker: StartSimulationWorker = (handlers) => {
  const worker = { handlers, received: [] as WorkerRequest[], terminated: false };
  workers.push(worker);
  return { post: (m) => worker.received.push(m as WorkerRequest), terminate: () => (worker.terminated = true) };
};

/** The hooks' latest results, for the assertions: the drawer's session and another view's reading of p1. */
const latest: { session: SimulationSession | null; p1: ResultsView | null } = { session: null, p1: null };
function Probe({ service }: { service: SimulationService }) {
  const session = useSimulation(service);
  const p1 = useResults('p1', undefined, service.results);
  useEffect(() => {
    latest.session = session;
    latest.p1 = p1;
  });
  return null;
}
const current = () => latest.session!;

let root: Root;
let service: SimulationService;
const mount = () => {
  root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe service={service} />));
};
beforeEach(() => {
  workers.length = 0;
  service = createSimulationService(startWorker);
  useEditor.getState().open('p1', claimsIntakeMap());
  mount();
});

const settings = { cases: 10, seed: 1, replications: 1, scenario: null };
const finish = () => {
  const { runId, model } = workers[0].received.at(-1) as Extract<WorkerRequest, { type: 'run' }>;
  const report = simulate(model, settings);
  act(() => workers[0].handlers.onMessage({ type: 'result', runId, report, events: 3, elapsedMs: 2 }));
  return report;
};

describe('useSimulation', () => {
  it('runs the open map as it is', () => {
    act(() => current().run(settings));
    const { model } = useEditor.getState();
    expect(workers[0].received).toEqual([{ type: 'run', runId: 1, model, settings }]);
    expect(current().latest.state.status).toBe('running');
    act(() => root.unmount());
  });

  it('keeps the run going when the drawer goes away, and shows it again when it comes back', () => {
    act(() => current().run(settings));
    act(() => root.unmount());
    expect(workers[0].terminated).toBe(false);
    const report = finish();
    mount();
    expect(current().latest.state).toMatchObject({ status: 'done', report });
    expect(current().latest.stale).toBe(false);
    act(() => root.unmount());
  });

  it('shows each process its own run, and the first one again when it is opened again', () => {
    act(() => current().run(settings));
    const report = finish();
    act(() => useEditor.getState().open('p2', claimsIntakeMap()));
    expect(current().latest.state).toEqual({ status: 'idle' });
    expect(latest.p1).toMatchObject({ report, stale: null });
    act(() => useEditor.getState().open('p1', claimsIntakeMap()));
    expect(current().latest.state).toMatchObject({ status: 'done', report });
    expect(latest.p1).toMatchObject({ report, stale: false });
    act(() => root.unmount());
  });

  it('says the run is stale after an edit and current again after undo', () => {
    act(() => current().run(settings));
    finish();
    act(
      () =>
        void useEditor
          .getState()
          .apply((m) => rename(m, { target: { kind: 'node', id: 'review' }, name: 'Check claim' })),
    );
    expect([current().latest.stale, latest.p1?.stale]).toEqual([true, true]);
    act(() => useEditor.getState().undo());
    expect([current().latest.stale, latest.p1?.stale]).toEqual([false, false]);
    act(() => root.unmount());
  });
});
