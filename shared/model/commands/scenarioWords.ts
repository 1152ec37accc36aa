import { distributionSchema, type Distribution, type NodeSim, type ProcessModel, type QueuePolicy } from '../schema';
import { calendarName } from './calendars';
import { isQueuePolicy, poolQueuePolicy, queuePolicyLabel } from './queuePolicies';
import { elementPhrase } from './labels';
import { distributionMean, scaleDistribution } from './scenarioChanges';
import type { Override } from './scenarios';

const tidy = (x: number) => String(Number(x.toFixed(1)));

/** Seconds in the unit people would say: 45 s, 10.5 min, 2 h, 3 days. */
export function durationWords(seconds: number): string {
  if (seconds < 60) return `${tidy(seconds)} s`;
  if (seconds < 3600) return `${tidy(seconds / 60)} min`;
  if (seconds < 86_400) return `${tidy(seconds / 3600)} h`;
  return `${tidy(seconds / 86_400)} days`;
}

const percentWords = (fraction: number) => `${tidy(fraction * 100)} %`;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The factor k with `after` = `before` scaled by k in every parameter, or null when the shapes differ. */
function scaleFactor(before: Distribution, after: Distribution): number | null {
  const mean = distributionMean(before);
  if (before.type !== after.type || mean === 0) return null;
  const k = distributionMean(after) / mean;
  return JSON.stringify(scaleDistribution(before, k)) === JSON.stringify(scaleDistribution(after, 1)) ? k : null;
}

function durationChangeWords(task: string, before: Distribution | undefined, after: Distribution): string {
  const to = durationWords(distributionMean(after));
  if (!before) return `${task}: takes ${to} (no duration in the map)`;
  const from = durationWords(distributionMean(before));
  const k = scaleFactor(before, after);
  if (k !== null && k < 1) return `${task}: ${percentWords(1 - k)} faster (${from} → ${to})`;
  if (k !== null && k > 1) return `${task}: ${percentWords(k - 1)} slower (${from} → ${to})`;
  return `${task}: takes ${from} → ${to}`;
}

function nodeWords(model: ProcessModel, index: number, field: string | undefined, value: unknown): string | null {
  const node = model.nodes[index];
  if (!node) return null;
  const task = elementPhrase(model, 'node', node.id).slice(1, -1);
  if (field === 'duration') {
    const after = distributionSchema.safeParse(value);
    return after.success ? durationChangeWords(task, node.sim?.duration, after.data) : null;
  }
  if (field !== undefined || typeof value !== 'object' || value === null) return null;
  const sim = value as NodeSim;
  const after = distributionSchema.safeParse(sim.duration);
  if (!after.success) return null;
  if (sim.resource === undefined && node.sim?.resource !== undefined)
    return `${task}: automated (takes ${durationWords(distributionMean(after.data))}, no pool)`;
  return durationChangeWords(task, node.sim?.duration, after.data);
}

function poolWords(model: ProcessModel, index: number, field: string, value: unknown): string | null {
  const pool = model.simulation.resources[index];
  if (!pool) return null;
  const name = pool.name.trim() || pool.id;
  if (field === 'capacity' && typeof value === 'number')
    return `${name}: ${pool.capacity} → ${value} ${value === 1 ? 'person' : 'people'}`;
  if (field === 'calendar' && typeof value === 'string') {
    const hours = (id: string | undefined) => {
      if (id === undefined || id === '24x7') return 'around the clock';
      const calendar = model.simulation.calendars.find((c) => c.id === id);
      return calendar ? calendarName(calendar) : id;
    };
    return `${name}: working hours ${hours(pool.calendar)} → ${hours(value)}`;
  }
  if (field === 'queuePolicy' && isQueuePolicy(value)) {
    const words = (policy: QueuePolicy) => queuePolicyLabel(policy).toLowerCase();
    return `${name}: ${words(poolQueuePolicy(pool))} → ${words(value)}`;
  }
  return null;
}

function arrivalWords(model: ProcessModel, value: unknown): string | null {
  const after = distributionSchema.safeParse(value);
  if (!after.success) return null;
  const before = distributionMean(model.simulation.arrivals.interarrival);
  const now = distributionMean(after.data);
  const every = `every ${durationWords(before)} → every ${durationWords(now)}`;
  if (now === 0 || before === now) return `Arrivals: ${every}`;
  const more = before / now - 1;
  return `Arrivals: ${percentWords(Math.abs(more))} ${more > 0 ? 'more' : 'fewer'} (${every})`;
}

function flowWords(model: ProcessModel, index: number, value: unknown): string | null {
  const flow = model.flows[index];
  if (!flow || typeof value !== 'number') return null;
  const before = flow.probability === undefined ? 'no probability' : percentWords(flow.probability);
  return `${capitalized(elementPhrase(model, 'flow', flow.id))}: ${before} → ${percentWords(value)} of cases`;
}

/** One change of a scenario in words, against the map as drawn ("Clerks: 2 → 3 people"). */
export function describeOverride(model: ProcessModel, { path, value }: Override): string {
  let match: RegExpExecArray | null;
  let words: string | null = null;
  if ((match = /^\/simulation\/resources\/(\d+)\/(\w+)$/.exec(path)))
    words = poolWords(model, Number(match[1]), match[2], value);
  else if ((match = /^\/nodes\/(\d+)\/sim(?:\/(duration))?$/.exec(path)))
    words = nodeWords(model, Number(match[1]), match[2], value);
  else if (path === '/simulation/arrivals/interarrival') words = arrivalWords(model, value);
  else if ((match = /^\/flows\/(\d+)\/probability$/.exec(path))) words = flowWords(model, Number(match[1]), value);
  return words ?? `${path} set to ${JSON.stringify(value)}`;
}
