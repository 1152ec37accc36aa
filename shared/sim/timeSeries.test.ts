import { describe, it, expect } from 'vitest';
import { buildModel, singleQueue } from './testing/models';
import { run } from './testing/expectSound';
import { maxPoints, Timeline, TrackedAverage } from './timeSeries';
import type { SimulationReport } from './types';

const fixed = (value: number) => ({ type: 'fixed' as const, value });

/** The time-weighted mean of a series of one replication measured for `length` seconds (the last point is partial). */
function weightedMean(values: number[], step: number, length: number): number {
  let area = 0;
  values.forEach((v, i) => (area += v * Math.min(step, length - i * step)));
  return area / length;
}

/** start → fast (a pool that never runs short) → slow (one clerk) → end. */
function twoPools(cases: number, warmupCases = 0) {
  return buildModel(
    [
      { id: 'start', type: 'startEvent' },
      { id: 'fast', type: 'task', sim: { duration: { type: 'exponential', mean: 50 }, resource: 'many' } },
      { id: 'slow', type: 'task', sim: { duration: { type: 'exponential', mean: 80 }, resource: 'one' } },
      { id: 'end', type: 'endEvent' },
    ],
    [
      ['start', 'fast'],
      ['fast', 'slow'],
      ['slow', 'end'],
    ],
    {
      cases,
      warmupCases,
      arrivals: { interarrival: { type: 'exponential', mean: 100 } },
      resources: [
        { id: 'many', capacity: 1000 },
        { id: 'one', capacity: 1 },
      ],
    },
  );
}

const points = (report: SimulationReport) => report.timeSeries.wip.length;

describe('time series', () => {
  it('has a WIP series whose time-weighted mean is the mean WIP (M/M/1)', () => {
    const report = run(
      singleQueue({ interarrival: { type: 'exponential', mean: 1.25 } }, { type: 'exponential', mean: 1 }, 1, 20_000),
    );
    const { step, wip } = report.timeSeries;
    expect(points(report)).toBeGreaterThanOrEqual(60);
    expect(points(report)).toBeLessThanOrEqual(maxPoints);
    expect(report.wip.mean).toBeGreaterThan(1);
    expect(weightedMean(wip, step, report.measuredTime)).toBeCloseTo(report.wip.mean, 9);
    // Queue plus the one in service is WIP.
    const queue = report.timeSeries.queues[0].values;
    expect(weightedMean(queue, step, report.measuredTime)).toBeCloseTo(report.activities[0].queueLength.mean, 9);
  });

  it('doubles the step for a run twice as long', () => {
    // One case every 100 s, served in 100 s with no wait: n cases are measured over n × 100 s.
    const map = (cases: number) => singleQueue({ interarrival: fixed(100) }, fixed(100), 1, cases);
    const short = run(map(100));
    const long = run(map(200));
    expect(short.measuredTime).toBe(10_000);
    expect(long.measuredTime).toBe(20_000);
    expect(long.timeSeries.step).toBe(2 * short.timeSeries.step);
    expect(points(long)).toBe(points(short));
    // One case in the system throughout.
    for (const v of [...short.timeSeries.wip, ...long.timeSeries.wip]) expect(v).toBeCloseTo(1, 9);
  });

  it('gives 0 for the queue of an activity that never waits, and one series per pooled activity', () => {
    const report = run(twoPools(3000));
    expect(report.timeSeries.queues.map((q) => q.id)).toEqual(['fast', 'slow']);
    const [fast, slow] = report.timeSeries.queues;
    expect(fast.values).toHaveLength(points(report));
    expect(fast.values.every((v) => v === 0)).toBe(true);
    expect(Math.max(...slow.values)).toBeGreaterThan(0);
  });

  it('starts at the end of the warm-up, which does not stretch its time axis', () => {
    const report = run(twoPools(2000, 1800));
    expect(points(report)).toBeGreaterThanOrEqual(60);
    expect(report.timeSeries.step * points(report)).toBeGreaterThanOrEqual(report.measuredTime);
    expect(report.timeSeries.step * (points(report) - 1)).toBeLessThan(report.measuredTime);
    expect(weightedMean(report.timeSeries.wip, report.timeSeries.step, report.measuredTime)).toBeCloseTo(
      report.wip.mean,
      9,
    );
  });

  it('averages each point over the replications that reached it', () => {
    const report = run(twoPools(500), { replications: 4 });
    expect(points(report)).toBeGreaterThanOrEqual(60);
    // Every replication reaches the first point; a long run's mean over time stays near the pooled mean.
    expect(report.timeSeries.wip[0]).toBeGreaterThan(0);
    const mean = report.timeSeries.wip.reduce((a, b) => a + b, 0) / points(report);
    expect(mean).toBeGreaterThan(0.3 * report.wip.mean);
    expect(mean).toBeLessThan(3 * report.wip.mean);
  });
});

describe('Timeline', () => {
  it('merges pairs of points when time runs past the end, keeping every total', () => {
    const line = new Timeline();
    const level = new TrackedAverage(line);
    level.restart(0);
    line.start(0);
    level.change(0, 2); // 2 from 0 to 10
    level.change(10, 1); // 3 from 10 to 1000
    line.stop(1000);
    expect(line.length).toBeGreaterThanOrEqual(60);
    expect(line.length).toBeLessThanOrEqual(maxPoints);
    expect(line.step * line.length).toBeGreaterThanOrEqual(1000);
    const values = line.values(level);
    expect(weightedMean(values, line.step, 1000)).toBeCloseTo((2 * 10 + 3 * 990) / 1000, 12);
    // 1000 s in at most 120 points of a power of two seconds: 16 s, 63 points.
    expect(line.step).toBe(16);
    expect(values).toHaveLength(63);
    expect(values[0]).toBe((2 * 10 + 3 * 6) / 16);
    expect(values[62]).toBe(3);
  });

  it('ignores what happens before it starts, and a second replication counts where it reaches', () => {
    const line = new Timeline();
    const level = new TrackedAverage(line);
    level.change(0, 5); // warm-up: not measured
    level.restart(100);
    line.start(100);
    level.change(100, -4); // 1 from 100 to 1100
    line.stop(1100);
    level.value = 0;
    level.restart(0);
    line.start(0);
    level.change(0, 3); // 3 over the first 500 s of the second replication
    line.stop(500);
    const values = line.values(level);
    const half = Math.floor(500 / line.step) - 1;
    expect(values[0]).toBeCloseTo(2, 12); // (1 + 3) / 2
    expect(values[half]).toBeCloseTo(2, 12);
    expect(values[values.length - 1]).toBeCloseTo(1, 12); // only the first replication reached it
  });
});
