import { describe, it, expect } from 'vitest';
import type { QueuePolicy } from '../model';
import type { CaseDataSource, EventLogRow } from './types';
import { buildModel, singleQueue } from './testing/models';
import { run } from './testing/expectSound';

/** A case of the fixed cases below: when it arrives, how long its work takes, whether it is urgent, its priority. */
interface Arrival {
  at: number;
  work: number;
  urgent?: boolean;
  priority?: number;
}

/**
 * One clerk; urgent cases go to "Urgent check" (task priority 1), the others to "Check". The work of each case is
 * its record's `work`, so the order of service can be read off exactly.
 */
function clerkMap(policy: QueuePolicy | undefined, scenarioPolicy?: QueuePolicy) {
  const task = (id: string, priority: number) => ({
    id,
    type: 'task' as const,
    sim: { durationExpression: 'work', resource: 'clerk', priority },
  });
  return buildModel(
    [
      { id: 'start', type: 'startEvent' },
      { id: 'which', type: 'exclusiveGateway' },
      task('urgent', 1),
      task('check', 0),
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'which'],
      { id: 'toUrgent', source: 'which', target: 'urgent', condition: 'urgent' },
      { id: 'toCheck', source: 'which', target: 'check', default: true },
      ['urgent', 'end'],
      ['check', 'end'],
    ],
    { resources: [{ id: 'clerk', name: 'Clerk', capacity: 1, ...(policy ? { queuePolicy: policy } : {}) }] },
    {
      data: {
        fields: [
          { name: 'work', type: 'number' },
          { name: 'urgent', type: 'boolean' },
        ],
      },
      scenarios: scenarioPolicy
        ? [{ id: 'other', overrides: [{ path: '/simulation/resources/0/queuePolicy', value: scenarioPolicy }] }]
        : [],
    },
  );
}

function cases(arrivals: Arrival[]): CaseDataSource {
  return {
    caseAt: (i) => ({
      record: { work: arrivals[i].work, urgent: arrivals[i].urgent ?? false },
      priority: arrivals[i].priority ?? 0,
      label: `c${i}`,
    }),
    arrivalAt: (i) => arrivals[i].at,
  };
}

/** The cases in the order the clerk started them, with each start time. */
function served(arrivals: Arrival[], policy: QueuePolicy | undefined, scenario?: QueuePolicy): string[] {
  const rows: EventLogRow[] = [];
  const model = clerkMap(policy, scenario);
  run(model, {
    cases: arrivals.length,
    caseData: cases(arrivals),
    scenario: scenario ? 'other' : null,
    eventLog: (row) => rows.push(row),
  });
  const t0 = rows.reduce((min, r) => Math.min(min, r.enabled), Infinity);
  return rows
    .sort((a, b) => a.start! - b.start!)
    .map((r) => `${r.caseId.replace(/^.*(c\d+)$/, '$1')}@${(r.start! - t0) / 1000}`);
}

describe('queue policy of a pool: the order of service', () => {
  // c0 keeps the clerk busy until 100 s while c1, c2 and c3 queue behind it.
  const three: Arrival[] = [
    { at: 0, work: 100 },
    { at: 10, work: 30 },
    { at: 20, work: 10 },
    { at: 30, work: 20 },
  ];

  it('fifo (and no policy): first come, first served', () => {
    const expected = ['c0@0', 'c1@100', 'c2@130', 'c3@140'];
    expect(served(three, undefined)).toEqual(expected);
    expect(served(three, 'fifo')).toEqual(expected);
  });

  it('lifo: last come, first served', () => {
    expect(served(three, 'lifo')).toEqual(['c0@0', 'c3@100', 'c2@120', 'c1@130']);
  });

  it('shortest: the shortest work first', () => {
    expect(served(three, 'shortest')).toEqual(['c0@0', 'c2@100', 'c3@110', 'c1@130']);
  });

  // c1 needs the urgent task; c2 is a case of priority 5; c3 and c4 are ordinary.
  const mixed: Arrival[] = [
    { at: 0, work: 100 },
    { at: 10, work: 30, urgent: true },
    { at: 20, work: 10, priority: 5 },
    { at: 30, work: 20 },
    { at: 40, work: 5 },
  ];

  it('task priority comes first under every policy; case priority under fifo and lifo only', () => {
    expect(served(mixed, 'fifo')).toEqual(['c0@0', 'c1@100', 'c2@130', 'c3@140', 'c4@160']);
    expect(served(mixed, 'lifo')).toEqual(['c0@0', 'c1@100', 'c2@130', 'c4@140', 'c3@145']);
    expect(served(mixed, 'shortest')).toEqual(['c0@0', 'c1@100', 'c4@130', 'c2@135', 'c3@145']);
  });

  it('a scenario can change the policy of a pool', () => {
    expect(served(three, 'fifo', 'lifo')).toEqual(['c0@0', 'c3@100', 'c2@120', 'c1@130']);
    expect(served(three, undefined, 'shortest')).toEqual(['c0@0', 'c2@100', 'c3@110', 'c1@130']);
  });
});

// M/M/1 at load 0.8, 10 replications of 100,000 customers, as in queues.test.ts. The mean wait does not depend on
// the order of service as long as it ignores the work (fifo, lifo): 4 × the mean service. Under lifo the waits
// spread far wider. Shortest work first (non-preemptive) gives W0 ∫ dF(x) / ((1 − ρ(x⁻))(1 − ρ(x))) with
// W0 = λE[S²]/2 = 0.8 and ρ(x) = λ ∫₀ˣ t dF(t): 1.882 by numerical integration.
describe('queue policies against theory (M/M/1, load 0.8)', () => {
  const mm1 = (policy: QueuePolicy) => {
    const model = singleQueue(
      { interarrival: { type: 'exponential', mean: 1.25 } },
      { type: 'exponential', mean: 1 },
      1,
      100_000,
      10,
    );
    model.simulation.resources[0].queuePolicy = policy;
    return run(model, { seed: 21 }).activities[0].waiting;
  };

  it('fifo and lifo: the same mean wait; lifo a larger p95, max and spread', () => {
    const fifo = mm1('fifo');
    const lifo = mm1('lifo');
    expect(Math.abs(fifo.mean - 4) / 4).toBeLessThan(0.05);
    expect(Math.abs(lifo.mean - 4) / 4).toBeLessThan(0.08);
    expect(lifo.ci95![0]).toBeLessThan(4);
    expect(lifo.ci95![1]).toBeGreaterThan(4);
    expect(lifo.p95).toBeGreaterThan(fifo.p95 * 1.2);
    expect(lifo.max).toBeGreaterThan(fifo.max * 3);
    expect(lifo.sd).toBeGreaterThan(fifo.sd * 2);
  });

  it('shortest: mean wait 1.882 by the formula for shortest processing time (tolerance 5%)', () => {
    const shortest = mm1('shortest');
    expect(Math.abs(shortest.mean - 1.882) / 1.882).toBeLessThan(0.05);
    expect(shortest.mean).toBeLessThan(4 * 0.6);
  });
});
