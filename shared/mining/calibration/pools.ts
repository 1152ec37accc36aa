import type { Calendar, ProcessModel, Resource } from '../../model';
import { weeklyHours } from './weeklyHours';

/** One execution of a task, as calibration uses it (epoch ms). */
export interface TaskInstance {
  start: number | null;
  end: number | null;
  resource?: string;
  /** True when `start` is not in the log but the end of the case's previous activity (so it includes waiting). */
  estimatedStart?: boolean;
}

/** A resource pool found in the log: who is in it, the tasks it does, how many at once and when. */
export interface FoundPool {
  resource: Resource;
  calendar: Calendar | null;
  members: string[];
  taskIds: string[];
  /** Instances of its tasks in the log, whoever did them. */
  instances: number;
  warnings: string[];
  hours: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'pool';

/** The most instances running at the same moment. */
function peakConcurrency(instances: readonly TaskInstance[]): number {
  const edges: [number, number][] = [];
  for (const i of instances)
    if (i.start !== null && i.end !== null && i.end > i.start) edges.push([i.start, 1], [i.end, -1]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, step] of edges) peak = Math.max(peak, (now += step));
  return peak;
}

/**
 * Pools from the resource column: resources doing the same set of tasks form a pool; each task goes to the pool
 * that did most of it; a pool's capacity is its number of distinct resources (when the log names only one, which
 * is then a team rather than a person, the most instances it ran at once). A pool that replaces exactly the one
 * pool its tasks had keeps that pool's id, name and costs. Working hours come from the moments its members worked.
 */
export function findPools(
  model: ProcessModel,
  byTask: ReadonlyMap<string, readonly TaskInstance[]>,
  timezone: string,
): FoundPool[] {
  const tasksOf = new Map<string, Set<string>>();
  for (const [taskId, instances] of byTask)
    for (const i of instances)
      if (i.resource) (tasksOf.get(i.resource) ?? tasksOf.set(i.resource, new Set()).get(i.resource)!).add(taskId);
  const groups = new Map<string, string[]>();
  for (const [member, tasks] of tasksOf) {
    const key = [...tasks].sort().join('\n');
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(member);
  }
  const groupOf = new Map<string, string>();
  for (const [key, members] of groups) for (const m of members) groupOf.set(m, key);
  const owner = new Map<string, string>();
  for (const [taskId, instances] of byTask) {
    const tally = new Map<string, number>();
    for (const i of instances)
      if (i.resource) tally.set(groupOf.get(i.resource)!, (tally.get(groupOf.get(i.resource)!) ?? 0) + 1);
    const best = [...tally].sort((a, b) => b[1] - a[1])[0];
    if (best) owner.set(taskId, best[0]);
  }
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const usedIds = new Set(model.simulation.resources.map((r) => r.id));
  const reused = new Set<string>();
  const pools: FoundPool[] = [];
  for (const [key, members] of groups) {
    members.sort();
    const taskIds = [...owner].filter(([, k]) => k === key).map(([t]) => t);
    if (taskIds.length === 0) continue;
    const memberSet = new Set(members);
    // Everyone the log shows doing the pool's tasks; the members did most of them, others helped.
    const all = taskIds.flatMap((t) => byTask.get(t)!.filter((i) => i.resource));
    const work = all.filter((i) => memberSet.has(i.resource!));
    const helpers = new Set(all.map((i) => i.resource!).filter((r) => !memberSet.has(r)));
    const warnings: string[] = [];
    let capacity = members.length + helpers.size;
    if (helpers.size > 0)
      warnings.push(
        `${helpers.size} other resource${helpers.size === 1 ? '' : 's'} also did these activities and count${helpers.size === 1 ? 's' : ''} in its capacity`,
      );
    const peak = peakConcurrency(all);
    if (peak > capacity && all.some((i) => i.estimatedStart)) {
      // Durations measured from the previous activity already hold the waiting: a tighter pool would add it again.
      capacity = peak;
      warnings.push(
        `durations here include waiting (the log has no start times): capacity ${peak}, the most at once, so that the pool adds no waiting of its own`,
      );
    } else if (capacity === 1 && peak > 1) {
      capacity = peak;
      warnings.push(`the log names one resource (${members[0]}) doing up to ${peak} things at once: capacity ${peak}`);
    }
    const previous = new Set(taskIds.map((t) => nodes.get(t)?.sim?.resource));
    const single = previous.size === 1 ? [...previous][0] : undefined;
    const old = single && !reused.has(single) ? model.simulation.resources.find((r) => r.id === single) : undefined;
    const taskNames = taskIds.map((t) => nodes.get(t)?.name ?? t);
    let id = old?.id;
    if (!id) {
      const base = `pool-${slug(members.length <= 3 ? members.join(' ') : taskNames[0])}`;
      id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
      usedIds.add(id);
    } else reused.add(id);
    const name = old?.name || (members.length <= 3 ? members.join(', ') : `${taskNames[0]} team`);
    // An estimated start is the end of other work, not a moment this pool worked.
    const moments = work
      .flatMap((i) => [i.estimatedStart ? null : i.start, i.end === null ? null : i.end - 1])
      .filter((t): t is number => t !== null);
    const hours = weeklyHours(moments, timezone);
    const calendar: Calendar | null = hours.weekly && {
      id: `${id}-hours`,
      name: `${name} working hours`,
      timezone,
      weekly: hours.weekly,
    };
    // Too little data to tell working hours keeps the pool's own calendar; work around the clock needs none.
    const calendarId = calendar ? calendar.id : hours.aroundTheClock ? undefined : old?.calendar;
    const resource: Resource = { ...(old ?? { costPerHour: 0 }), id, name, capacity };
    if (calendarId) resource.calendar = calendarId;
    else delete resource.calendar;
    const hoursText = hours.weekly
      ? hours.reason
      : hours.aroundTheClock
        ? 'around the clock'
        : `${calendarId ? 'on its calendar as before' : 'around the clock'} (working hours unclear: ${hours.reason})`;
    pools.push({
      resource,
      calendar,
      members,
      taskIds,
      instances: all.length,
      warnings,
      hours: hoursText,
    });
  }
  return pools;
}
