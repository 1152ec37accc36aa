import { describe, it, expect } from 'vitest';
import { FlowwrightError, processSchema } from '../model';
import { checkRunnable, simulate, startSimulation } from '.';
import { buildModel, singleQueue } from './testing/models';
import { run } from './testing/expectSound';

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

/** A small map that uses every kind of element the engine knows, for whole-report checks. */
function mixedModel(cases = 2000) {
  return buildModel(
    [
      { id: 's', type: 'startEvent', lane: 'front' },
      {
        id: 'review',
        type: 'task',
        lane: 'front',
        sim: { duration: { type: 'triangular', min: 300, mode: 600, max: 1800 }, resource: 'clerks', fixedCost: 2 },
      },
      { id: 'sla', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'review', interrupting: false, timer: 7200 },
      { id: 'nudge', type: 'task', lane: 'front' },
      { id: 'x', type: 'exclusiveGateway', lane: 'front' },
      {
        id: 'approve',
        type: 'task',
        lane: 'back',
        sim: { duration: { type: 'lognormal', mean: 900, sd: 300 }, resource: 'managers' },
      },
      {
        id: 'rework',
        type: 'task',
        lane: 'front',
        sim: { duration: { type: 'gamma', mean: 600, sd: 200 }, resource: 'clerks' },
      },
      { id: 'e', type: 'endEvent', lane: 'back' },
      { id: 'e2', type: 'endEvent', lane: 'front' },
    ],
    [
      ['s', 'review'],
      ['review', 'x'],
      ['sla', 'nudge'],
      ['nudge', 'e2'],
      { id: 'ok', source: 'x', target: 'approve', probability: 0.8 },
      { id: 'bad', source: 'x', target: 'rework', probability: 0.2 },
      ['rework', 'review'],
      ['approve', 'e'],
    ],
    {
      cases,
      replications: 3,
      warmupCases: 100,
      arrivals: { interarrival: { type: 'exponential', mean: 900 }, calendar: 'office' },
      resources: [
        { id: 'clerks', capacity: 2, costPerHour: 40, calendar: 'office' },
        { id: 'managers', capacity: 1, costPerHour: 90, calendar: 'office' },
      ],
      calendars: [office],
    },
    {
      lanes: [{ id: 'front' }, { id: 'back' }],
      scenarios: [{ id: 'more-clerks', overrides: [{ path: '/simulation/resources/0/capacity', value: 4 }] }],
    },
  );
}

describe('simulate', () => {
  it('gives the same report, bit for bit, for the same seed, and another for another seed', () => {
    const model = mixedModel();
    const first = JSON.stringify(run(model, { seed: 5 }));
    expect(JSON.stringify(simulate(model, { seed: 5 }))).toBe(first);
    expect(JSON.stringify(simulate(model, { seed: 6 }))).not.toBe(first);
  });

  it('fills the report of DESIGN.md §5, with intervals over replications, and excludes warm-up cases', () => {
    const report = run(mixedModel(), { seed: 3 });
    expect(Object.keys(report)).toEqual([
      'model',
      'scenario',
      'seed',
      'replications',
      'cases',
      'cycleTime',
      'cycleTimeHistogram',
      'waitingTime',
      'processingTime',
      'throughputPerHour',
      'measuredTime',
      'wip',
      'costPerCase',
      'handoffsPerCase',
      'activities',
      'resources',
      'flows',
      'bottlenecks',
      'exceptions',
      'variants',
      'otherVariantCases',
      'timeSeries',
    ]);
    expect(report.cases.started).toBe(6000);
    expect(report.activities.find((a) => a.id === 'approve')!.count).toBeLessThanOrEqual(3 * 1900);
    expect(report.cycleTime.ci95).toHaveLength(2);
    expect(report.cycleTime.ci95![0]).toBeLessThan(report.cycleTime.mean);
    expect(report.resources.map((r) => r.id)).toEqual(['clerks', 'managers']);
    for (const r of report.resources) {
      expect(r.utilization).toBeGreaterThan(0);
      expect(r.utilization).toBeLessThanOrEqual(1);
    }
    // Cost per case is the resource cost plus the fixed cost of each review.
    expect(report.costPerCase.mean).toBeGreaterThan(2);
    expect(report.handoffsPerCase.mean).toBeGreaterThanOrEqual(1);
  });

  it("applies a scenario's overrides, and names unknown scenarios and bad paths", () => {
    const model = mixedModel(1000);
    const base = run(model, { seed: 8 });
    const more = run(model, { seed: 8, scenario: 'more-clerks' });
    expect(more.scenario).toBe('more-clerks');
    const reviewWait = (r: typeof base) => r.activities.find((a) => a.id === 'review')!.waiting.mean;
    expect(reviewWait(more)).toBeLessThan(reviewWait(base));
    expect(() => simulate(model, { scenario: 'nope' })).toThrow(
      /scenario "nope" is not in the map \(scenarios: ("[^"]+" \()?more-clerks\)?\)/,
    );
    const broken = processSchema.parse({
      ...model,
      scenarios: [{ id: 'bad', overrides: [{ path: '/simulation/pools/0/capacity', value: 1 }] }],
    });
    expect(() => simulate(broken, { scenario: 'bad' })).toThrow(
      expect.objectContaining({ code: 'FW_SIM_BAD_OVERRIDE' }),
    );
    const wrongType = processSchema.parse({
      ...model,
      scenarios: [{ id: 'bad', overrides: [{ path: '/simulation/resources/0/capacity', value: 'many' }] }],
    });
    expect(() => simulate(wrongType, { scenario: 'bad' })).toThrow(/resources\/0\/capacity invalid/);
  });

  it('reports progress at most every 131,072 events, ending at 1, and stops when cancelled', () => {
    const model = singleQueue(
      { interarrival: { type: 'exponential', mean: 1.25 } },
      { type: 'exponential', mean: 1 },
      1,
      200_000,
    );
    const seen: number[] = [];
    simulate(model, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeLessThanOrEqual(400_000 / 131_072 + 2);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    let polls = 0;
    expect(() => simulate(model, { shouldCancel: () => ++polls > 3 })).toThrow(
      expect.objectContaining({ code: 'FW_SIM_CANCELLED' }),
    );
    expect(polls).toBe(4);
  });

  it('runs in slices for a worker, and streams the event log with case ids per replication', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 't', type: 'task', name: 'Do it' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 't'],
        ['t', 'e'],
      ],
      { cases: 10, replications: 2 },
    );
    const rows: string[] = [];
    const slices = startSimulation(model, { eventLog: (r) => rows.push(`${r.caseId}/${r.activity}/${r.lifecycle}`) });
    let steps = 0;
    while (!slices.advance(3)) steps++;
    expect(steps).toBeGreaterThan(5);
    expect(slices.events).toBe(40);
    expect(rows).toHaveLength(20);
    expect(rows[0]).toBe('r1:case-1/Do it/complete');
    expect(rows[19]).toBe('r2:case-10/Do it/complete');
  });

  it('leaves warm-up cases out of the statistics but not out of the counts', () => {
    const model = singleQueue({ interarrival: { type: 'fixed', value: 10 } }, { type: 'fixed', value: 4 }, 1, 1000);
    const report = run(processSchema.parse({ ...model, simulation: { ...model.simulation, warmupCases: 100 } }));
    expect(report.cases.started).toBe(1000);
    expect(report.activities[0].count).toBe(900);
    expect(report.resources[0].busyTime).toBe(900 * 4);
    // Measured from the 101st arrival (t = 1000 s) to the last event (t = 9994 s).
    expect(report.throughputPerHour).toBeCloseTo((900 / 8994) * 3600, 9);
  });

  it('uses a FEEL duration expression with the drawn value as base, and the case priority from data', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        {
          id: 'check',
          type: 'task',
          sim: {
            duration: { type: 'fixed', value: 60 },
            durationExpression: 'if amount > 1000 then 3 * base else base',
            resource: 'one',
          },
        },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'check'],
        ['check', 'e'],
      ],
      { cases: 4, arrivals: { interarrival: { type: 'fixed', value: 0 } }, resources: [{ id: 'one', capacity: 1 }] },
    );
    const order: string[] = [];
    const records = [{ amount: 5 }, { amount: 5000 }, { amount: 'lots' }, { amount: 7 }];
    const report = run(model, {
      caseData: { caseAt: (i) => ({ record: records[i], priority: i === 3 ? 1 : 0, label: `row ${i + 1}` }) },
      eventLog: (r) => order.push(r.caseId),
    });
    expect(report.activities[0].processing.mean).toBe((60 + 180 + 60 + 60) / 4);
    // row 1 starts at once; row 4 has priority 1 and overtakes rows 2 and 3.
    expect(order).toEqual(['row 1', 'row 4', 'row 2', 'row 3']);
    expect(report.exceptions).toEqual([]);
    const invalid = run(
      buildModel(
        model.nodes.map((n) => (n.id === 'check' ? { ...n, sim: { ...n.sim, durationExpression: '"soon"' } } : n)),
        model.flows,
        model.simulation,
      ),
    );
    expect(invalid.exceptions[0]).toMatchObject({ kind: 'invalid-field', nodeId: 'check', count: 4 });
  });

  it('stops arrivals at the horizon', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'e', type: 'endEvent' },
      ],
      [['s', 'e']],
      { cases: 100, horizon: 95, arrivals: { interarrival: { type: 'fixed', value: 10 } } },
    );
    expect(run(model).cases.started).toBe(10);
  });
});

describe('checkRunnable', () => {
  it('lists every problem by code and element before anything runs', () => {
    const model = buildModel(
      [
        { id: 'x', type: 'exclusiveGateway' },
        { id: 't', type: 'task', sim: { duration: { type: 'uniform', min: 9, max: 1 }, resource: 'ghosts' } },
        { id: 'u', type: 'task', sim: { resource: 'nobody', durationExpression: 'base *' } },
        { id: 'a', type: 'task' },
        { id: 'b', type: 'task' },
      ],
      [
        { id: 'p1', source: 'x', target: 'a', probability: 0.7 },
        { id: 'p2', source: 'x', target: 'b', probability: 0.7 },
      ],
      {
        resources: [{ id: 'nobody', capacity: 0, calendar: 'night' }],
        calendars: [{ id: 'empty', timezone: 'Nowhere/City' }],
        startAt: 'soon',
      },
    );
    const problems = checkRunnable(model).map((p) => `${p.code} ${p.elementId}`);
    expect(problems).toEqual([
      'FW_SIM_NO_START test-map',
      'FW_SIM_BAD_PROBABILITIES x',
      'FW_SIM_BAD_START_TIME test-map',
      'FW_SIM_BAD_CALENDAR empty',
      'FW_SIM_NO_WORKING_TIME empty',
      'FW_SIM_UNKNOWN_CALENDAR nobody',
      'FW_SIM_ZERO_CAPACITY nobody',
      'FW_SIM_BAD_DISTRIBUTION t',
      'FW_SIM_UNKNOWN_RESOURCE t',
      'FW_EXPR_SYNTAX u',
    ]);
    let error: FlowwrightError | undefined;
    try {
      simulate(model);
    } catch (e) {
      error = e as FlowwrightError;
    }
    expect(error?.code).toBe('FW_SIM_INVALID_MODEL');
    expect(error?.details).toHaveLength(10);
  });

  it('accepts the maps of this suite', () => {
    expect(checkRunnable(mixedModel())).toEqual([]);
  });
});
