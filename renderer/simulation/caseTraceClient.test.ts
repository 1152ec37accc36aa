import { describe, expect, it } from 'vitest';
import { traceCase } from '../../shared/sim/caseTrace';
import { createSimulationHost } from './simulationHost';
import { createSimulationService } from './simulationService';
import type { StartSimulationWorker } from './simulationWorker';
import { claimsIntakeMap } from './testModels';

/** Workers that run the real host in this thread; their slices run when drained. */
function fakeWorkers() {
  const tasks: Array<() => void> = [];
  const started: Array<{ terminated: boolean; received: unknown[] }> = [];
  const startWorker: StartSimulationWorker = (handlers) => {
    const worker = { terminated: false, received: [] as unknown[] };
    started.push(worker);
    let clock = 0;
    const host = createSimulationHost({
      post: (m) => !worker.terminated && handlers.onMessage(structuredClone(m)),
      schedule: (t) => tasks.push(() => !worker.terminated && t()),
      now: () => clock++,
    });
    return {
      post(message) {
        worker.received.push(message);
        host.receive(structuredClone(message));
      },
      terminate: () => void (worker.terminated = true),
    };
  };
  return {
    startWorker,
    started,
    drain: () => {
      while (tasks.length > 0) tasks.shift()!();
    },
  };
}

const settings = { cases: 200, seed: 11, replications: 2, scenario: null };

describe('tracing a case of a kept run', () => {
  it('re-runs the run with its own map and settings in a worker of its own, and shows the case', () => {
    const workers = fakeWorkers();
    const service = createSimulationService(workers.startWorker);
    const model = claimsIntakeMap();
    service.run('claims', model, 1, settings);
    workers.drain();
    expect(service.traceCase('claims', { kind: 'case', replication: 2, caseId: 'r2:case-40' })).toBe(true);
    expect(workers.started).toHaveLength(2); // the run's worker and the trace's
    expect(service.traces.state.getState()).toMatchObject({ status: 'tracing', fraction: 0 });
    workers.drain();
    const state = service.traces.state.getState();
    expect(state.status).toBe('done');
    if (state.status !== 'done') return;
    const expected = traceCase(model, settings, { kind: 'case', replication: 2, caseId: 'r2:case-40' });
    expect(state.outcome).toEqual(expected);
    expect(state.outcome.found).toBe(true);
  });

  it('says there is nothing to trace without a finished run, and Cancel ends the trace and its worker', () => {
    const workers = fakeWorkers();
    const service = createSimulationService(workers.startWorker);
    expect(service.traceCase('claims', { kind: 'cycleTime', from: 0, to: 60 })).toBe(false);
    expect(service.traces.state.getState()).toEqual({
      status: 'noRun',
      target: { kind: 'cycleTime', from: 0, to: 60 },
    });
    service.run('claims', claimsIntakeMap(), 1, { ...settings, cases: 2000 });
    expect(service.traceCase('claims', { kind: 'cycleTime', from: 0, to: 60 })).toBe(false); // still running
    workers.drain();
    expect(service.traceCase('claims', { kind: 'cycleTime', from: 0, to: 60 })).toBe(true);
    service.traces.cancel();
    expect(workers.started.at(-1)!.terminated).toBe(true);
    expect(service.traces.state.getState()).toEqual({ status: 'idle' });
    workers.drain();
    expect(service.traces.state.getState()).toEqual({ status: 'idle' });
  });

  it("traces in the run of the picked report's scenario, or else in the run started last", () => {
    const workers = fakeWorkers();
    const service = createSimulationService(workers.startWorker);
    const model = claimsIntakeMap();
    const scenario = model.scenarios[0].id;
    service.run('claims', model, 1, settings);
    workers.drain();
    service.run('claims', model, 1, { ...settings, scenario });
    workers.drain();
    const sentScenario = () =>
      (workers.started.at(-1)!.received[0] as { settings: { scenario: string | null } }).settings.scenario;
    service.traceCase('claims', { kind: 'case', replication: 1, caseId: 'r1:case-1', scenario: null });
    expect(sentScenario()).toBeNull();
    service.traceCase('claims', { kind: 'case', replication: 1, caseId: 'r1:case-1' });
    expect(sentScenario()).toBe(scenario);
  });

  it('passes the case not found on, in words', () => {
    const workers = fakeWorkers();
    const service = createSimulationService(workers.startWorker);
    service.run('claims', claimsIntakeMap(), 1, settings);
    workers.drain();
    service.traceCase('claims', { kind: 'case', replication: 1, caseId: 'case-9999' });
    workers.drain();
    expect(service.traces.state.getState()).toMatchObject({
      status: 'done',
      outcome: { found: false, message: 'case case-9999 was not found in run 1' },
    });
  });
});
