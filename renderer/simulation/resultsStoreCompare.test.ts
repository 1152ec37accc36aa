import { beforeEach, describe, expect, it } from 'vitest';
import { rename } from '../../shared/model';
import { compareScenarios } from '../../shared/sim/compare';
import { useEditor } from '../store/editorStore';
import { mapRevision } from './mapRevision';
import type { WorkerRequest } from './protocol';
import { isStale, storedRun } from './resultsStore';
import { createSimulationService } from './simulationService';
import type { SimulationWorkerHandlers, StartSimulationWorker } from './simulationWorker';
import { claimsIntakeMap } from './testModels';

/** Workers that record what they are sent; the test answers for them through `handlers`. */
function fakeWorkers() {
  const started: Array<{ handlers: SimulationWorkerHandlers; received: WorkerRequest[] }> = [];
  const startWorker: StartSimulationWorker = (handlers) => {
    const worker = { handlers, received: [] as WorkerRequest[] };
    started.push(worker);
    return { post: (m) => worker.received.push(m as WorkerRequest), terminate: () => undefined };
  };
  return { startWorker, latest: () => started.at(-1)! };
}

const settings = { cases: 40, seed: 2, replications: 2, scenario: null, scenarios: ['two-reviewers'] };
const editor = () => useEditor.getState();

let workers: ReturnType<typeof fakeWorkers>;
let service: ReturnType<typeof createSimulationService>;
const results = () => service.results.getState();

beforeEach(() => {
  workers = fakeWorkers();
  service = createSimulationService(workers.startWorker);
  editor().open('p1', claimsIntakeMap());
});

/** Compares the open map and lets the worker answer with the comparison. */
function compareToEnd() {
  const { model, version } = editor();
  service.compare('p1', model!, version, settings);
  const request = workers.latest().received.at(-1)!;
  expect(request).toMatchObject({ type: 'compare', settings });
  const { runs, kpis } = compareScenarios(model!, settings.scenarios, settings);
  workers.latest().handlers.onMessage({
    type: 'comparison',
    runId: request.runId,
    comparison: { runs, kpis },
    events: 9,
    elapsedMs: 3,
  });
  return { runs, kpis };
}

describe('results store with comparisons', () => {
  it('keeps the comparison per process, apart from the runs, with the baseline report and the figures', () => {
    const comparison = compareToEnd();
    const kept = results().comparisons.p1;
    expect(kept.key).toEqual({
      processId: 'p1',
      revision: mapRevision(editor().model!),
      version: editor().version,
      scenario: null,
      settings,
    });
    expect(kept.state).toMatchObject({ status: 'done', comparison, report: comparison.runs[0].report });
    expect(storedRun(results(), 'p1')).toBeNull();
  });

  it('follows the progress of a comparison and marks it stale when the map changes', () => {
    const { model, version } = editor();
    service.compare('p1', model!, version, settings);
    const runId = workers.latest().received[0].runId;
    expect(results().comparisons.p1.state).toMatchObject({ status: 'running', casesTotal: 40 * 2 * 2 });
    workers.latest().handlers.onMessage({ type: 'progress', runId, fraction: 0.5, casesDone: 80, casesTotal: 160 });
    expect(results().comparisons.p1.state).toMatchObject({ status: 'running', casesDone: 80 });
    compareToEnd();
    const key = results().comparisons.p1.key;
    expect(isStale(key, { processId: 'p1', model: editor().model!, version: editor().version })).toBe(false);
    editor().apply((m) => rename(m, { target: { kind: 'node', id: 'review' }, name: 'Check claim' }));
    expect(isStale(key, { processId: 'p1', model: editor().model!, version: editor().version })).toBe(true);
  });

  it('keeps a comparison replaced by a run as cancelled, and the run in its own slot', () => {
    const { model, version } = editor();
    service.compare('p1', model!, version, settings);
    service.run('p1', model!, version, { cases: 40, seed: 2, replications: 2, scenario: null });
    expect(results().comparisons.p1.state).toMatchObject({ status: 'cancelled', replaced: true });
    expect(storedRun(results(), 'p1')?.state.status).toBe('running');
  });
});
