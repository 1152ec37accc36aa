import type { Collector } from './collector';
import type { Network } from './network';
import type { SimulationReport, TimeSeriesReport } from './types';

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

/** WIP and the queue of each activity with a pool, over simulated time. */
function timeSeries(collector: Collector, net: Network): TimeSeriesReport {
  const line = collector.timeline;
  const queues: TimeSeriesReport['queues'] = [];
  net.activities.forEach((n, a) => {
    if (net.nodes[n].pool >= 0)
      queues.push({ id: net.nodes[n].id, values: line.values(collector.activities[a].queue) });
  });
  return { step: line.step, wip: line.values(collector.wip), queues };
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
  const variants = collector.variants.report(net.activities.map((n) => net.nodes[n].id));
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
    measuredTime: time,
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
        cost: stats.cost,
      };
    }),
    resources: net.pools.map((p, i) => ({
      id: p.id,
      utilization: utilization[i],
      busyTime: collector.pools[i].busyTime,
      cost: collector.pools[i].cost,
      capacityCost: collector.pools[i].capacityCost,
    })),
    flows: net.flows.map((f, i) => ({ id: f.id, count: collector.flowCounts[i] })),
    bottlenecks: bottlenecks(collector, net, utilization),
    exceptions: collector.exceptions(),
    variants: variants.variants,
    otherVariantCases: variants.others,
    timeSeries: timeSeries(collector, net),
  };
}
