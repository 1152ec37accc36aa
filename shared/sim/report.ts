import type { Collector } from './collector';
import type { Network } from './network';
import type { SimulationReport } from './types';

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
const bottleneckThreshold = 0.05;
const bottlenecksListed = 5;

/**
 * Bottlenecks: activities whose waiting takes at least 5% of all cycle time, worst first. The score is the
 * activity's total waiting divided by the total cycle time of the completed cases.
 */
function bottlenecks(collector: Collector, net: Network, utilization: number[]): SimulationReport['bottlenecks'] {
  const totalCycle = collector.cycleTime.sum;
  if (totalCycle <= 0) return [];
  return net.activities
    .map((n, a) => {
      const node = net.nodes[n];
      const score = collector.activities[a].waiting.sum / totalCycle;
      const pool =
        node.pool >= 0 ? `; utilization of ${net.pools[node.pool].name} ${utilization[node.pool].toFixed(2)}` : '';
      return { id: node.id, score, reason: `waiting is ${Math.round(score * 100)}% of cycle time${pool}` };
    })
    .filter((b) => b.score >= bottleneckThreshold)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, bottlenecksListed);
}

/** The report of DESIGN.md §5 from what a run collected. */
export function buildReport(
  collector: Collector,
  net: Network,
  meta: { model: string; scenario: string | null; seed: number; replications: number },
): SimulationReport {
  const cycleTime = collector.cycleTime.summary();
  const utilization = collector.pools.map((p) => Math.min(1, ratio(p.busyTime, p.available)));
  const time = collector.measuredTime;
  return {
    ...meta,
    cases: {
      started: collector.started,
      completed: collector.completed,
      inProgress: collector.inProgress,
      withExceptions: collector.withExceptions,
    },
    cycleTime,
    // Up to twice the 90th percentile: the rare long cases share the last range instead of flattening the chart.
    cycleTimeHistogram: collector.cycleTime.bins(30, 2 * cycleTime.p90),
    waitingTime: collector.waitingTime.summary(),
    processingTime: collector.processingTime.summary(),
    throughputPerHour: ratio(collector.measuredCompleted, time) * 3600,
    wip: { mean: ratio(collector.wipArea, time), max: collector.wipMax },
    costPerCase: collector.costPerCase.summary(),
    handoffsPerCase: collector.handoffsPerCase.summary(),
    activities: net.activities.map((n, a) => {
      const stats = collector.activities[a];
      return {
        id: net.nodes[n].id,
        name: net.nodes[n].name,
        count: stats.processing.count,
        waiting: stats.waiting.summary(),
        processing: stats.processing.summary(),
        queueLength: { mean: ratio(stats.queueArea, time), max: stats.queueMax },
      };
    }),
    resources: net.pools.map((p, i) => ({
      id: p.id,
      utilization: utilization[i],
      busyTime: collector.pools[i].busyTime,
      cost: collector.pools[i].cost,
    })),
    flows: net.flows.map((f, i) => ({ id: f.id, count: collector.flowCounts[i] })),
    bottlenecks: bottlenecks(collector, net, utilization),
    exceptions: collector.exceptions(),
  };
}
