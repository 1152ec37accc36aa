import { describe, it, expect } from 'vitest';
import type { EventLogRow } from './types';
import { buildModel, singleQueue } from './testing/models';
import { run } from './testing/expectSound';

/** Erlang C: the chance that an arrival waits in an M/M/c queue with offered load a = λ/μ. */
function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) sum += term *= a / k;
  const last = ((term * a) / c) * (c / (c - a));
  return last / (sum + last);
}

// 10 replications of 100,000 customers: the standard error of the mean wait is about 1.1% (M/M/1), 1.4% (M/M/3)
// and 0.5% (M/D/1) of the value, measured from the spread of the replication means; tolerances are ≥ 3.5 of those.
describe('queues against theory', () => {
  it('M/M/1 at load 0.8: mean wait = 4 × mean service (tolerance 5%)', () => {
    const report = run(
      singleQueue(
        { interarrival: { type: 'exponential', mean: 1.25 } },
        { type: 'exponential', mean: 1 },
        1,
        100_000,
        10,
      ),
      { seed: 11 },
    );
    const wait = report.activities[0].waiting;
    expect(Math.abs(wait.mean - 4) / 4).toBeLessThan(0.05);
    expect(wait.ci95![0]).toBeLessThan(4);
    expect(wait.ci95![1]).toBeGreaterThan(4);
    expect(Math.abs(report.resources[0].utilization - 0.8)).toBeLessThan(0.01);
  });

  it('M/M/3 at load 0.8: mean wait by Erlang C (tolerance 6%)', () => {
    const expected = erlangC(3, 2.4) / (3 - 2.4); // ≈ 1.0787
    const report = run(
      singleQueue(
        { interarrival: { type: 'exponential', mean: 1 / 2.4 } },
        { type: 'exponential', mean: 1 },
        3,
        100_000,
        10,
      ),
      { seed: 12 },
    );
    expect(Math.abs(report.activities[0].waiting.mean - expected) / expected).toBeLessThan(0.06);
  });

  it('M/D/1 at load 0.8: mean wait by Pollaczek–Khinchine, ρ / (2μ(1 − ρ)) = 2 (tolerance 3%)', () => {
    const report = run(
      singleQueue({ interarrival: { type: 'exponential', mean: 1.25 } }, { type: 'fixed', value: 1 }, 1, 100_000, 10),
      { seed: 13 },
    );
    expect(Math.abs(report.activities[0].waiting.mean - 2) / 2).toBeLessThan(0.03);
  });

  it("non-preemptive priorities: waits by Cobham's formula, 1.333 and 6.667 (tolerance 8%)", () => {
    // Half the cases need an urgent task (priority 1), half a routine one, on one server at total load 0.8.
    const model = buildModel(
      [
        { id: 'start', type: 'startEvent' },
        { id: 'which', type: 'exclusiveGateway' },
        {
          id: 'urgent',
          type: 'task',
          sim: { duration: { type: 'exponential', mean: 1 }, resource: 'server', priority: 1 },
        },
        { id: 'routine', type: 'task', sim: { duration: { type: 'exponential', mean: 1 }, resource: 'server' } },
        { id: 'end', type: 'endEvent' },
      ],
      [
        { id: 'a', source: 'start', target: 'which' },
        { id: 'b', source: 'which', target: 'urgent', probability: 0.5 },
        { id: 'c', source: 'which', target: 'routine', probability: 0.5 },
        { id: 'd', source: 'urgent', target: 'end' },
        { id: 'e', source: 'routine', target: 'end' },
      ],
      {
        arrivals: { interarrival: { type: 'exponential', mean: 1.25 } },
        cases: 100_000,
        replications: 10,
        resources: [{ id: 'server', capacity: 1 }],
      },
    );
    const report = run(model, { seed: 14 });
    const [urgent, routine] = report.activities;
    const w0 = 0.8; // λ E[S²] / 2
    expect(Math.abs(urgent.waiting.mean - w0 / 0.6) / (w0 / 0.6)).toBeLessThan(0.08);
    expect(Math.abs(routine.waiting.mean - w0 / (0.6 * 0.2)) / (w0 / 0.12)).toBeLessThan(0.08);
  });
});

describe('calendars in a run', () => {
  const team = {
    id: 'office',
    timezone: 'UTC',
    weekly: [{ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'] as const, from: '09:00', to: '17:00' }],
  };

  it('starts work arriving at 18:00 on a Friday at 09:00 on Monday, and resumes interrupted work next morning', () => {
    const model = buildModel(
      [
        { id: 'start', type: 'startEvent' },
        { id: 'work', type: 'task', sim: { duration: { type: 'fixed', value: 9 * 3600 }, resource: 'team' } },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'work'],
        ['work', 'end'],
      ],
      {
        startAt: '2026-01-02T18:00:00Z',
        cases: 1,
        resources: [{ id: 'team', capacity: 1, calendar: 'office', costPerHour: 36 }],
        calendars: [{ ...team, weekly: [...team.weekly.map((w) => ({ ...w, days: [...w.days] }))] }],
      },
    );
    const rows: EventLogRow[] = [];
    const report = run(model, { eventLog: (row) => rows.push(row) });
    expect(new Date(rows[0].start!).toISOString()).toBe('2026-01-05T09:00:00.000Z');
    // 8 hours on Monday, the 9th on Tuesday morning.
    expect(new Date(rows[0].end).toISOString()).toBe('2026-01-06T10:00:00.000Z');
    expect(report.activities[0].processing.mean).toBe(9 * 3600);
    expect(report.cycleTime.mean).toBe((63 + 25) * 3600); // Friday 18:00 to Tuesday 10:00
    expect(report.resources[0].busyTime).toBe(9 * 3600);
    expect(report.resources[0].cost).toBeCloseTo(9 * 36, 9);
  });

  it('lets cases arrive only inside the arrival calendar', () => {
    const model = buildModel(
      [
        { id: 'start', type: 'startEvent' },
        { id: 'note', type: 'task' },
        { id: 'end', type: 'endEvent' },
      ],
      [
        ['start', 'note'],
        ['note', 'end'],
      ],
      {
        startAt: '2026-01-05T00:00:00Z',
        cases: 40,
        arrivals: { interarrival: { type: 'fixed', value: 3600 }, calendar: 'office' },
        calendars: [{ ...team, weekly: [...team.weekly.map((w) => ({ ...w, days: [...w.days] }))] }],
      },
    );
    const rows: EventLogRow[] = [];
    run(model, { eventLog: (row) => rows.push(row) });
    const hours = rows.map((r) => new Date(r.enabled).getUTCHours());
    expect(Math.min(...hours)).toBe(9);
    expect(Math.max(...hours)).toBe(16);
    expect(new Date(rows[39].enabled).toISOString()).toBe('2026-01-09T16:00:00.000Z'); // 8 a day, Monday to Friday
  });
});
