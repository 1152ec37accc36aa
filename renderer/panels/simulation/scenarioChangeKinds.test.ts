import { describe, expect, it } from 'vitest';
import { describeOverride, processSchema } from '../../../shared/model';
import { applyScenario } from '../../../shared/sim';
import { changeKinds } from './scenarioChangeKinds';

const model = processSchema.parse({
  format: 'flowwright.process',
  schemaVersion: 1,
  id: 'claims',
  nodes: [
    { id: 'start', type: 'startEvent', x: 0, y: 0 },
    {
      id: 'check',
      type: 'task',
      name: 'Check claim',
      x: 100,
      y: 0,
      sim: { duration: { type: 'fixed', value: 900 }, resource: 'clerks' },
    },
    { id: 'ok', type: 'exclusiveGateway', name: 'OK?', x: 200, y: 0 },
    { id: 'end', type: 'endEvent', x: 300, y: 0 },
  ],
  flows: [
    { id: 'f1', source: 'start', target: 'check' },
    { id: 'f2', source: 'check', target: 'ok' },
    { id: 'yes', source: 'ok', target: 'end', name: 'Yes', probability: 0.8 },
  ],
  simulation: {
    arrivals: { interarrival: { type: 'exponential', mean: 600 } },
    resources: [{ id: 'clerks', name: 'Clerks', capacity: 2 }],
    calendars: [{ id: 'office', name: 'Office hours', weekly: [] }],
  },
});

/** What each kind of the form writes from its starting value, in words. */
const fromInitial = (id: string) => {
  const kind = changeKinds.find((k) => k.id === id)!;
  const target = kind.targets(model)[0].value;
  const override = kind.build(model, target, kind.initial(model, target));
  return override && describeOverride(model, override);
};

describe('the kinds of change of the scenario form', () => {
  it('offer the pools, tasks and gateway branches of the map, and start from sensible values', () => {
    const labels = (id: string) =>
      changeKinds
        .find((k) => k.id === id)!
        .targets(model)
        .map((c) => c.label);
    expect(labels('capacity')).toEqual(['Clerks']);
    expect(labels('faster')).toEqual(['Check claim']);
    expect(labels('branch')).toEqual(["'Yes'"]);
    expect(fromInitial('capacity')).toBe('Clerks: 2 → 3 people');
    expect(fromInitial('faster')).toBe('Check claim: 30 % faster (15 min → 10.5 min)');
    expect(fromInitial('automate')).toBe('Check claim: automated (takes 0 s, no pool)');
    expect(fromInitial('arrivals')).toBe('Arrivals: 30 % more (every 10 min → every 7.7 min)');
  });

  it('write nothing for values out of range, and read minutes and percents', () => {
    const kind = (id: string) => changeKinds.find((k) => k.id === id)!;
    expect(kind('capacity').build(model, 'clerks', '')).toBeNull();
    expect(kind('capacity').build(model, 'clerks', '-1')).toBeNull();
    expect(kind('branch').build(model, 'yes', '120')).toBeNull();
    expect(kind('branch').build(model, 'yes', '65')).toStrictEqual({ path: '/flows/2/probability', value: 0.65 });
    expect(kind('duration').build(model, 'check', '20')?.value).toStrictEqual({ type: 'fixed', value: 1200 });
    const hours = kind('calendar').build(model, 'clerks', 'office')!;
    expect(describeOverride(model, hours)).toBe('Clerks: working hours around the clock → Office hours');
  });

  it("change a pool's queue policy, listed in words from the pool's own policy", () => {
    const kind = changeKinds.find((k) => k.id === 'queuePolicy')!;
    expect(kind.valueChoices!(model).map((c) => c.label)).toEqual([
      'First come, first served',
      'Last come, first served',
      'Shortest work first',
    ]);
    expect(fromInitial('queuePolicy')).toBe('Clerks: first come, first served → last come, first served');
    const shortest = kind.build(model, 'clerks', 'shortest')!;
    expect(shortest).toStrictEqual({ path: '/simulation/resources/0/queuePolicy', value: 'shortest' });
    expect(describeOverride(model, shortest)).toBe('Clerks: first come, first served → shortest work first');
    expect(kind.build(model, 'clerks', 'random')).toBeNull();
    expect(kind.build(model, 'nobody', 'lifo')).toBeNull();
    const lifoPool = structuredClone(model);
    lifoPool.simulation.resources[0].queuePolicy = 'lifo';
    expect(kind.initial(lifoPool, 'clerks')).toBe('fifo');
    const back = kind.build(lifoPool, 'clerks', 'fifo')!;
    expect(describeOverride(lifoPool, back)).toBe('Clerks: last come, first served → first come, first served');
    expect(
      applyScenario({ ...lifoPool, scenarios: [{ id: 's', name: 'S', overrides: [back] }] }, 's').simulation
        .resources[0].queuePolicy,
    ).toBe('fifo');
  });
});
