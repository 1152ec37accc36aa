import type { Flow, FlowNode, ProcessModel, Resource } from '../../model';
import { nodeTypeLabel, quoted } from '../../model/commands/labels';
import { diffMaps, type MapDiff } from '../../model/mapDiff';

/** What happened to an element from the current map to the future one. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/** One change from the current map to the future one, in words that name the element. */
export interface MapChange {
  kind: ChangeKind;
  /** Nodes and flows are on the maps; pools and arrivals are settings. */
  element: 'node' | 'flow' | 'pool' | 'arrivals';
  id: string;
  text: string;
}

/** Field names of nodes and flows (and of a node's simulation settings) in words. */
const fieldWords: Record<string, string> = {
  type: 'type',
  taskType: 'task type',
  eventType: 'event type',
  name: 'name',
  description: 'description',
  lane: 'lane',
  parent: 'sub-process',
  attachedTo: 'attached to',
  interrupting: 'interrupting',
  timer: 'timer',
  condition: 'condition',
  requiredFields: 'required fields',
  extensions: 'extensions',
  duration: 'duration',
  durationExpression: 'duration formula',
  resource: 'pool',
  fixedCost: 'fixed cost',
  priority: 'priority',
  probability: 'probability',
  source: 'where it starts',
  target: 'where it leads',
  default: 'default',
};

/** JSON with object keys sorted, so that equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The keys whose values differ between two objects (either may be absent), sorted. */
function differingKeys(a: object | undefined, b: object | undefined): string[] {
  const [x, y] = [(a ?? {}) as Record<string, unknown>, (b ?? {}) as Record<string, unknown>];
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].filter((key) => canonical(x[key]) !== canonical(y[key])).sort();
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A node as the list names it: "user task 'Review'", or its kind and id when it has no name. */
function nodeWords(node: FlowNode): string {
  const kind = lowerFirst(nodeTypeLabel(node));
  return node.name.trim() ? `${kind} ${quoted(node.name.trim())}` : `unnamed ${kind} (${node.id})`;
}

/** A flow as the list names it: by its name if it has one, and by the nodes it joins. */
function flowWords(flow: Flow, model: ProcessModel): string {
  const name = (id: string) => {
    const node = model.nodes.find((n) => n.id === id);
    if (!node) return id;
    return node.name.trim() ? quoted(node.name.trim()) : `the ${lowerFirst(nodeTypeLabel(node))} (${id})`;
  };
  const named = flow.name?.trim() ? ` ${quoted(flow.name.trim())}` : '';
  return `flow${named} from ${name(flow.source)} to ${name(flow.target)}`;
}

/** The changed fields of an element in words; a node's simulation settings are named one by one. */
function fieldList(fields: readonly string[], before?: FlowNode, after?: FlowNode): string {
  const words = fields.flatMap((field) =>
    field === 'sim'
      ? differingKeys(before?.sim, after?.sim).map((k) => fieldWords[k] ?? k)
      : [fieldWords[field] ?? field],
  );
  return [...new Set(words)].join(', ');
}

/** A pool's changes in words, with the old and new value of its capacity and its rates. */
function poolChanges(before: Resource, after: Resource): string {
  const valued: Record<string, string> = {
    capacity: 'capacity',
    costPerHour: 'cost per hour',
    costPerHourOfCapacity: 'cost per hour of capacity',
  };
  const other: Record<string, string> = {
    name: 'name',
    calendar: 'calendar',
    lane: 'lane',
    queuePolicy: 'queue order',
  };
  return differingKeys(before, after)
    .map((key) => {
      const [a, b] = [(before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]];
      if (key in valued) return `${valued[key]} ${String(a ?? 'none')} → ${String(b ?? 'none')}`;
      return other[key] ?? key;
    })
    .join(', ');
}

const poolWords = (pool: Resource) => `pool ${quoted(pool.name.trim() || pool.id)}`;

/** The pools added, removed and changed from one map to the other, by id. */
function poolList(current: ProcessModel, future: ProcessModel): MapChange[] {
  const before = new Map(current.simulation.resources.map((r) => [r.id, r]));
  const after = new Map(future.simulation.resources.map((r) => [r.id, r]));
  const changes: MapChange[] = [];
  for (const [id, pool] of after) {
    const old = before.get(id);
    if (!old) changes.push({ kind: 'added', element: 'pool', id, text: `Added ${poolWords(pool)}` });
    else if (differingKeys(old, pool).length > 0)
      changes.push({
        kind: 'changed',
        element: 'pool',
        id,
        text: `Changed ${poolWords(pool)}: ${poolChanges(old, pool)}`,
      });
  }
  for (const [id, pool] of before)
    if (!after.has(id)) changes.push({ kind: 'removed', element: 'pool', id, text: `Removed ${poolWords(pool)}` });
  return changes;
}

/**
 * Every change from the current map to the future one in words that name the elements ("Added user task 'Auto
 * check'", "Changed 'Review': duration, pool"): nodes and flows as the structural diff has them, then pools and
 * the arrivals, which are settings rather than elements. Positions on the canvas are not changes.
 */
export function mapChanges(current: ProcessModel, future: ProcessModel, diff: MapDiff = diffMaps(current, future)) {
  const nodesBefore = new Map(current.nodes.map((n) => [n.id, n]));
  const nodesAfter = new Map(future.nodes.map((n) => [n.id, n]));
  const flowsBefore = new Map(current.flows.map((f) => [f.id, f]));
  const flowsAfter = new Map(future.flows.map((f) => [f.id, f]));
  const changes: MapChange[] = [];
  const describe = (kind: ChangeKind, id: string, fields: readonly string[] = []) => {
    const verb = { added: 'Added', removed: 'Removed', changed: 'Changed' }[kind];
    const [before, after] = [nodesBefore.get(id), nodesAfter.get(id)];
    if (before || after) {
      const node = (after ?? before)!;
      if (kind !== 'changed') return changes.push({ kind, element: 'node', id, text: `${verb} ${nodeWords(node)}` });
      const name = node.name.trim() ? quoted(node.name.trim()) : nodeWords(node);
      const was = before && after && before.name.trim() !== after.name.trim() ? ` (was ${quoted(before.name)})` : '';
      const text = `Changed ${name}${was}: ${fieldList(fields, before, after)}`;
      return changes.push({ kind, element: 'node', id, text });
    }
    const flow = flowsAfter.get(id) ?? flowsBefore.get(id);
    if (!flow) return;
    const words = flowWords(flow, flowsAfter.has(id) ? future : current);
    const text = kind === 'changed' ? `Changed ${words}: ${fieldList(fields)}` : `${verb} ${words}`;
    changes.push({ kind, element: 'flow', id, text });
  };
  for (const id of diff.added) describe('added', id);
  for (const id of diff.removed) describe('removed', id);
  for (const { id, fields } of diff.changed) describe('changed', id, fields);
  changes.push(...poolList(current, future));
  if (canonical(current.simulation.arrivals) !== canonical(future.simulation.arrivals))
    changes.push({ kind: 'changed', element: 'arrivals', id: 'arrivals', text: 'Changed the arrivals of new cases' });
  return changes;
}
