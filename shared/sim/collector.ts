import type { ExceptionKind, ExceptionRecord, ExceptionReport } from './types';
import { Statistic } from './statistics';
import { Timeline, TrackedAverage } from './timeSeries';
import { VariantTrie } from './variants';

const examplesKept = 5;

/** Statistics of one activity (task or sub-process) across replications. */
export class ActivityStats {
  readonly waiting = new Statistic();
  readonly processing = new Statistic();
  /** Cases waiting in the pool's queue for this activity, in the current replication, and its course over time. */
  readonly queue: TrackedAverage;
  /** Queue length integrated over the measured time of all replications. */
  queueArea = 0;
  queueMax = 0;
  /** Direct cost of its work for measured cases (pool rate × worked time + fixed cost), over all replications. */
  cost = 0;

  constructor(timeline: Timeline) {
    this.queue = new TrackedAverage(timeline);
  }
}

/**
 * Cost per completed case. A replication's cases are held apart until it closes, when the pools' capacity cost
 * (known only then, as it grows with the measured time) is shared equally among them.
 */
class CostPerCase extends Statistic {
  private replication = new Statistic();

  override add(x: number): void {
    this.replication.add(x);
  }

  get replicationCases(): number {
    return this.replication.count;
  }

  /** Closes the replication, adding `share` to the cost of each of its cases. */
  override endReplication(share = 0): void {
    this.addReplication(this.replication, share);
    this.replication = new Statistic();
  }
}

/** Busy time, cost and available working time of a pool, totals over replications. */
export class PoolStats {
  busyTime = 0;
  cost = 0;
  /** Of cost, the capacity cost (paid over working hours, busy or idle). */
  capacityCost = 0;
  available = 0;
}

/**
 * Everything measured over a run, streamed: the engine adds to it as cases move, one replication after another,
 * and the report is read from it at the end. Nothing here grows with the number of cases.
 */
export class Collector {
  readonly cycleTime = new Statistic();
  readonly waitingTime = new Statistic();
  readonly processingTime = new Statistic();
  readonly costPerCase = new CostPerCase();
  readonly handoffsPerCase = new Statistic();
  readonly activities: ActivityStats[];
  readonly pools: PoolStats[];
  readonly flowCounts: Float64Array;
  /** The time axis of the WIP and queue series. */
  readonly timeline = new Timeline();
  /** Measured cases in the system, in the current replication, and its course over time. */
  readonly wip = new TrackedAverage(this.timeline);
  /** The paths of measured cases. */
  readonly variants = new VariantTrie();
  wipArea = 0;
  wipMax = 0;
  /** Length of the measured windows of all replications, in seconds. */
  measuredTime = 0;
  /** Measured cases that completed, over all replications. */
  measuredCompleted = 0;
  started = 0;
  completed = 0;
  inProgress = 0;
  withExceptions = 0;
  /** FEEL conditions evaluated to route cases (gateway flows and error boundaries). */
  conditions = 0;
  /** Every exception with its case and record, while asked for and under the limit. */
  readonly exceptionRecords: ExceptionRecord[] | null;
  exceptionRecordsOmitted = 0;
  private readonly exceptionsByKey = new Map<string, ExceptionReport>();

  /**
   * `recordLimit`: how many exceptions to keep one by one (null: none, only the groups). `capacityRates`: each
   * pool's cost per hour of one unit of capacity, charged over its working hours whether busy or idle.
   */
  constructor(
    activityCount: number,
    poolCount: number,
    flowCount: number,
    private readonly recordLimit: number | null = null,
    private readonly capacityRates: readonly number[] = [],
  ) {
    this.activities = Array.from({ length: activityCount }, () => new ActivityStats(this.timeline));
    this.pools = Array.from({ length: poolCount }, () => new PoolStats());
    this.flowCounts = new Float64Array(flowCount);
    this.exceptionRecords = recordLimit === null ? null : [];
  }

  /** Counts one exception of a case in its group (kind, element, message); the first few cases are kept as examples. */
  exception(kind: ExceptionKind, nodeId: string, message: string, caseLabel: string, handled: boolean): void {
    const key = `${kind}\u0000${nodeId}\u0000${message}`;
    let entry = this.exceptionsByKey.get(key);
    if (!entry) {
      entry = { kind, nodeId, count: 0, handled: 0, examples: [], message };
      this.exceptionsByKey.set(key, entry);
    }
    entry.count++;
    if (handled) entry.handled++;
    if (entry.examples.length < examplesKept && !entry.examples.includes(caseLabel)) entry.examples.push(caseLabel);
  }

  /** Whether exceptions are kept one by one (then the engine passes each to record()). */
  get keepsRecords(): boolean {
    return this.exceptionRecords !== null;
  }

  record(entry: ExceptionRecord): void {
    if (this.exceptionRecords!.length < this.recordLimit!) this.exceptionRecords!.push(entry);
    else this.exceptionRecordsOmitted++;
  }

  /** Exceptions by count, then kind, node and message, so that the order is stable. */
  exceptions(): ExceptionReport[] {
    return [...this.exceptionsByKey.values()].sort(
      (a, b) =>
        b.count - a.count ||
        a.kind.localeCompare(b.kind) ||
        a.nodeId.localeCompare(b.nodeId) ||
        a.message.localeCompare(b.message),
    );
  }

  /**
   * Starts the measured window of a replication at t (the arrival of the first case after the warm-up).
   * `series`: whether the series over time start here too; false for a provisional start that the end of the
   * warm-up is expected to replace, so that the warm-up does not stretch the series' time axis.
   */
  startMeasuring(t: number, series = true): void {
    this.wip.restart(t);
    for (const activity of this.activities) activity.queue.restart(t);
    if (series) this.timeline.start(t);
  }

  /**
   * Closes a replication measured over [from, to]; `available` gives each pool's working seconds in that window
   * (capacity × the calendar's working time), which its capacity rate turns into the pool's capacity cost.
   * Time-based figures pool the replications (total area over total time), so that Little's law holds exactly.
   */
  endReplication(from: number, to: number, available: (pool: number) => number): void {
    for (const s of [this.cycleTime, this.waitingTime, this.processingTime, this.handoffsPerCase]) s.endReplication();
    this.timeline.stop(to);
    let capacityCost = 0;
    this.pools.forEach((pool, i) => {
      const seconds = available(i);
      const cost = (seconds * (this.capacityRates[i] ?? 0)) / 3600;
      pool.available += seconds;
      pool.cost += cost;
      pool.capacityCost += cost;
      capacityCost += cost;
    });
    const cases = this.costPerCase.replicationCases;
    this.costPerCase.endReplication(cases > 0 ? capacityCost / cases : 0);
    for (const activity of this.activities) {
      activity.waiting.endReplication();
      activity.processing.endReplication();
      activity.queueArea += activity.queue.areaUntil(to);
      activity.queueMax = Math.max(activity.queueMax, activity.queue.max);
      activity.queue.value = 0;
    }
    this.wipArea += this.wip.areaUntil(to);
    this.wipMax = Math.max(this.wipMax, this.wip.max);
    this.wip.value = 0;
    this.measuredTime += Math.max(0, to - from);
  }
}
