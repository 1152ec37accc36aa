import { FlowwrightError, type ErrorCode, type ProcessModel } from '../model';

/**
 * What one run may ask for. Beyond these a run would take days, or its clock would leave the range of dates and
 * its sums the range of numbers (a report would hold Infinity or NaN). Real processes stay far below.
 */
export const simulationLimits = {
  /** Cases per replication. */
  maxCases: 10_000_000,
  maxReplications: 1_000,
  /** Cases over all replications. */
  maxTotalCases: 100_000_000,
  /** Visits of one case to one element before it counts as stuck in a loop. */
  maxLoopLimit: 100_000,
  /** Longest duration, delay or inter-arrival parameter, in seconds (about 31.7 years). */
  maxSeconds: 1e9,
  /** Latest simulated time and horizon, in seconds after the start (about 31,700 years, well inside dates). */
  maxClock: 1e12,
  /** Largest fixed cost of a task, or cost per hour (of work or of capacity) of a pool. */
  maxCost: 1e12,
  /** Most units in one resource pool. */
  maxCapacity: 1_000_000,
};

// Dates from year 1 to 9999, in milliseconds: a start outside them leaves the range calendars and logs can write.
const earliestStart = Date.parse('0001-01-01T00:00:00Z');
const latestStart = Date.parse('9999-12-31T23:59:59Z');

/**
 * The error of a run whose clock passed simulationLimits.maxClock: every parameter is bounded before the run, but
 * their sums are not (10^9 s between arrivals, 5,000 cases), and past it dates and calendars stop working.
 */
export function clockOverflow(): FlowwrightError {
  const years = Math.round(simulationLimits.maxClock / (365.25 * 86400)).toLocaleString('en');
  return new FlowwrightError(
    'FW_SIM_TOO_LARGE',
    `the simulated clock passed ${years} years after the start; the durations, delays or inter-arrival times are far longer than any real process`,
  );
}

const count = (value: number) => value.toLocaleString('en');

type Add = (code: ErrorCode, elementId: string, message: string) => void;

/** Whether cases and replications, as the map or the run options set them, are within the limits; why not if not. */
export function runSizeProblem(cases: number, replications: number): string | null {
  const { maxCases, maxReplications, maxTotalCases } = simulationLimits;
  if (cases > maxCases) return `${count(cases)} cases per replication asked for; at most ${count(maxCases)} are run`;
  if (replications > maxReplications)
    return `${count(replications)} replications asked for; at most ${count(maxReplications)} are run`;
  if (cases * replications > maxTotalCases)
    return `${count(cases)} cases in each of ${count(replications)} replications asked for; at most ${count(maxTotalCases)} cases are run in all`;
  return null;
}

/** The map's numbers that are beyond the limits: sizes, the loop limit, times, costs and capacities. */
export function limitProblems(model: ProcessModel, add: Add): void {
  const sim = model.simulation;
  const { maxLoopLimit, maxSeconds, maxClock, maxCost, maxCapacity, maxCases } = simulationLimits;
  const size = runSizeProblem(sim.cases, sim.replications);
  if (size) add('FW_SIM_TOO_LARGE', model.id, size);
  if (sim.warmupCases > maxCases)
    add('FW_SIM_TOO_LARGE', model.id, `${count(sim.warmupCases)} warm-up cases; at most ${count(maxCases)} are run`);
  if (sim.loopLimit > maxLoopLimit)
    add(
      'FW_SIM_TOO_LARGE',
      model.id,
      `the loop limit is ${count(sim.loopLimit)}; it can be at most ${count(maxLoopLimit)}`,
    );
  const start = Date.parse(sim.startAt);
  if (start < earliestStart || start > latestStart)
    add('FW_SIM_TOO_LARGE', model.id, `the start time ${sim.startAt} is not between the years 1 and 9999`);
  if (sim.horizon !== undefined && sim.horizon > maxClock)
    add('FW_SIM_TOO_LARGE', model.id, `the horizon is ${sim.horizon} s; it can be at most ${maxClock} s`);
  for (const pool of sim.resources) {
    if (pool.capacity > maxCapacity)
      add('FW_SIM_TOO_LARGE', pool.id, `the pool has ${count(pool.capacity)} units; at most ${count(maxCapacity)}`);
    if (pool.costPerHour > maxCost)
      add('FW_SIM_TOO_LARGE', pool.id, `the cost per hour is ${pool.costPerHour}; it can be at most ${maxCost}`);
    const capacityRate = pool.costPerHourOfCapacity ?? 0;
    if (capacityRate > maxCost)
      add(
        'FW_SIM_TOO_LARGE',
        pool.id,
        `the cost per hour of capacity is ${capacityRate}; it can be at most ${maxCost}`,
      );
  }
  for (const node of model.nodes) {
    const label = node.name ? `"${node.name}"` : 'the element';
    if (node.timer !== undefined && node.timer > maxSeconds)
      add('FW_SIM_TOO_LARGE', node.id, `${label} waits ${node.timer} s; a timer can be at most ${maxSeconds} s`);
    const fixedCost = node.sim?.fixedCost;
    if (fixedCost !== undefined && fixedCost > maxCost)
      add('FW_SIM_TOO_LARGE', node.id, `${label} has a fixed cost of ${fixedCost}; it can be at most ${maxCost}`);
  }
}
