import { describe, expect, it } from 'vitest';
import type { ProcessModel } from '../../shared/model';
import { compareMaps } from '../../shared/sim/compare';
import { parseWorkerMessage } from '../simulation/protocol';
import { createResultsStore } from '../simulation/resultsStore';
import { fakeHost as fakeTimedHost } from '../simulation/testHost';
import { createSimulationService } from '../simulation/simulationService';
import type { SimulationWorkerHandlers } from '../simulation/simulationWorker';
import { claimsIntakeMap } from '../simulation/testModels';

/** The host with slices of 5 ms and progress every 20 ms, so that a comparison reports progress many times. */
const fakeHost = () => fakeTimedHost({ sliceMs: 5, progressEveryMs: 20, eventsPerAdvance: 50 });

/** The claims intake map to be: a second reviewer, and an automatic check added before the review. */
function toBe(): ProcessModel {
  const model = structuredClone(claimsIntakeMap());
  model.simulation.resources[1].capacity = 2;
  model.nodes.push({
    id: 'auto',
    type: 'task',
    name: 'Auto check',
    x: 0,
    y: 0,
    sim: { duration: { type: 'fixed', value: 5 } },
  });
  const into = model.flows.find((f) => f.target === 'review')!;
  model.flows.push({ id: 'auto-review', source: 'auto', target: 'review' });
  into.target = 'auto';
  return model;
}

const current = { model: claimsIntakeMap(), label: 'Claims, as last saved' };
const future = { model: toBe(), label: 'Claims, as it is now' };
const settings = { cases: 300, seed: 5, replications: 3, scenario: null, recordOrder: null };

describe('comparing two maps in the worker', () => {
  it('runs both in slices to the figures of one uninterrupted compareMaps, with the structural diff', () => {
    const { host, posted, drain } = fakeHost();
    host.receive({ type: 'compareMaps', runId: 4, current, future, settings });
    expect(drain()).toBeGreaterThan(10);
    const last = posted.at(-1)!;
    // What the app receives passes the protocol's check, diff included.
    const parsed = parseWorkerMessage(last);
    expect(parsed.ok).toBe(true);
    if (last.type !== 'mapComparison') throw new Error(`expected a map comparison, got ${last.type}`);
    const expected = compareMaps(current, future, { cases: 300, seed: 5, replications: 3 });
    expect(last.comparison).toEqual(expected);
    expect(last.comparison.runs.map((r) => r.label)).toEqual(['Claims, as last saved', 'Claims, as it is now']);
    expect(last.comparison.diff?.added).toEqual(['auto', 'auto-review']);
    const waiting = last.comparison.kpis.find((k) => k.kpi === 'waitingTime.mean')!;
    expect(waiting.separated[1]).toBe(true);
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress[0]).toMatchObject({ casesTotal: 300 * 3 * 2 });
    expect(progress.at(-1)!.fraction).toBeGreaterThan(1 / 2);
  });

  it('stops at the next slice after a Cancel', () => {
    const { host, posted, drain } = fakeHost();
    host.receive({ type: 'compareMaps', runId: 9, current, future, settings });
    drain(20);
    host.receive({ type: 'cancel', runId: 9 });
    expect(drain()).toBe(1);
    expect(posted.at(-1)).toMatchObject({ type: 'cancelled', runId: 9 });
  });

  it('refuses before any run when a map cannot run, naming the map in each problem', () => {
    const { host, posted } = fakeHost();
    const broken = structuredClone(future.model);
    broken.nodes.find((n) => n.id === 'review')!.sim!.resource = 'auditors';
    host.receive({ type: 'compareMaps', runId: 2, current, future: { model: broken, label: 'To be' }, settings });
    const last = posted.at(-1)!;
    expect(last).toMatchObject({ type: 'error', code: 'FW_SIM_INVALID_MODEL' });
    if (last.type !== 'error') return;
    expect(last.problems.length).toBeGreaterThan(0);
    for (const p of last.problems) expect(p.message.startsWith('To be: ')).toBe(true);
  });
});

describe('comparing two maps on sample records', () => {
  it('types the records in the worker for each map and runs both on the same records', async () => {
    const { purchaseRequestsMap, messyPurchaseTable } = await import('../data/testData');
    const { host, posted, drain } = fakeHost();
    const mapping = {
      fields: { requestId: 'Request ID', costCenter: 'Cost Center', amount: 'Amount', tier: 'Tier' },
      keyColumn: 'Request ID',
    };
    const later = structuredClone(purchaseRequestsMap());
    later.name = 'Purchase requests to be';
    host.receive({
      type: 'compareMaps',
      runId: 3,
      current: { model: purchaseRequestsMap(), label: 'As is' },
      future: { model: later, label: 'To be' },
      settings: { cases: 8, seed: 2, replications: 2, scenario: null, recordOrder: 'file' },
      data: { table: messyPurchaseTable(), mapping },
    });
    drain();
    const last = posted.at(-1)!;
    if (last.type !== 'mapComparison') throw new Error(`expected a map comparison, got ${last.type}`);
    const [a, b] = last.comparison.runs.map((r) => r.report);
    expect(a.caseData).toEqual({ order: 'file', records: 8, skipped: [] });
    expect(b.caseData).toEqual(a.caseData);
    // Only the name differs: the same records on the same draws give the same figures.
    expect(b.cycleTime).toEqual(a.cycleTime);
    expect(last.comparison.diff).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe('the kept comparison of two maps', () => {
  it('is kept with both maps through the run to its end, in the results store', () => {
    const results = createResultsStore();
    let handlers: SimulationWorkerHandlers | null = null;
    const sent: unknown[] = [];
    const service = createSimulationService((h) => {
      handlers = h;
      return { post: (m) => sent.push(m), terminate: () => undefined };
    }, results);
    service.compareMaps(current, future, settings);
    const kept = results.getState().mapComparison!;
    expect(kept.current.label).toBe('Claims, as last saved');
    expect(kept.state.status).toBe('running');
    // The worker's answer, made by a real host, reaches the store.
    const { host, posted, drain } = fakeHost();
    host.receive(sent[0]);
    drain();
    for (const message of posted) handlers!.onMessage(message);
    const done = results.getState().mapComparison!;
    expect(done.state.status).toBe('done');
    if (done.state.status !== 'done') return;
    expect(done.state.comparison?.diff?.added).toEqual(['auto', 'auto-review']);
    expect(done.future.model).toBe(future.model);
  });
});
