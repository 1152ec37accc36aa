import type { ProcessModel } from '../../model';
import { laneLayout } from '../../model/geometry';
import { keptModel } from './keptShapes';
import type { PoolRecord } from './lanes';

/** A pool's lanes nested as the imported file had them: the map's lanes are the innermost ones. */
export interface LaneNesting {
  /** The lanes right inside the pool, in order: map lanes and lanes that hold others. */
  top: string[];
  /** The lanes right inside each lane that holds others. */
  children: Map<string, string[]>;
  /** How deep each lane sits: 0 right inside the pool. */
  depth: Map<string, number>;
  /** The map lanes inside each lane that holds others. */
  leavesOf: Map<string, string[]>;
  /** The deepest level, 0 when nothing is nested. */
  maxDepth: number;
  names: Map<string, string | undefined>;
}

/**
 * Nests a pool's lanes again under the lanes that held them in the imported file. A holding lane whose lanes were
 * all deleted goes; a lane added in the map sits right inside the pool. Order follows the pool's lane order.
 */
export function laneNesting(pool: Pick<PoolRecord, 'lanes' | 'parentLanes'>): LaneNesting {
  const parents = new Map((pool.parentLanes ?? []).map((p) => [p.id, p]));
  const parentOf = new Map<string, string>();
  for (const parent of parents.values()) for (const child of parent.children) parentOf.set(child, parent.id);
  const nesting: LaneNesting = {
    top: [],
    children: new Map(),
    depth: new Map(),
    leavesOf: new Map(),
    maxDepth: 0,
    names: new Map([...parents.values()].map((p) => [p.id, p.name])),
  };
  for (const leaf of pool.lanes) {
    const chain = [leaf];
    // The guard stops a hand-edited file whose lanes hold each other in a circle.
    while (parentOf.has(chain[0]) && chain.length <= parents.size && !chain.includes(parentOf.get(chain[0])!))
      chain.unshift(parentOf.get(chain[0])!);
    chain.forEach((id, depth) => {
      nesting.depth.set(id, depth);
      nesting.maxDepth = Math.max(nesting.maxDepth, depth);
      if (depth === 0) {
        if (!nesting.top.includes(id)) nesting.top.push(id);
      } else {
        const siblings = nesting.children.get(chain[depth - 1]) ?? [];
        if (!siblings.includes(id)) siblings.push(id);
        nesting.children.set(chain[depth - 1], siblings);
      }
      if (id !== leaf) nesting.leavesOf.set(id, [...(nesting.leavesOf.get(id) ?? []), leaf]);
    });
  }
  return nesting;
}

/** How the map's lanes are drawn nested, as the imported file had them (the canvas and the SVG picture). */
export interface LaneIndents {
  /** How many header strips a lane reaches left of the innermost lanes' headers; lanes not listed reach none. */
  indent: Map<string, number>;
  /** The lanes that hold others, drawn as frames around the map lanes they hold, outermost first. */
  holders: { id: string; name: string; indent: number; leaves: string[] }[];
  /** The most header strips any lane reaches left: a pool around the lanes starts left of them. */
  reach: number;
}

/**
 * Where the map's lanes sit in the lanes that held them in the imported file: a lane holding others gets a header
 * strip of its own left of theirs, as bpmn-js draws it, and a lane beside them reaches as far left as they do.
 */
export function laneIndents(model: Pick<ProcessModel, 'lanes' | 'extensions'>): LaneIndents {
  const indents: LaneIndents = { indent: new Map(), holders: [], reach: 0 };
  const pools = (keptModel(model).pools ?? []).filter((pool) => pool.parentLanes?.length);
  if (!pools.length) return indents;
  const mapLanes = new Set(model.lanes.map((lane) => lane.id));
  for (const pool of pools) {
    const nesting = laneNesting({ ...pool, lanes: pool.lanes.filter((id) => mapLanes.has(id)) });
    if (nesting.maxDepth === 0) continue;
    const indent = (id: string) => nesting.maxDepth - (nesting.depth.get(id) ?? 0);
    indents.reach = Math.max(indents.reach, nesting.maxDepth);
    for (const id of nesting.depth.keys()) if (!nesting.leavesOf.has(id)) indents.indent.set(id, indent(id));
    for (const [id, leaves] of nesting.leavesOf)
      indents.holders.push({ id, name: nesting.names.get(id)?.trim() ?? '', indent: indent(id), leaves });
  }
  indents.holders.sort((a, b) => b.indent - a.indent);
  return indents;
}

/** The lanes' horizontal extent reaching `strips` header strips further left (a nested lane, or a pool around them). */
export function reachingLeft(frame: { x: number; width: number }, strips: number): { x: number; width: number } {
  const reach = laneLayout.headerWidth * strips;
  return { x: frame.x - reach, width: frame.width + reach };
}
