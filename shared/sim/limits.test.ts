import { describe, expect, it } from 'vitest';
import type { Distribution, ProcessModel } from '../model';
import { checkRunnable } from './checkRunnable';
import { simulationLimits } from './limits';
import { simulate } from './simulate';
import { run } from './testing/expectSound';
import { buildModel, singleQueue } from './testing/models';

const exponential = (mean: number) => ({ interarrival: { type: 'exponential' as const, mean } });

/** A queue whose one task, "Serve", takes `service`. */
const queueWith = (service: Distribution, cases = 20) => singleQueue(exponential(600), service, 1, cases);

const problems = (model: ProcessModel) => checkRunnable(model).map((p) => `${p.code} ${p.elementId}: ${p.message}`);

function edited(model: ProcessModel, change: (m: ProcessModel) => void): ProcessModel {
  const copy = structuredClone(model);
  change(copy);
  return copy;
}

describe('overflowing numbers are refused before the run', () => {
  it.each<[string, Distribution, RegExp]>([
    ['a duration of 1e308 s', { type: 'fixed', value: 1e308 }, /value is 1e\+308 s; at most 1000000000 s/],
    ['a spread of 1e300', { type: 'normal', mean: 60, sd: 1e300 }, /sd is 1e\+300 s/],
    ['a uniform up to 1e300', { type: 'uniform', min: 0, max: 1e300 }, /max is 1e\+300 s/],
    ['an empirical 1e308', { type: 'empirical', values: [1, 1e308] }, /a value is 1e\+308 s/],
    ['a lognormal spread far above a tiny mean', { type: 'lognormal', mean: 1e-300, sd: 1 }, /too large for mean/],
    ['a gamma spread far above a tiny mean', { type: 'gamma', mean: 1e-200, sd: 1e9 }, /too large for mean/],
  ])('%s, with the element named', (_, service, message) => {
    const found = problems(queueWith(service));
    expect(found).toEqual([expect.stringMatching(/^FW_SIM_BAD_DISTRIBUTION serve: the duration of "Serve"/)]);
    expect(found[0]).toMatch(message);
    expect(() => simulate(queueWith(service))).toThrow(expect.objectContaining({ code: 'FW_SIM_INVALID_MODEL' }));
  });

  it('refuses an inter-arrival time of 1e308 s', () => {
    const model = singleQueue(exponential(1e308), { type: 'fixed', value: 1 }, 1, 10);
    expect(problems(model)).toEqual([expect.stringMatching(/^FW_SIM_BAD_DISTRIBUTION arrivals: the inter-arrival/)]);
  });

  it('refuses timers, costs, capacities, horizons and start times beyond the limits', () => {
    const model = buildModel(
      [
        { id: 'start', type: 'startEvent' },
        { id: 'work', type: 'task', name: 'Work', sim: { resource: 'pool', fixedCost: 1e300 } },
        { id: 'sla', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'work', interrupting: false, timer: 1e308 },
        { id: 'late', type: 'endEvent' },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'work'],
        ['work', 'end'],
        ['sla', 'late'],
      ],
      {
        resources: [{ id: 'pool', capacity: 1e15, costPerHour: 1e300 }],
        horizon: 1e300,
        startAt: '+200000-01-01T00:00:00Z',
      },
    );
    expect(problems(model).map((p) => p.split(':')[0])).toEqual([
      'FW_SIM_TOO_LARGE test-map',
      'FW_SIM_TOO_LARGE test-map',
      'FW_SIM_TOO_LARGE pool',
      'FW_SIM_TOO_LARGE pool',
      'FW_SIM_TOO_LARGE work',
      'FW_SIM_TOO_LARGE sla',
    ]);
  });

  it('gives a report with only finite numbers for parameters at the limits', () => {
    const { maxSeconds } = simulationLimits;
    for (const service of [
      { type: 'fixed', value: maxSeconds },
      { type: 'normal', mean: maxSeconds, sd: maxSeconds },
      { type: 'lognormal', mean: 1e-3, sd: maxSeconds },
      { type: 'lognormal', mean: maxSeconds, sd: maxSeconds },
      { type: 'gamma', mean: 1e-3, sd: maxSeconds },
      { type: 'gamma', mean: maxSeconds, sd: maxSeconds },
    ] satisfies Distribution[]) {
      const model = edited(queueWith(service, 30), (m) => {
        m.nodes[1].sim!.fixedCost = simulationLimits.maxCost;
        m.simulation.resources[0].costPerHour = simulationLimits.maxCost;
        m.simulation.replications = 3;
      });
      expect(problems(model)).toEqual([]);
      const report = run(model);
      // JSON turns NaN and Infinity into null: what goes out must come back the same.
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    }
  });

  it('stops a run whose clock would leave the range of dates, with a clear error', () => {
    const model = singleQueue(
      { interarrival: { type: 'fixed', value: simulationLimits.maxSeconds } },
      { type: 'fixed', value: 1 },
      1,
      5_000,
    );
    expect(problems(model)).toEqual([]);
    expect(() => simulate(model)).toThrow(
      expect.objectContaining({
        code: 'FW_SIM_TOO_LARGE',
        message: expect.stringMatching(/clock passed 31,688 years/),
      }),
    );
  });

  it('stops a long task on a calendar open one minute a week instead of looping', () => {
    const model = edited(queueWith({ type: 'fixed', value: simulationLimits.maxSeconds }, 3), (m) => {
      m.simulation.calendars = [
        { id: 'rare', timezone: 'UTC', weekly: [{ days: ['MON'], from: '09:00', to: '09:01' }] },
      ];
      m.simulation.resources[0].calendar = 'rare';
    });
    expect(() => simulate(model)).toThrow(expect.objectContaining({ code: 'FW_SIM_TOO_LARGE' }));
  });

  it('uses the drawn duration when a duration expression gives 1e308 s', () => {
    const model = edited(queueWith({ type: 'fixed', value: 60 }), (m) => {
      m.nodes[1].sim!.durationExpression = '10 ** 308';
    });
    const report = run(model);
    expect(report.exceptions).toEqual([expect.objectContaining({ kind: 'invalid-field', count: 20 })]);
    expect(report.processingTime.max).toBe(60);
  });
});

describe('run sizes are capped', () => {
  const model = queueWith({ type: 'fixed', value: 1 });

  it.each([
    ['cases', (m: ProcessModel) => (m.simulation.cases = 1e9), /1,000,000,000 cases per replication/],
    ['replications', (m: ProcessModel) => (m.simulation.replications = 5_000), /5,000 replications/],
    [
      'cases over all replications',
      (m: ProcessModel) => Object.assign(m.simulation, { cases: 1_000_000, replications: 1_000 }),
      /at most 100,000,000 cases are run in all/,
    ],
    ['warm-up cases', (m: ProcessModel) => (m.simulation.warmupCases = 1e9), /warm-up cases/],
    ['the loop limit', (m: ProcessModel) => (m.simulation.loopLimit = 1e9), /the loop limit is 1,000,000,000/],
  ])('refuses too many %s in the map', (_, change, message) => {
    const found = problems(edited(model, change));
    expect(found).toEqual([expect.stringMatching(/^FW_SIM_TOO_LARGE test-map: /)]);
    expect(found[0]).toMatch(message);
  });

  it('refuses too many cases or replications asked for by the run options, as --cases does', () => {
    expect(() => simulate(model, { cases: 1e12 })).toThrow(
      expect.objectContaining({
        code: 'FW_SIM_TOO_LARGE',
        message: '1,000,000,000,000 cases per replication asked for; at most 10,000,000 are run',
      }),
    );
    expect(() => simulate(model, { replications: 1e6 })).toThrow(expect.objectContaining({ code: 'FW_SIM_TOO_LARGE' }));
    expect(() => simulate(model, { cases: 200_000, replications: 1_000 })).toThrow(/in all/);
  });
});
