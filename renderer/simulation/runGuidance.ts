import { simulationSchema, type FlowNode, type ProcessModel } from '../../shared/model';
import { nodeTitle } from '../canvas/elementLabels';
import { duration } from './format';

/** One thing that makes a run's numbers meaningless, in words, with the elements a click shows (none: the map's settings). */
export interface GuidanceItem {
  key: 'no-duration' | 'no-pools' | 'no-pool-used' | 'no-field-checks' | 'default-arrivals';
  text: string;
  /** The elements the item is about, first one shown on a click; empty: the map's own settings. */
  elementIds: string[];
  /** What the click does, for its button. */
  action: string;
}

/** What the run will use besides the map: the sample records, and whether they bring their own arrival times. */
export interface GuidanceContext {
  records: boolean;
  recordArrivals: boolean;
}

const defaultArrivals = simulationSchema.parse({}).arrivals;

const isTask = (n: FlowNode) => n.type === 'task';
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Names for a text: "Review", "Review and Approve", "Review, Approve and 3 more". */
function names(nodes: readonly FlowNode[]): string {
  const quoted = nodes.map((n) => `'${nodeTitle(n)}'`);
  if (quoted.length <= 2) return quoted.join(' and ');
  if (quoted.length === 3) return `${quoted[0]}, ${quoted[1]} and ${quoted[2]}`;
  return `${quoted[0]}, ${quoted[1]} and ${quoted.length - 2} more`;
}

/**
 * What would make a run's figures meaningless on this map, each a true statement in plain words: tasks without a
 * duration (their time counts as 0), no resource pools or none in use (nothing waits), records that no task checks,
 * arrivals left at the default. Empty for a map that is fully set up.
 */
export function runGuidance(model: ProcessModel, context: GuidanceContext): GuidanceItem[] {
  const items: GuidanceItem[] = [];
  const tasks = model.nodes.filter(isTask);
  const timeless = tasks.filter((n) => !n.sim?.duration && !n.sim?.durationExpression?.trim());
  if (timeless.length > 0)
    items.push({
      key: 'no-duration',
      text: `${plural(timeless.length, 'task has', 'tasks have')} no duration (${names(timeless)}): ${
        timeless.length === 1 ? 'its' : 'their'
      } time counts as 0.`,
      elementIds: timeless.map((n) => n.id),
      action: timeless.length === 1 ? 'Select the task' : 'Select the first',
    });
  const activities = model.nodes.filter((n) => n.type === 'task' || n.type === 'subProcess');
  if (tasks.length > 0 && model.simulation.resources.length === 0)
    items.push({
      key: 'no-pools',
      text: 'No resource pools: no task waits for people, so no waiting can occur.',
      elementIds: [],
      action: 'Open the resource pools',
    });
  else if (tasks.length > 0 && !activities.some((n) => n.sim?.resource))
    items.push({
      key: 'no-pool-used',
      text: 'No task uses a resource pool: no waiting can occur.',
      elementIds: tasks.map((n) => n.id),
      action: 'Select the first task',
    });
  if (context.records && tasks.length > 0 && !model.nodes.some((n) => n.requiredFields?.length))
    items.push({
      key: 'no-field-checks',
      text: 'Records loaded but no task checks any field: no record can become an exception for bad data.',
      elementIds: tasks.map((n) => n.id),
      action: 'Select the first task',
    });
  const arrivals = model.simulation.arrivals;
  const isDefault =
    !arrivals.calendar && JSON.stringify(arrivals.interarrival) === JSON.stringify(defaultArrivals.interarrival);
  const every = `a new case arrives every ${duration(meanOf(defaultArrivals.interarrival))} on average (the default)`;
  if (isDefault && !context.recordArrivals)
    items.push({
      key: 'default-arrivals',
      // The map may ask for the records' times while this run has none: then say why the default applies.
      text: arrivals.fromRecords
        ? `Cases should arrive at the records’ arrival times, but this run uses no records with arrival times: ${every}.`
        : `No arrivals set: ${every}.`,
      elementIds: [],
      action: 'Open the arrivals',
    });
  return items;
}

/** The default's mean gap (it is exponential; a fixed value would be read the same way by a person). */
function meanOf(d: typeof defaultArrivals.interarrival): number {
  return d.type === 'exponential' ? d.mean : d.type === 'fixed' ? d.value : 0;
}
