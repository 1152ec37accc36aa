import { processSchema, type ProcessModel, type ProcessModelInput } from '../../shared/model';

/** A full model from the given parts, defaults filled in as restore() would. */
export function mapOf(parts: Partial<ProcessModelInput> = {}): ProcessModel {
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'map',
    nodes: [],
    flows: [],
    ...parts,
  });
}

/** Start → Review (user task, in lane "Clerks") → Done, the smallest complete map. */
export function reviewMap(): ProcessModel {
  return mapOf({
    lanes: [{ id: 'clerks', name: 'Clerks', y: 0, height: 200 }],
    nodes: [
      { id: 'start', type: 'startEvent', name: 'Submitted', lane: 'clerks', x: 80, y: 80 },
      { id: 'review', type: 'task', taskType: 'user', name: 'Review', lane: 'clerks', x: 200, y: 60 },
      { id: 'done', type: 'endEvent', name: 'Done', lane: 'clerks', x: 400, y: 80 },
    ],
    flows: [
      { id: 'f1', source: 'start', target: 'review' },
      { id: 'f2', source: 'review', target: 'done' },
    ],
  });
}

/**
 * A map of `count` named tasks between a start and an end event in a grid of 40 columns, joined in a chain
 * plus one extra flow for every fifth task: about 1,000 nodes and 1,200 flows at the default size.
 */
export function largeMap(count = 998): ProcessModel {
  const columns = 40;
  const tasks = Array.from({ length: count }, (_, i) => ({
    id: `t${i}`,
    type: 'task' as const,
    name: `Task ${i}`,
    x: 200 + (i % columns) * 180,
    y: Math.floor(i / columns) * 140,
  }));
  const chainFlows = tasks.slice(1).map((t, i) => ({ id: `c${i}`, source: tasks[i].id, target: t.id }));
  const extra = tasks
    .filter((_, i) => i % 5 === 0 && i + 7 < count)
    .map((t, i) => ({ id: `x${i}`, source: t.id, target: `t${Number(t.id.slice(1)) + 7}` }));
  return mapOf({
    nodes: [
      { id: 'start', type: 'startEvent', x: 0, y: 0 },
      ...tasks,
      { id: 'end', type: 'endEvent', x: 200 + columns * 180, y: 0 },
    ],
    flows: [
      { id: 'in', source: 'start', target: 't0' },
      ...chainFlows,
      ...extra,
      { id: 'out', source: `t${count - 1}`, target: 'end' },
    ],
  });
}
