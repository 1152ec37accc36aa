import type { ProcessModel } from './schema';

/** What changed from one map to another, by element id (nodes and flows together), as in DESIGN.md §5b. */
export interface MapDiff {
  added: string[];
  removed: string[];
  changed: Array<{ id: string; fields: string[] }>;
}

/** Where an element sits and how big it is drawn: moving it on the canvas changes nothing in the process. */
const layoutFields = new Set(['x', 'y', 'width', 'height', 'waypoints']);

/** JSON with object keys sorted, so that two values equal up to key order compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** The top-level fields (layout aside) whose values differ between two versions of an element, sorted. */
function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...keys].filter((key) => !layoutFields.has(key) && canonical(a[key]) !== canonical(b[key])).sort();
}

function diffElements<T extends { id: string }>(before: readonly T[], after: readonly T[], diff: MapDiff): void {
  const old = new Map(before.map((e) => [e.id, e]));
  const kept = new Set<string>();
  for (const element of after) {
    const previous = old.get(element.id);
    if (!previous) {
      diff.added.push(element.id);
      continue;
    }
    kept.add(element.id);
    const fields = changedFields(previous, element);
    if (fields.length > 0) diff.changed.push({ id: element.id, fields });
  }
  for (const element of before) if (!kept.has(element.id)) diff.removed.push(element.id);
}

/**
 * The structural difference from map `a` (as-is) to map `b` (to-be): nodes and flows added, removed, and changed
 * with the names of the fields that differ (name, type, sim, condition, probability, source, ...). Positions on
 * the canvas are not changes. Nodes come before flows, each in the order of the map that holds them.
 */
export function diffMaps(a: ProcessModel, b: ProcessModel): MapDiff {
  const diff: MapDiff = { added: [], removed: [], changed: [] };
  diffElements(a.nodes, b.nodes, diff);
  diffElements(a.flows, b.flows, diff);
  return diff;
}
