import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../model';
import {
  compareKpis,
  compareMaps,
  compareScenarios,
  pairedInterval,
  type Comparison,
  type RunOutcome,
} from './compare';
import { reportKpis } from './comparedKpis';
import { startSimulation } from './simulate';
import { buildModel, singleQueue } from './testing/models';
import type { Distribution } from '../model';
import type { SimulationReport } from './types';

/** M/M/2 at load 0.8 (arrivals every 1 s, service 1.6 s), with a scenario of one more clerk and one of none. */
function clerks(): ProcessModel {
  const model = singleQueue(
    { interarrival: { type: 'exponential', mean: 1 } },
    { type: 'exponential', mean: 1.6 },
    2,
    3000,
    6,
  );
  return processSchema.parse({
    ...model,
    scenarios: [
      { id: 'one-more', name: 'One more clerk', overrides: [{ path: '/simulation/resources/0/capacity', value: 3 }] },
      { id: 'same', name: 'Nothing changed', overrides: [] },
    ],
  });
}

const kpi = (c: Comparison, name: string) => c.kpis.find((k) => k.kpi === name)!;

describe('pairedInterval', () => {
  it('is mean ± t(n−1)·s/√n of the differences, worked by hand', () => {
    // mean 2.5; s = √(5/3) = 1.29099; t(3) = 3.182; half = 3.182 × 1.29099 / 2 = 2.05397
    const [lo, hi] = pairedInterval([1, 2, 3, 4])!;
    expect(lo).toBeCloseTo(0.44603, 4);
    expect(hi).toBeCloseTo(4.55397, 4);
  });

  it('is [0, 0] for differences that are all 0, and null for one replication', () => {
    expect(pairedInterval([0, 0, 0])).toEqual([0, 0]);
    expect(pairedInterval([3])).toBeNull();
  });
});

describe('compareKpis', () => {
  const report = (cycle: number) =>
    ({
      cycleTime: { mean: cycle },
      waitingTime: { mean: 0 },
      processingTime: { mean: 0 },
      costPerCase: { mean: 0 },
      throughputPerHour: 0,
      exceptions: [],
      cases: { started: 1 },
      resources: [],
    }) as unknown as SimulationReport;
  const run = (cycle: number, perReplication: number[]): RunOutcome => ({
    label: String(cycle),
    scenario: null,
    report: report(cycle),
    replicationKpis: perReplication.map((v) => ({ 'cycleTime.mean': v })),
  });

  it('pairs replication r of each run with replication r of the baseline', () => {
    const rows = compareKpis([run(10, [10, 11, 9, 10]), run(12.5, [11, 13, 12, 14])]);
    const cycle = rows.find((r) => r.kpi === 'cycleTime.mean')!;
    expect(cycle.values).toEqual([10, 12.5]);
    expect(cycle.delta).toEqual([null, 2.5]);
    // Differences 1, 2, 3, 4: the interval worked out above, which excludes 0.
    expect(cycle.deltaCi95[1]![0]).toBeCloseTo(0.44603, 4);
    expect(cycle.separated).toEqual([null, true]);
  });
});

describe('compareScenarios', () => {
  const comparison = compareScenarios(clerks(), ['one-more', 'same']);

  it('labels the runs and keeps each report whole', () => {
    expect(comparison.runs.map((r) => [r.label, r.scenario])).toEqual([
      ['map as drawn', null],
      ['One more clerk', 'one-more'],
      ['Nothing changed', 'same'],
    ]);
    expect(comparison.runs[1].report.scenario).toBe('one-more');
    expect(comparison.runs.every((r) => r.report.replications === 6)).toBe(true);
  });

  it('gives a scenario without overrides exactly the baseline: delta 0, interval [0, 0], not separated', () => {
    const { scenario: _a, ...baseline } = comparison.runs[0].report;
    const { scenario: _b, ...same } = comparison.runs[2].report;
    expect(same).toEqual(baseline);
    for (const row of comparison.kpis) {
      expect(row.delta[2]).toBe(0);
      expect(row.deltaCi95[2]).toEqual([0, 0]);
      expect(row.separated[2]).toBe(false);
    }
  });

  it('finds that one more clerk cuts waiting, with an interval that excludes 0', () => {
    const waiting = kpi(comparison, 'waitingTime.mean');
    expect(waiting.values[1]).toBeLessThan(waiting.values[0] / 3);
    expect(waiting.delta[1]).toBeLessThan(0);
    expect(waiting.deltaCi95[1]![1]).toBeLessThan(0);
    expect(waiting.separated[1]).toBe(true);
    const utilization = kpi(comparison, 'utilization.servers');
    expect(utilization.values[1]).toBeLessThan(utilization.values[0]);
    expect(utilization.separated[1]).toBe(true);
    expect(comparison.kpis.map((k) => k.kpi)).toEqual([
      'cycleTime.mean',
      'waitingTime.mean',
      'processingTime.mean',
      'throughputPerHour',
      'costPerCase.mean',
      'exceptionsPerCase',
      'workHoursPerMonth',
      'utilization.servers',
    ]);
  });

  it('computes the interval from the per-replication differences of the two runs', () => {
    const base = startSimulation(clerks(), {});
    const more = startSimulation(clerks(), { scenario: 'one-more' });
    while (!base.advance(1e6));
    while (!more.advance(1e6));
    const d = more.replicationKpis.map((r, i) => r['waitingTime.mean'] - base.replicationKpis[i]['waitingTime.mean']);
    expect(d).toHaveLength(6);
    expect(kpi(comparison, 'waitingTime.mean').deltaCi95[1]).toEqual(pairedInterval(d));
  });

  it('refuses an unknown scenario and a scenario whose map cannot run, naming it', () => {
    expect(() => compareScenarios(clerks(), ['nope'])).toThrow(/scenario "nope" is not in the map/);
    const broken = processSchema.parse({
      ...clerks(),
      scenarios: [
        { id: 'none', name: 'No clerks', overrides: [{ path: '/simulation/resources/0/capacity', value: 0 }] },
      ],
    });
    expect(() => compareScenarios(broken, ['none'])).toThrow(/^No clerks cannot be simulated/);
  });
});

describe('replication KPIs', () => {
  it('of a single replication equal the KPIs of its report', () => {
    const run = startSimulation(clerks(), { replications: 1, cases: 500 });
    while (!run.advance(1e6));
    const fromReport = reportKpis(run.report());
    const [row] = run.replicationKpis;
    expect(Object.keys(row)).toEqual(Object.keys(fromReport));
    for (const name of Object.keys(row)) expect(row[name]).toBeCloseTo(fromReport[name], 9);
  });
});

describe('common random numbers by element id', () => {
  const task = (id: string, duration: Distribution) => ({ id, type: 'task' as const, sim: { duration } });
  const asIs = buildModel(
    [
      { id: 'start', type: 'startEvent' },
      task('a', { type: 'exponential', mean: 60 }),
      task('b', { type: 'triangular', min: 10, mode: 30, max: 90 }),
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'a'],
      ['a', 'b'],
      ['b', 'end'],
    ],
    { arrivals: { interarrival: { type: 'exponential', mean: 50 } }, cases: 300, replications: 3 },
  );
  // A check added first in the node list: every other node moves one place along.
  const toBe = buildModel(
    [
      task('check', { type: 'uniform', min: 5, max: 15 }),
      ...asIs.nodes.map(({ id, type, sim }) => ({ id, type, sim })),
    ],
    [
      { id: 'f1', source: 'start', target: 'check' },
      { id: 'f4', source: 'check', target: 'a' },
      ...asIs.flows.slice(1),
    ],
    asIs.simulation,
  );
  const comparison = compareMaps({ model: asIs, label: 'as-is' }, { model: toBe, label: 'to-be' });
  const processing = (run: number, id: string) =>
    comparison.runs[run].report.activities.find((a) => a.id === id)!.processing;

  it('keeps the draws of the nodes both maps have', () => {
    for (const id of ['a', 'b']) {
      const [before, after] = [processing(0, id), processing(1, id)];
      // The same draws; only the order they are summed in moves the last digits of mean and sd.
      expect([after.p50, after.p90, after.p95, after.max]).toEqual([before.p50, before.p90, before.p95, before.max]);
      expect(after.mean).toBeCloseTo(before.mean, 9);
      expect(after.sd).toBeCloseTo(before.sd, 9);
    }
    expect(processing(1, 'check').mean).toBeGreaterThan(5);
  });

  it('reports the structural difference and the paired change in cycle time', () => {
    expect(comparison.diff).toEqual({
      added: ['check', 'f4'],
      removed: [],
      changed: [{ id: 'f1', fields: ['target'] }],
    });
    const cycle = kpi(comparison, 'cycleTime.mean');
    // The check adds 10 s on average to every case and nothing else changes.
    expect(cycle.delta[1]).toBeCloseTo(10, 0);
    expect(cycle.separated[1]).toBe(true);
  });
});

describe('rounding noise', () => {
  it('does not make equal values summed in another order a real difference', () => {
    const outcome = (cost: number, perReplication: number[]): RunOutcome => ({
      label: 'run',
      scenario: null,
      report: {
        cycleTime: { mean: 0 },
        waitingTime: { mean: 0 },
        processingTime: { mean: 0 },
        costPerCase: { mean: cost },
        throughputPerHour: 0,
        exceptions: [],
        cases: { started: 1 },
        resources: [],
      } as unknown as SimulationReport,
      replicationKpis: perReplication.map((v) => ({ 'costPerCase.mean': v })),
    });
    // 0.1 + 0.2 and 0.3 differ in the last bit: the same cost, summed two ways.
    const [row] = compareKpis([
      outcome(0.3, [0.3, 0.3, 0.3]),
      outcome(0.1 + 0.2, [0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2]),
    ]).filter((r) => r.kpi === 'costPerCase.mean');
    expect(row.delta[1]).toBe(0);
    expect(row.deltaCi95[1]).toEqual([0, 0]);
    expect(row.separated[1]).toBe(false);
  });
});
