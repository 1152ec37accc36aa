import { describe, it, expect } from 'vitest';
import { buildModel } from './testing/models';
import { run } from './testing/expectSound';

/** intake (10 min, clerks) → check (5 min, no pool) → approve (exponential, managers) → end. */
function costedMap(warmupCases = 0) {
  return buildModel(
    [
      { id: 'start', type: 'startEvent' },
      {
        id: 'intake',
        type: 'task',
        sim: { duration: { type: 'fixed', value: 600 }, resource: 'clerks', fixedCost: 5 },
      },
      { id: 'check', type: 'task', sim: { duration: { type: 'fixed', value: 300 }, fixedCost: 2 } },
      {
        id: 'approve',
        type: 'task',
        sim: { duration: { type: 'exponential', mean: 900 }, resource: 'managers' },
      },
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'intake'],
      ['intake', 'check'],
      ['check', 'approve'],
      ['approve', 'end'],
    ],
    {
      arrivals: { interarrival: { type: 'exponential', mean: 1200 } },
      cases: 200,
      replications: 2,
      warmupCases,
      resources: [
        { id: 'clerks', capacity: 1, costPerHour: 30, costPerHourOfCapacity: 10 },
        { id: 'managers', capacity: 2, costPerHour: 60, costPerHourOfCapacity: 20 },
      ],
    },
  );
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('cost by activity', () => {
  it('charges each activity its pool rate per hour of work plus its fixed cost, for the measured cases', () => {
    const report = run(costedMap());
    const cost = (id: string) => report.activities.find((a) => a.id === id)!.cost;
    // 400 executions over two replications: 10 min at 30 an hour (5) plus the fixed 5; 2 fixed for check.
    expect(cost('intake')).toBeCloseTo(400 * 10, 6);
    expect(cost('check')).toBeCloseTo(400 * 2, 9);
    const approve = report.activities.find((a) => a.id === 'approve')!;
    expect(approve.cost).toBeCloseTo((approve.processing.mean * approve.count * 60) / 3600, 6);
    expect(approve.cost).toBeGreaterThan(0);
  });

  it('adds up with the capacity cost to the cost of all measured cases, and the pools split into work and capacity', () => {
    for (const warmup of [0, 30]) {
      const report = run(costedMap(warmup));
      const measured = report.cases.completed - 2 * warmup;
      expect(report.cases.inProgress).toBe(0);
      const capacity = sum(report.resources.map((r) => r.capacityCost));
      expect(capacity).toBeGreaterThan(0);
      const total = sum(report.activities.map((a) => a.cost)) + capacity;
      expect(total).toBeCloseTo(report.costPerCase.mean * measured, 6);
      const clerks = report.resources.find((r) => r.id === 'clerks')!;
      // Work: 10 min at 30 an hour per execution; capacity: 1 unit at 10 an hour over the measured time.
      expect(clerks.cost - clerks.capacityCost).toBeCloseTo(measured * 5, 6);
      expect(clerks.capacityCost).toBeCloseTo((report.measuredTime / 3600) * 10, 6);
    }
  });
});
