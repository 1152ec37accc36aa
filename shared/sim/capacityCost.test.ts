import { describe, it, expect } from 'vitest';
import type { ProcessModel } from '../model';
import { buildModel } from './testing/models';
import { run } from './testing/expectSound';
import { Statistic } from './statistics';
import { checkRunnable } from './checkRunnable';

const office = {
  id: 'office',
  weekly: [
    {
      days: ['MON' as const, 'TUE' as const, 'WED' as const, 'THU' as const, 'FRI' as const],
      from: '09:00',
      to: '17:00',
    },
  ],
};

interface PoolInput {
  capacity: number;
  costPerHour?: number;
  costPerHourOfCapacity?: number;
  calendar?: string;
}

/** start → a 30-minute task on one pool → end; one case every `gap` seconds, arriving around the clock. */
function clerkMap(pool: PoolInput, cases: number, gap: number, startAt: string, replications = 1): ProcessModel {
  return buildModel(
    [
      { id: 'start', type: 'startEvent' },
      { id: 'file', type: 'task', sim: { duration: { type: 'fixed', value: 1800 }, resource: 'clerks' } },
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'file'],
      ['file', 'end'],
    ],
    {
      arrivals: { interarrival: { type: 'fixed', value: gap } },
      cases,
      replications,
      startAt,
      resources: [{ id: 'clerks', ...pool }],
      calendars: [office],
    },
  );
}

const monday = '2026-01-05T08:00:00Z';
const fridayFour = '2026-01-09T16:00:00Z';

describe('cost per hour of capacity', () => {
  it('charges capacity × measured hours × rate around the clock, shared over the cases', () => {
    // Ten cases an hour apart, each 30 min of work: measured from 0 to 9.5 h.
    // Capacity: 2 × 9.5 h × 10 = 190. Work: 10 × 0.5 h × 30 = 150. Per case: 15 + 190 / 10 = 34.
    const report = run(clerkMap({ capacity: 2, costPerHour: 30, costPerHourOfCapacity: 10 }, 10, 3600, monday));
    expect(report.resources[0].cost).toBeCloseTo(340, 9);
    expect(report.costPerCase.mean).toBeCloseTo(34, 9);
    expect(report.costPerCase.max).toBeCloseTo(34, 9);
    expect(report.costPerCase.p50).toBeCloseTo(34, 9);
    expect(report.costPerCase.sd).toBeCloseTo(0, 9);
  });

  it('charges only the working hours of the pool calendar (Mon–Fri 09:00–17:00)', () => {
    // Cases arrive Fri 16:00, Sat 16:00, Sun 16:00 and Mon 16:00; the weekend ones are served Mon 09:00–09:30 and the
    // last ends Mon 16:30. Working hours in Fri 16:00 → Mon 16:30: Fri 16–17 (1 h) + Mon 09:00–16:30 (7.5 h) = 8.5 h.
    // Capacity: 2 × 8.5 h × 20 = 340, over 4 cases: 85 each. Two identical replications: the pool's cost is a total.
    const model = clerkMap({ capacity: 2, costPerHourOfCapacity: 20, calendar: 'office' }, 4, 86400, fridayFour, 2);
    const report = run(model);
    expect(report.cases.completed).toBe(8);
    expect(report.resources[0].cost).toBeCloseTo(680, 9);
    expect(report.costPerCase.mean).toBeCloseTo(85, 9);
    expect(report.costPerCase.max).toBeCloseTo(85, 9);
    expect(report.costPerCase.ci95![0]).toBeCloseTo(85, 9);
    expect(report.costPerCase.ci95![1]).toBeCloseTo(85, 9);
  });

  it('doubles with the capacity: one more clerk costs money even when idle', () => {
    const cost = (capacity: number) =>
      run(clerkMap({ capacity, costPerHour: 30, costPerHourOfCapacity: 10 }, 10, 3600, monday));
    const two = cost(2);
    const four = cost(4);
    const work = 150;
    expect(four.resources[0].cost - work).toBeCloseTo(2 * (two.resources[0].cost - work), 9);
    expect(four.costPerCase.mean).toBeCloseTo(15 + 38, 9);
    // The work done is the same: without a capacity rate the extra clerks cost nothing.
    const free = (capacity: number) => run(clerkMap({ capacity, costPerHour: 30 }, 10, 3600, monday));
    expect(free(4).resources[0].cost).toBeCloseTo(free(2).resources[0].cost, 9);
  });

  it('leaves the report exactly as it was with a zero rate', () => {
    const model = (rate?: number) =>
      clerkMap(
        {
          capacity: 2,
          costPerHour: 30,
          calendar: 'office',
          ...(rate === undefined ? {} : { costPerHourOfCapacity: rate }),
        },
        200,
        1500,
        monday,
        3,
      );
    const without = run(model());
    expect(JSON.stringify(run(model(0)))).toBe(JSON.stringify(without));
    // 200 cases × 0.5 h × 30 per replication, over 3 replications.
    expect(without.resources[0].cost).toBeCloseTo(3 * 200 * 15, 6);
    expect(without.costPerCase.mean).toBeCloseTo(15, 9);
  });
});

describe('the capacity rate limit', () => {
  it('refuses a cost per hour of capacity beyond 10^12, naming the pool', () => {
    const model = clerkMap({ capacity: 2, costPerHourOfCapacity: 2e12 }, 10, 3600, monday);
    expect(checkRunnable(model)).toEqual([
      {
        code: 'FW_SIM_TOO_LARGE',
        elementId: 'clerks',
        message: 'the cost per hour of capacity is 2000000000000; it can be at most 1000000000000',
      },
    ]);
  });
});

describe('Statistic.addReplication', () => {
  it('matches adding the shifted observations one by one', () => {
    const values = Array.from({ length: 500 }, (_, i) => 100 + ((i * 7919) % 1000) / 3);
    const direct = new Statistic();
    const merged = new Statistic();
    for (const [r, shift] of [
      [0, 12.5],
      [1, 40],
    ]) {
      const replication = new Statistic();
      for (const v of values.slice(r * 250, r * 250 + 250)) {
        direct.add(v + shift);
        replication.add(v);
      }
      direct.endReplication();
      merged.addReplication(replication, shift);
    }
    const a = direct.summary();
    const b = merged.summary();
    expect(b.mean).toBeCloseTo(a.mean, 9);
    expect(b.sd).toBeCloseTo(a.sd, 9);
    expect(b.max).toBeCloseTo(a.max, 9);
    for (const q of ['p50', 'p90', 'p95'] as const) expect(Math.abs(b[q] - a[q]) / a[q]).toBeLessThan(0.011);
    expect(b.ci95![0]).toBeCloseTo(a.ci95![0], 9);
    expect(b.ci95![1]).toBeCloseTo(a.ci95![1], 9);
    expect(merged.sum).toBeCloseTo(direct.sum, 6);
  });
});
