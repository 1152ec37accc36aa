import { beforeEach, describe, expect, it } from 'vitest';
import { rename, type ProcessModel } from '../../shared/model';
import { simulate } from '../../shared/sim';
import { useEditor } from '../store/editorStore';
import { mapRevision } from './mapRevision';
import type { WorkerRequest } from './protocol';
import { isStale, storedRun } from './resultsStore';
import { createSimulationService } from './simulationService';
import type { SimulationWorkerHandlers, StartSimulationWorker } from './simulationWorker';
import { claimsIntakeMap } from './testModels';

/** Workers that record what they are sent; the test answers for them through `handlers`. */
function fakeWorkers() {
  const started: Array<{ handlers: SimulationWorkerHandlers; received: WorkerRequest[]; terminated: boolean }> = [];
  const startWorker: StartSimulationWorker = (handlers) => {
    const worker = { handlers, received: [] as WorkerRequest[], terminated: false };
    started.push(worker);
    return { post: (m) => worker.received.push(m as WorkerRequest), terminate: () => (worker.terminated = true) };
  };
  return { started, startWorker, latest: () => started.at(-1)! };
}

const settings = { cases: 20, seed: 1, replications: 1, scenario: null };
const editor = () => useEditor.getState();
const open = () => ({ processId: editor().processId, model: editor().model!, version: editor().version });

let workers: ReturnType<typeof fakeWorkers>;
let service: ReturnType<typeof createSimulationService>;
const results = () => service.results.getState();

/** Runs the open map and lets the worker answer with a report. */
function runToEnd(scenario: string | null = null) {
  const { processId, model, version } = open();
  service.run(processId!, model, version, { ...settings, scenario });
  const request = workers.latest().received.at(-1)!;
  const report = simulate(model, { ...settings, scenario });
  workers.latest().handlers.onMessage({ type: 'result', runId: request.runId, report, events: 10, elapsedMs: 5 });
  return report;
}

beforeEach(() => {
  workers = fakeWorkers();
  service = createSimulationService(workers.startWorker);
  editor().open('p1', claimsIntakeMap());
});

describe('results store', () => {
  it('keeps a run under the process, map revision, scenario and settings it was made from, and follows it', () => {
    const { model, version } = open();
    service.run('p1', model, version, settings);
    const runId = workers.latest().received[0].runId;
    expect(storedRun(results(), 'p1')).toEqual({
      key: { processId: 'p1', revision: mapRevision(model), version, scenario: null, settings },
      state: expect.objectContaining({ status: 'running', runId, casesDone: 0 }),
    });
    workers.latest().handlers.onMessage({ type: 'progress', runId, fraction: 0.5, casesDone: 10, casesTotal: 20 });
    expect(storedRun(results(), 'p1')?.state).toMatchObject({ status: 'running', casesDone: 10 });
    const report = simulate(model, settings);
    workers.latest().handlers.onMessage({ type: 'result', runId, report, events: 10, elapsedMs: 5 });
    expect(storedRun(results(), 'p1')?.state).toMatchObject({ status: 'done', report });
  });

  it('marks a result stale when the map is edited, and current again when the edit is undone', () => {
    runToEnd();
    const key = storedRun(results(), 'p1')!.key;
    expect(isStale(key, open())).toBe(false);
    editor().apply((m) => rename(m, { target: { kind: 'node', id: 'review' }, name: 'Check claim' }));
    expect(isStale(key, open())).toBe(true);
    editor().undo();
    expect(editor().version).not.toBe(key.version);
    expect(isStale(key, open())).toBe(false);
    editor().redo();
    expect(isStale(key, open())).toBe(true);
  });

  it('gives equal maps the same revision whatever the order of their keys, and a moved node another', () => {
    const model = claimsIntakeMap();
    const reordered = Object.fromEntries(Object.entries(model).reverse()) as ProcessModel;
    expect(mapRevision(reordered)).toBe(mapRevision(model));
    const moved = { ...model, nodes: model.nodes.map((n, i) => (i === 0 ? { ...n, x: n.x + 10 } : n)) };
    expect(mapRevision(moved)).not.toBe(mapRevision(model));
  });

  it('keeps each process its own results, and a result of another process is never current', () => {
    const first = runToEnd();
    editor().open('p2', claimsIntakeMap());
    expect(storedRun(results(), 'p2')).toBeNull();
    expect(isStale(storedRun(results(), 'p1')!.key, open())).toBe(true);
    runToEnd();
    expect(storedRun(results(), 'p1')?.state).toMatchObject({ status: 'done', report: first });
    editor().open('p1', claimsIntakeMap());
    expect(isStale(storedRun(results(), 'p1')!.key, open())).toBe(false);
  });

  it('keeps the latest run of each scenario, and knows which one was started last', () => {
    runToEnd(null);
    const withTwo = runToEnd('two-reviewers');
    expect(storedRun(results(), 'p1')?.key.scenario).toBe('two-reviewers');
    expect(storedRun(results(), 'p1', 'two-reviewers')?.state).toMatchObject({ report: withTwo });
    expect(storedRun(results(), 'p1', null)?.key.scenario).toBeNull();
    expect(storedRun(results(), 'p1', 'no-such-scenario')).toBeNull();
  });

  it('keeps a run replaced before it ends as cancelled, and ignores its late messages', () => {
    const { model, version } = open();
    service.run('p1', model, version, settings);
    const first = workers.latest().received[0].runId;
    workers
      .latest()
      .handlers.onMessage({ type: 'progress', runId: first, fraction: 0.5, casesDone: 10, casesTotal: 20 });
    service.run('p1', model, version, { ...settings, scenario: 'two-reviewers' });
    expect(storedRun(results(), 'p1', null)?.state).toMatchObject({
      status: 'cancelled',
      casesDone: 10,
      replaced: true,
    });
    workers
      .latest()
      .handlers.onMessage({ type: 'result', runId: first, report: simulate(model, settings), events: 1, elapsedMs: 1 });
    expect(storedRun(results(), 'p1', null)?.state.status).toBe('cancelled');
    expect(storedRun(results(), 'p1')?.state.status).toBe('running');
  });
});
