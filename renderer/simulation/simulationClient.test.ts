import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../shared/sim';
import type { WorkerRequest } from './protocol';
import { createSimulationClient } from './simulationClient';
import { createSimulationHost } from './simulationHost';
import type { SimulationWorkerHandlers, StartSimulationWorker } from './simulationWorker';
import { claimsIntakeMap } from './testModels';

/** Workers that record what they are sent; the test plays the worker's side through `handlers`. */
function fakeWorkers() {
  const started: Array<{ handlers: SimulationWorkerHandlers; received: WorkerRequest[]; terminated: boolean }> = [];
  const startWorker: StartSimulationWorker = (handlers) => {
    const worker = { handlers, received: [] as WorkerRequest[], terminated: false };
    started.push(worker);
    return { post: (m) => worker.received.push(m as WorkerRequest), terminate: () => (worker.terminated = true) };
  };
  return { started, startWorker, latest: () => started.at(-1)! };
}

const settings = { cases: 100, seed: 1, replications: 2, scenario: null };
const report = () => simulate(claimsIntakeMap(), { ...settings, cases: 20 });

afterEach(() => {
  vi.useRealTimers();
});

describe('simulation client', () => {
  it('starts a worker with the first run and shows its progress', () => {
    const workers = fakeWorkers();
    const client = createSimulationClient({ startWorker: workers.startWorker });
    expect(workers.started).toHaveLength(0);
    const runId = client.run(claimsIntakeMap(), settings);
    expect(workers.latest().received).toEqual([{ type: 'run', runId, model: claimsIntakeMap(), settings }]);
    expect(client.state.getState()).toEqual({
      status: 'running',
      runId,
      settings,
      fraction: 0,
      casesDone: 0,
      casesTotal: 200,
      cancelling: false,
    });
    workers.latest().handlers.onMessage({ type: 'progress', runId, fraction: 0.25, casesDone: 50, casesTotal: 200 });
    expect(client.state.getState()).toMatchObject({ status: 'running', fraction: 0.25, casesDone: 50 });
  });

  it('keeps the report when the run ends, and the same worker for the next run', () => {
    const workers = fakeWorkers();
    const client = createSimulationClient({ startWorker: workers.startWorker });
    const runId = client.run(claimsIntakeMap(), settings);
    const result = report();
    workers.latest().handlers.onMessage({ type: 'result', runId, report: result, events: 900, elapsedMs: 12 });
    expect(client.state.getState()).toEqual({
      status: 'done',
      runId,
      settings,
      report: result,
      events: 900,
      elapsedMs: 12,
    });
    client.run(claimsIntakeMap(), settings);
    expect(workers.started).toHaveLength(1);
    expect(workers.latest().received).toHaveLength(2);
  });

  it('shows the problems of a map the engine refused', () => {
    const workers = fakeWorkers();
    const client = createSimulationClient({ startWorker: workers.startWorker });
    const runId = client.run(claimsIntakeMap(), settings);
    const problems = [{ code: 'FW_SIM_UNKNOWN_RESOURCE', elementId: 'review', message: 'no pool "auditors"' }];
    workers
      .latest()
      .handlers.onMessage({ type: 'error', runId, code: 'FW_SIM_INVALID_MODEL', message: 'cannot run', problems });
    expect(client.state.getState()).toEqual({
      status: 'failed',
      runId,
      settings,
      code: 'FW_SIM_INVALID_MODEL',
      message: 'cannot run',
      problems,
    });
  });

  it('asks the worker to cancel and shows where the run stopped', () => {
    let clock = 1000;
    const workers = fakeWorkers();
    const client = createSimulationClient({ startWorker: workers.startWorker, now: () => clock });
    const runId = client.run(claimsIntakeMap(), settings);
    client.cancel();
    expect(workers.latest().received.at(-1)).toEqual({ type: 'cancel', runId });
    expect(client.state.getState()).toMatchObject({ status: 'running', cancelling: true });
    client.cancel();
    expect(workers.latest().received).toHaveLength(2);
    clock += 40;
    workers.latest().handlers.onMessage({ type: 'cancelled', runId, casesDone: 61 });
    expect(client.state.getState()).toEqual({
      status: 'cancelled',
      runId,
      settings,
      fraction: 0.305,
      casesDone: 61,
      casesTotal: 200,
      stoppedInMs: 40,
    });
    expect(workers.latest().terminated).toBe(false);
  });

  it('ends a worker that does not answer a Cancel within the grace time', () => {
    vi.useFakeTimers();
    const workers = fakeWorkers();
    const client = createSimulationClient({ startWorker: workers.startWorker, cancelGraceMs: 300 });
    const runId = client.run(claimsIntakeMap(), settings);
    workers.latest().handlers.onMessage({ type: 'progress', runId, fraction: 0.1, casesDone: 20, casesTotal: 200 });
    client.cancel();
    vi.advanceTimersByTime(299);
    expect(client.state.getState().status).toBe('running');
    vi.advanceTimersByTime(1);
    expect(client.state.getState()).toMatchObject({ status: 'cancelled', casesDone: 20 });
    expect(workers.latest().terminated).toBe(true);
    client.run(claimsIntakeMap(), settings);
    expect(workers.started).toHaveLength(2);
  });

  it('ignores messages of a run it replaced', () => {
    const workers = fakeWorkers();
    const client = createSimulationClient({ startWorker: workers.startWorker });
    const first = client.run(claimsIntakeMap(), settings);
    const second = client.run(claimsIntakeMap(), { ...settings, cases: 10 });
    expect(workers.latest().received.map((m) => m.type)).toEqual(['run', 'cancel', 'run']);
    workers.latest().handlers.onMessage({ type: 'cancelled', runId: first, casesDone: 3 });
    workers.latest().handlers.onMessage({ type: 'result', runId: first, report: report(), events: 1, elapsedMs: 1 });
    expect(client.state.getState()).toMatchObject({ status: 'running', runId: second, casesTotal: 20 });
  });

  it('fails with FW_INTERNAL on a message it does not understand or a worker that breaks', () => {
    const workers = fakeWorkers();
    const client = createSimulationClient({ startWorker: workers.startWorker });
    const runId = client.run(claimsIntakeMap(), settings);
    workers.latest().handlers.onMessage({ type: 'progress', runId, fraction: 2 });
    expect(client.state.getState()).toMatchObject({
      status: 'failed',
      code: 'FW_INTERNAL',
      message: expect.stringContaining('not understood'),
    });
    expect(workers.latest().terminated).toBe(true);
    client.run(claimsIntakeMap(), settings);
    workers.latest().handlers.onFailure('could not load the script');
    expect(client.state.getState()).toMatchObject({
      status: 'failed',
      code: 'FW_INTERNAL',
      message: 'could not load the script',
    });
  });

  it('fails instead of throwing when no worker can be started', () => {
    const client = createSimulationClient({
      startWorker: () => {
        throw new Error('workers are not allowed here');
      },
    });
    client.run(claimsIntakeMap(), settings);
    expect(client.state.getState()).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('workers are not allowed here'),
    });
  });

  it('forgets a run on reset and ends its worker', () => {
    const workers = fakeWorkers();
    const client = createSimulationClient({ startWorker: workers.startWorker });
    client.run(claimsIntakeMap(), settings);
    client.reset();
    expect(client.state.getState()).toEqual({ status: 'idle' });
    expect(workers.latest().terminated).toBe(true);
  });

  it('runs the real engine through the protocol with an in-process worker', async () => {
    const client = createSimulationClient({
      startWorker(handlers) {
        const host = createSimulationHost({
          post: (m) => void setTimeout(() => handlers.onMessage(structuredClone(m))),
          schedule: (task) => void setTimeout(task),
          now: () => performance.now(),
        });
        return { post: (m) => void setTimeout(() => host.receive(structuredClone(m))), terminate: () => undefined };
      },
    });
    const seen: string[] = [];
    client.state.subscribe((s) => seen.push(s.status));
    client.run(claimsIntakeMap(), settings);
    await vi.waitFor(() => expect(client.state.getState().status).toBe('done'), { timeout: 60_000 });
    const state = client.state.getState();
    expect(state.status === 'done' && state.report).toEqual(simulate(claimsIntakeMap(), settings));
    expect(seen).toContain('running');
  });
});
