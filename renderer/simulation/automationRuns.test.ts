import { describe, expect, it } from 'vitest';
import { automationSaving } from '../../shared/sim/automation';
import { createAutomationRuns } from './automationRuns';
import type { WorkerRequest } from './protocol';
import { createSimulationHost } from './simulationHost';
import type { SimulationWorkerHandlers, StartSimulationWorker } from './simulationWorker';
import { claimsIntakeMap } from './testModels';

/** A worker that records what it is sent; the test answers for it through `handlers`. */
function fakeWorker() {
  const sent: WorkerRequest[] = [];
  let handlers: SimulationWorkerHandlers | null = null;
  const startWorker: StartSimulationWorker = (h) => {
    handlers = h;
    return { post: (m) => sent.push(m as WorkerRequest), terminate: () => undefined };
  };
  return { sent, startWorker, answer: (message: unknown) => handlers!.onMessage(message) };
}

/** A worker whose other side is the real host, its tasks run when `drain` is called. */
function hostWorker() {
  const tasks: Array<() => void> = [];
  let clock = 0;
  const startWorker: StartSimulationWorker = (handlers) => {
    const host = createSimulationHost(
      { post: (m) => handlers.onMessage(structuredClone(m)), schedule: (t) => tasks.push(t), now: () => clock++ },
      { sliceMs: 50, progressEveryMs: 100, eventsPerAdvance: 5000 },
    );
    return { post: (m) => host.receive(structuredClone(m)), terminate: () => undefined };
  };
  const drain = () => {
    while (tasks.length > 0) tasks.shift()!();
  };
  return { startWorker, drain };
}

const settings = { cases: 300, seed: 3, replications: 3, scenario: null };

describe('automation measurements', () => {
  it('compare the map as drawn with the generated scenario added, leaving the open map as it is', () => {
    const worker = fakeWorker();
    const runs = createAutomationRuns(worker.startWorker);
    const model = claimsIntakeMap();
    expect(runs.measure('p1', model, 4, 'review', settings)).toBe(true);
    const [request] = worker.sent;
    expect(request.type).toBe('compare');
    if (request.type !== 'compare') return;
    expect(request.settings).toEqual({ ...settings, scenarios: ['automate-review-claim'] });
    expect(request.model.scenarios.map((s) => s.name)).toEqual(['Two reviewers', "Automate 'Review claim'"]);
    expect(model.scenarios).toHaveLength(1);
    const run = runs.store.getState().runs.p1.review;
    expect(run.key).toMatchObject({ processId: 'p1', version: 4, scenario: null, settings });
    expect(run.state.status).toBe('running');
    expect(runs.measure('p1', model, 4, 'nowhere', settings)).toBe(false);
  });

  it('keep the measurement a newer one replaced as stopped, and ignore its late answers', () => {
    const worker = fakeWorker();
    const runs = createAutomationRuns(worker.startWorker);
    runs.measure('p1', claimsIntakeMap(), 1, 'review', settings);
    const first = runs.store.getState().runs.p1.review.state.runId;
    runs.measure('p1', claimsIntakeMap(), 1, 'register', settings);
    const state = () => runs.store.getState().runs.p1;
    expect(state().review.state).toMatchObject({ status: 'cancelled', replaced: true });
    worker.answer({ type: 'progress', runId: first, fraction: 0.5, casesDone: 450, casesTotal: 900 });
    expect(state().review.state.status).toBe('cancelled');
    const second = state().register.state.runId;
    worker.answer({ type: 'progress', runId: second, fraction: 0.5, casesDone: 900, casesTotal: 1800 });
    expect(state().register.state).toMatchObject({ status: 'running', fraction: 0.5 });
  });

  it('run in the worker to a saving: shorter cycles and fewer paid hours', () => {
    const worker = hostWorker();
    const runs = createAutomationRuns(worker.startWorker);
    runs.measure('p1', claimsIntakeMap(), 1, 'register', settings);
    worker.drain();
    const { state } = runs.store.getState().runs.p1.register;
    expect(state.status).toBe('done');
    if (state.status !== 'done' || !state.comparison) return;
    expect(state.comparison.runs.map((r) => r.label)).toEqual(['map as drawn', "Automate 'Register claim'"]);
    const saving = automationSaving(state.comparison);
    expect(saving.cycleTime?.delta[1]).toBeLessThan(0);
    expect(saving.cycleTime?.separated[1]).toBe(true);
    expect(saving.costPerCase?.delta[1]).toBeLessThan(0);
    // The worker pairs the hours of work per month replication by replication, as every compared KPI.
    expect(saving.hoursFreed?.delta[1]).toBeGreaterThan(0);
    expect(saving.hoursFreed?.deltaCi95[1]?.[0]).toBeGreaterThan(0);
  });
});
