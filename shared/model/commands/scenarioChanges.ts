import { pointer } from '../patch';
import type { Distribution, ProcessModel } from '../schema';
import type { Override } from './scenarios';

// The forms of the scenario editor write plain values (a capacity, a whole distribution), never multipliers, so
// that a scenario reads the same in the file, in the command line and in the app.

/** The mean of a distribution in seconds (a normal's truncation at 0 is ignored). */
export function distributionMean(d: Distribution): number {
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'empirical':
      return d.values.reduce((a, b) => a + b, 0) / d.values.length;
    default:
      return d.mean;
  }
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** A distribution with every parameter multiplied by `k`: the same shape, k times as long. */
export function scaleDistribution(d: Distribution, k: number): Distribution {
  const s = (x: number) => round(x * k);
  switch (d.type) {
    case 'fixed':
      return { type: 'fixed', value: s(d.value) };
    case 'uniform':
      return { type: 'uniform', min: s(d.min), max: s(d.max) };
    case 'triangular':
      return { type: 'triangular', min: s(d.min), mode: s(d.mode), max: s(d.max) };
    case 'exponential':
      return { type: 'exponential', mean: s(d.mean) };
    case 'empirical':
      return { type: 'empirical', values: d.values.map(s) };
    default:
      return { ...d, mean: s(d.mean), sd: s(d.sd) };
  }
}

const nodeAt = (model: ProcessModel, id: string) => model.nodes.findIndex((n) => n.id === id);

/** Pool capacity in a scenario ("Clerks: 2 → 3 people"). Null when the pool does not exist or the value is bad. */
export function poolCapacityChange(model: ProcessModel, poolId: string, capacity: number): Override | null {
  const index = model.simulation.resources.findIndex((r) => r.id === poolId);
  if (index < 0 || !Number.isInteger(capacity) || capacity < 0) return null;
  return { path: pointer('simulation', 'resources', index, 'capacity'), value: capacity };
}

/** A pool's working hours in a scenario. Null when the pool or the calendar does not exist. */
export function poolCalendarChange(model: ProcessModel, poolId: string, calendarId: string): Override | null {
  const index = model.simulation.resources.findIndex((r) => r.id === poolId);
  const known = calendarId === '24x7' || model.simulation.calendars.some((c) => c.id === calendarId);
  if (index < 0 || !known) return null;
  return { path: pointer('simulation', 'resources', index, 'calendar'), value: calendarId };
}

/** A task's duration in a scenario; a task without simulation settings gets them whole. */
export function taskDurationChange(model: ProcessModel, nodeId: string, duration: Distribution): Override | null {
  const index = nodeAt(model, nodeId);
  if (index < 0) return null;
  if (model.nodes[index].sim === undefined) return { path: pointer('nodes', index, 'sim'), value: { duration } };
  return { path: pointer('nodes', index, 'sim', 'duration'), value: duration };
}

/** A task's average duration in a scenario, keeping the shape of its distribution; fixed when it has none. */
export function taskMeanChange(model: ProcessModel, nodeId: string, seconds: number): Override | null {
  if (!(seconds >= 0) || !Number.isFinite(seconds)) return null;
  const duration = model.nodes[nodeAt(model, nodeId)]?.sim?.duration;
  const mean = duration ? distributionMean(duration) : 0;
  const value: Distribution =
    duration && mean > 0 ? scaleDistribution(duration, seconds / mean) : { type: 'fixed', value: seconds };
  return taskDurationChange(model, nodeId, value);
}

/** A task N % faster: its duration's parameters scaled down. Null without a duration or outside 0–100 %. */
export function taskFasterChange(model: ProcessModel, nodeId: string, percent: number): Override | null {
  const duration = model.nodes[nodeAt(model, nodeId)]?.sim?.duration;
  if (!duration || !(percent > 0 && percent < 100)) return null;
  return taskDurationChange(model, nodeId, scaleDistribution(duration, 1 - percent / 100));
}

/** A task automated: a fixed duration (0 by default) and no pool, so it never waits for people. */
export function automateTaskChange(model: ProcessModel, nodeId: string, seconds = 0): Override | null {
  const index = nodeAt(model, nodeId);
  if (index < 0 || !(seconds >= 0) || !Number.isFinite(seconds)) return null;
  const { resource: _pool, ...rest } = model.nodes[index].sim ?? {};
  return { path: pointer('nodes', index, 'sim'), value: { ...rest, duration: { type: 'fixed', value: seconds } } };
}

/** Arrivals × factor (1.3: 30 % more cases): the time between arrivals divided by it. */
export function arrivalsChange(model: ProcessModel, factor: number): Override | null {
  if (!(factor > 0) || !Number.isFinite(factor)) return null;
  const interarrival = scaleDistribution(model.simulation.arrivals.interarrival, 1 / factor);
  return { path: '/simulation/arrivals/interarrival', value: interarrival };
}

/** A branch's probability (0–1) in a scenario. Null when the flow does not exist or the value is out of range. */
export function branchProbabilityChange(model: ProcessModel, flowId: string, probability: number): Override | null {
  const index = model.flows.findIndex((f) => f.id === flowId);
  if (index < 0 || !(probability >= 0 && probability <= 1)) return null;
  return { path: pointer('flows', index, 'probability'), value: probability };
}
