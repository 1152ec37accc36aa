import { caseFlowOf, type Calendar, type ProcessModel } from '../../model';
import type { EventLog } from '../../log';
import { workingCalendar, type WorkingCalendar, alwaysOpen } from '../../sim/calendar';
import { distributionWords } from './describe';
import { fitChoices } from './choiceShares';
import type { CalibratedParameter } from './parameters';
import { fitDistribution, type DistributionFit } from './fitDistribution';
import { readLog, type ReadLog } from './logReading';
import { activityKey, MapSteps } from './mapSteps';
import { findPools } from './pools';
import { weeklyHours } from './weeklyHours';

export type { CalibratedParameter, ParameterKind } from './parameters';

/** A map calibrated from a log, and what was fitted. */
export interface Calibration {
  model: ProcessModel;
  parameters: CalibratedParameter[];
  /** Problems of the calibration as a whole, in plain words. */
  warnings: string[];
  /** Names of the map's tasks that the log never shows (left as they were). */
  unmatchedTasks: string[];
  /** Activities of the log that no task of the map is named after. */
  unknownActivities: string[];
}

export interface CalibrateOptions {
  /** The timezone working hours are read in; default the map's simulation timezone, its first calendar's, or UTC. */
  timezone?: string;
}

function criterionOf(fit: DistributionFit): string {
  return fit.aic === null
    ? 'every value the same: a fixed value'
    : `lowest AIC of ${fit.candidates.length} candidates (${fit.candidates.map((c) => c.type).join(', ')})`;
}

/** Inter-arrival times of the cases, in working time of the arrival calendar when the starts show one. */
function fitArrivals(model: ProcessModel, read: ReadLog, timezone: string): CalibratedParameter | null {
  const starts = read.caseStarts;
  if (starts.length < 3) return null;
  const hours = weeklyHours(starts, timezone);
  const warnings: string[] = [];
  let clock: WorkingCalendar = alwaysOpen;
  const sim = model.simulation;
  if (hours.weekly) {
    const calendar: Calendar = { id: 'arrival-hours', name: 'Arrival hours', timezone, weekly: hours.weekly };
    sim.calendars = [...sim.calendars.filter((c) => c.id !== calendar.id), calendar];
    sim.arrivals.calendar = calendar.id;
    clock = workingCalendar(calendar, 0);
  } else if (hours.aroundTheClock) delete sim.arrivals.calendar;
  else {
    // Too little data to tell: the map's own arrival calendar stays, and the gaps are counted in its working time.
    const own = sim.calendars.find((c) => c.id === sim.arrivals.calendar);
    if (own) clock = workingCalendar(own, 0);
    warnings.push(
      `arrival hours unclear (${hours.reason}): ${own ? 'the arrival calendar stays' : 'around the clock'}`,
    );
  }
  const gaps: number[] = [];
  for (let i = 1; i < starts.length; i++) gaps.push(clock.workingTimeBetween(starts[i - 1] / 1000, starts[i] / 1000));
  const fit = fitDistribution(gaps)!;
  sim.arrivals.interarrival = fit.distribution;
  const where = hours.weekly ? `; cases start ${hours.reason}` : clock === alwaysOpen ? '; around the clock' : '';
  return {
    kind: 'arrivals',
    elementId: 'arrivals',
    name: 'New cases',
    value: fit.distribution,
    text: `time between cases: ${distributionWords(fit.distribution)}${where}`,
    sampleSize: gaps.length,
    criterion: criterionOf(fit),
    warnings,
  };
}

/** The working calendar of a task's pool, on a clock of seconds since 1970. */
function taskClock(model: ProcessModel, poolId: string | undefined): WorkingCalendar {
  const calendarId = model.simulation.resources.find((r) => r.id === poolId)?.calendar;
  const calendar = model.simulation.calendars.find((c) => c.id === calendarId);
  return calendar ? workingCalendar(calendar, 0) : alwaysOpen;
}

function fitDurations(model: ProcessModel, read: ReadLog, steps: MapSteps, notes: string[]): CalibratedParameter[] {
  const parameters: CalibratedParameter[] = [];
  for (const node of model.nodes) {
    const key = steps.stepKey(node);
    if (key === null) continue;
    const instances = read.byActivity.get(key) ?? [];
    const clock = taskClock(model, node.sim?.resource);
    const warnings: string[] = [];
    const sample: number[] = [];
    if (read.withStarts.has(key)) {
      for (const i of instances)
        if (i.start !== null && i.end !== null) sample.push(clock.workingTimeBetween(i.start / 1000, i.end / 1000));
    } else {
      // Without start events, the time since the case's previous activity bounds the duration from above.
      for (const i of instances)
        if (i.previous !== null && i.end !== null)
          sample.push(clock.workingTimeBetween(i.previous / 1000, i.end / 1000));
      warnings.push(
        'the log has only completion times for this activity: durations are the time since the previous activity of the case, an upper bound that includes waiting',
      );
    }
    const fit = fitDistribution(sample);
    if (!fit) {
      notes.push(
        `${node.name}: no duration could be measured (the log has no start times and nothing before it in its cases); left as it was`,
      );
      continue;
    }
    node.sim = { ...node.sim, duration: fit.distribution };
    delete node.sim.durationExpression;
    parameters.push({
      kind: 'duration',
      elementId: node.id,
      name: node.name,
      value: fit.distribution,
      text: distributionWords(fit.distribution),
      sampleSize: fit.sampleSize,
      criterion: criterionOf(fit),
      warnings,
    });
  }
  return parameters;
}

function fitPools(model: ProcessModel, read: ReadLog, steps: MapSteps, timezone: string): CalibratedParameter[] {
  const byTask = new Map(
    model.nodes.flatMap((n) => {
      const key = steps.stepKey(n);
      if (key === null) return [];
      // Without start events, the work is taken to run from the case's previous activity, as its duration is.
      const instances = (read.byActivity.get(key) ?? []).map((i) =>
        read.withStarts.has(key) ? i : { ...i, start: i.previous, estimatedStart: true },
      );
      return [[n.id, instances] as const];
    }),
  );
  const pools = findPools(model, byTask, timezone);
  const sim = model.simulation;
  for (const pool of pools) {
    sim.resources = [...sim.resources.filter((r) => r.id !== pool.resource.id), pool.resource];
    if (pool.calendar) sim.calendars = [...sim.calendars.filter((c) => c.id !== pool.calendar!.id), pool.calendar];
    for (const node of model.nodes)
      if (pool.taskIds.includes(node.id)) node.sim = { ...node.sim, resource: pool.resource.id };
  }
  return pools.map((pool) => ({
    kind: 'pool',
    elementId: pool.resource.id,
    name: pool.resource.name,
    value: { capacity: pool.resource.capacity, members: pool.members, hours: pool.hours },
    text: `${pool.resource.capacity} at once, works ${pool.hours}; does ${pool.taskIds.map((t) => model.nodes.find((n) => n.id === t)!.name).join(', ')}`,
    sampleSize: pool.instances,
    criterion:
      'resources doing the same activities form a pool; capacity is the number of distinct resources doing its activities',
    warnings: pool.warnings,
  }));
}

/**
 * Calibrates a map's simulation from an event log, matching tasks to activities by name (trimmed, any case):
 * arrivals from the cases' starts, each task's duration (best fit by AIC), exclusive gateways' branch shares and
 * error events' chances from the traces, and resource pools with working hours from the resource column. Returns
 * a new map (the given one is not changed) and a report of every fitted value.
 */
export function calibrateMap(model: ProcessModel, log: EventLog, options: CalibrateOptions = {}): Calibration {
  const next = structuredClone(model);
  const read = readLog(log);
  const timezone = options.timezone ?? model.simulation.timezone ?? model.simulation.calendars[0]?.timezone ?? 'UTC';
  const tasks = next.nodes.filter((n) => n.type === 'task');
  const taskKeys = new Set(tasks.map((n) => activityKey(n.name)));
  // Paths through the map as cases take them: not along message flows or data associations.
  const steps = new MapSteps(caseFlowOf(next), new Set(read.byActivity.keys()));
  const warnings: string[] = [];
  const unmatchedTasks = tasks.filter((n) => steps.stepKey(n) === null).map((n) => n.name || n.id);
  const unknownActivities = [...read.names].filter(([key]) => !taskKeys.has(key)).map(([, name]) => name);
  if (unmatchedTasks.length === tasks.length)
    warnings.push('no task of the map is named after an activity of the log: only the arrivals were calibrated');
  const parameters: CalibratedParameter[] = [];
  const arrivals = fitArrivals(next, read, timezone);
  if (arrivals) parameters.push(arrivals);
  else warnings.push('the log has fewer than 3 cases with times: arrivals left as they were');
  if (read.hasResources) parameters.push(...fitPools(next, read, steps, timezone));
  else warnings.push('the log names no resources: pools left as they were');
  parameters.push(...fitDurations(next, read, steps, warnings), ...fitChoices(next, read, steps));
  return { model: next, parameters, warnings, unmatchedTasks, unknownActivities };
}
