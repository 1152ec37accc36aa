import type { ActivityReport, SimulationReport, StatSummary } from '../../sim';

const stat = (mean: number): StatSummary => ({ mean, sd: 0, p50: mean, p90: mean, p95: mean, max: mean, ci95: null });

/** An activity of a hand-made report: its id, mean queue and direct cost over the run. */
export function activity(id: string, queue: number, cost: number, name = ''): ActivityReport {
  return {
    id,
    name,
    count: 10,
    waiting: stat(60),
    processing: stat(120),
    queueLength: { mean: queue, max: Math.ceil(queue) },
    cost,
  };
}

/** A report made by hand (no engine), so that the charts' aggregation is tested on figures chosen to test it. */
export function handMadeReport(overrides: Partial<SimulationReport> = {}): SimulationReport {
  return {
    model: 'm',
    scenario: null,
    seed: 1,
    replications: 1,
    cases: { started: 100, completed: 80, inProgress: 20, withExceptions: 0 },
    cycleTime: stat(3600),
    cycleTimeHistogram: [
      { from: 0, to: 1800, count: 30 },
      { from: 1800, to: 3600, count: 50 },
    ],
    waitingTime: stat(600),
    processingTime: stat(3000),
    throughputPerHour: 2,
    measuredTime: 40 * 3600,
    wip: { mean: 3, max: 9 },
    costPerCase: stat(12),
    handoffsPerCase: stat(1),
    activities: [],
    resources: [],
    flows: [],
    bottlenecks: [],
    exceptions: [],
    variants: [],
    otherVariantCases: 0,
    timeSeries: { step: 3600, wip: [], queues: [] },
    ...overrides,
  };
}
