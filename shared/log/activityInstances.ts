import type { LogCase, LogEvent } from './eventLog';
import type { LogWarnings } from './logWarnings';

/** One execution of an activity in a case: its start and its end, from a start/complete pair or a single event. */
export interface ActivityInstance {
  activity: string;
  /** Epoch ms; null when the log gives no start (only a complete event without its own start time). */
  start: number | null;
  /** Epoch ms; null when the instance never completed in the log (a start without its complete). */
  end: number | null;
  resource?: string;
  /** Positions in the case's events of the events making up the instance (one or two). */
  events: number[];
}

/** A start or complete event whose partner is missing, by its line. */
export interface UnpairedEvent {
  activity: string;
  lifecycle: 'start' | 'complete';
  line: number;
}

const startTransitions = new Set(['start', 'resume']);
// Events of these transitions neither open nor close an instance (schedule, assign, suspend, withdraw, ...).
const completeTransitions = new Set(['complete', 'ate_abort', 'pi_abort']);

function isComplete(event: LogEvent): boolean {
  return event.lifecycle === undefined || completeTransitions.has(event.lifecycle);
}

/**
 * The activity instances of a case in the order they began: each complete event is paired with the earliest open
 * start of the same activity (first in, first out, as ProM and pm4py pair them); an event with no lifecycle, or with
 * its own start time, is an instance by itself. Starts never completed, and completes of an activity that had
 * starts but none open, are returned as unpaired.
 */
export function activityInstances(entry: LogCase): { instances: ActivityInstance[]; unpaired: UnpairedEvent[] } {
  const instances: ActivityInstance[] = [];
  const unpaired: UnpairedEvent[] = [];
  const open = new Map<string, ActivityInstance[]>();
  const hadStarts = new Set<string>();
  entry.events.forEach((event, index) => {
    const lifecycle = event.lifecycle;
    if (lifecycle !== undefined && startTransitions.has(lifecycle)) {
      const instance: ActivityInstance = {
        activity: event.activity,
        start: event.timestamp,
        end: null,
        resource: event.resource,
        events: [index],
      };
      instances.push(instance);
      const queue = open.get(event.activity);
      if (queue) queue.push(instance);
      else open.set(event.activity, [instance]);
      hadStarts.add(event.activity);
      return;
    }
    if (!isComplete(event)) return;
    const started = open.get(event.activity)?.shift();
    if (started) {
      started.end = event.timestamp;
      started.events.push(index);
      started.resource ??= event.resource;
      return;
    }
    if (hadStarts.has(event.activity))
      unpaired.push({ activity: event.activity, lifecycle: 'complete', line: event.line });
    instances.push({
      activity: event.activity,
      start: event.start ?? null,
      end: event.timestamp,
      resource: event.resource,
      events: [index],
    });
  });
  for (const queue of open.values())
    for (const instance of queue)
      unpaired.push({ activity: instance.activity, lifecycle: 'start', line: entry.events[instance.events[0]].line });
  return { instances, unpaired };
}

/** Adds a warning, with lines, for each activity whose starts or completes lack their partner in some case. */
export function reportUnpaired(cases: readonly LogCase[], warnings: LogWarnings): void {
  for (const entry of cases) {
    if (!entry.events.some((event) => event.lifecycle === 'start' || event.lifecycle === 'resume')) continue;
    for (const { activity, lifecycle, line } of activityInstances(entry).unpaired) {
      const message =
        lifecycle === 'start'
          ? `"${activity}" has start events without a complete event: those executions never end`
          : `"${activity}" has complete events without a start event: those executions have no start`;
      warnings.add('FW_LOG_UNPAIRED', message, line);
    }
  }
}
