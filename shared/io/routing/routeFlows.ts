import { centerOf, edgePoints, type Box, type Point, type Side } from '../../model/geometry';
import { corners, directionOf, searchRoute, type SearchArea } from './gridSearch';
import { normalOf, portOn, sidesFacing, spreadAlong, type Port, type RouteNode } from './portSides';
import { SegmentUse } from './segmentUse';

/** A flow to route: its ends, and the bend points the user placed (kept as they are). */
export interface RouteFlow {
  id: string;
  source: string;
  target: string;
  waypoints?: readonly Point[];
}

export interface RouteOptions {
  /** The distance routes keep from shapes. */
  clearance?: number;
  /** Above this many flows, flows go straight from side to side without searching around shapes. */
  budget?: number;
}

/**
 * How many flows a level may have for its routes to be searched around shapes: beyond it, searching every route
 * again as a shape is dragged would slow editing, so flows go side to side with a single turn.
 */
export const routingBudget = 400;

interface End {
  flow: RouteFlow;
  role: 'source' | 'target';
  node: RouteNode;
  other: RouteNode;
  sides: Side[];
}

const grow = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  width: b.width + 2 * by,
  height: b.height + 2 * by,
});
const contains = (outer: Box, inner: Box) =>
  outer !== inner &&
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.width >= inner.x + inner.width &&
  outer.y + outer.height >= inner.y + inner.height;

function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Chooses each flow end's side: the best facing side, except that on a gateway or event (one attachment point per
 * side) a flow does not leave where another flow arrives, and branches do not share a corner while a side facing
 * their target is free. On a box, ends sharing a side are spread along it in the order of their other ends.
 */
function choosePorts(ends: End[], clearance: number): Map<End, Port> {
  const taken = new Map<string, Map<Side, Set<'source' | 'target'>>>();
  const chosen = new Map<End, Side>();
  // Ends come shortest flow first: the closest neighbours claim the sides that face them.
  for (const end of ends) {
    const uses = taken.get(end.node.id) ?? new Map<Side, Set<'source' | 'target'>>();
    taken.set(end.node.id, uses);
    let side = end.sides[0];
    if (end.node.outline !== 'rect') {
      const candidates = end.sides.slice(0, 3);
      const opposite = end.role === 'source' ? 'target' : 'source';
      const unmixed = (s: Side) => !uses.get(s)?.has(opposite);
      // A free side first; else one shared only with flows going the same way (a join's incoming flows).
      const free = candidates.find((s) => unmixed(s) && !(end.role === 'source' && uses.get(s)?.has('source')));
      side = free ?? candidates.find(unmixed) ?? side;
    }
    chosen.set(end, side);
    const use = uses.get(side) ?? new Set();
    use.add(end.role);
    uses.set(side, use);
  }
  const bySide = new Map<string, End[]>();
  for (const [end, side] of chosen) {
    const key = `${end.node.id}\u0000${side}`;
    const group = bySide.get(key);
    if (group) group.push(end);
    else bySide.set(key, [end]);
  }
  const ports = new Map<End, Port>();
  for (const group of bySide.values()) {
    const side = chosen.get(group[0])!;
    const along = (e: End) => (side === 'top' || side === 'bottom' ? centerOf(e.other.box).x : centerOf(e.other.box).y);
    group.sort((a, b) => along(a) - along(b) || (a.flow.id < b.flow.id ? -1 : 1));
    const box = group[0].node.box;
    const [start, length] = side === 'top' || side === 'bottom' ? [box.x, box.width] : [box.y, box.height];
    const offsets = spreadAlong(
      group.map((e) => along(e) - start),
      length,
      clearance,
    );
    group.forEach((end, i) => ports.set(end, portOn(end.node, side, offsets[i], clearance)));
  }
  return ports;
}

/** A route with its ends joined: port, out from the side, the searched path, back in to the target's port. */
function joined(from: Port, path: Point[], to: Port): Point[] {
  return corners([from.at, from.out, ...path, to.out, to.at]);
}

/** A plain route when searching is off or finds nothing: out of the source side, across, into the target side. */
function plainRoute(from: Port, to: Port): Point[] {
  const horizontalStart = from.side === 'left' || from.side === 'right';
  const middle = horizontalStart ? [{ x: to.out.x, y: from.out.y }] : [{ x: from.out.x, y: to.out.y }];
  return corners([from.at, from.out, ...middle, to.out, to.at]);
}

/**
 * Orthogonal routes for the flows of one level of a map, as point lists from the source's outline to the target's.
 * Each flow is attached to the sides that face its other end and searched around the other shapes, keeping
 * apart from routes already laid; shorter flows are laid first. Flows with bend points keep them.
 */
export function routeFlows(
  nodes: readonly RouteNode[],
  flows: readonly RouteFlow[],
  options: RouteOptions = {},
): Map<string, Point[]> {
  const clearance = options.clearance ?? 15;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const routes = new Map<string, Point[]>();
  const used = new SegmentUse();
  const free: RouteFlow[] = [];
  for (const flow of flows) {
    const [source, target] = [byId.get(flow.source), byId.get(flow.target)];
    if (!source || !target) continue;
    if (flow.waypoints && flow.waypoints.length > 0) {
      const points = edgePoints(source.box, target.box, [...flow.waypoints], [source.outline, target.outline]);
      routes.set(flow.id, points);
      used.addRoute(points);
    } else free.push(flow);
  }
  const distance = new Map<RouteFlow, number>();
  for (const f of free) {
    const [a, b] = [centerOf(byId.get(f.source)!.box), centerOf(byId.get(f.target)!.box)];
    distance.set(f, Math.abs(a.x - b.x) + Math.abs(a.y - b.y));
  }
  free.sort((a, b) => distance.get(a)! - distance.get(b)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ends: End[] = [];
  for (const flow of free) {
    const [source, target] = [byId.get(flow.source)!, byId.get(flow.target)!];
    if (source === target) {
      ends.push({ flow, role: 'source', node: source, other: target, sides: ['top', 'right', 'bottom', 'left'] });
      ends.push({ flow, role: 'target', node: target, other: source, sides: ['right', 'bottom', 'left', 'top'] });
      continue;
    }
    ends.push({ flow, role: 'source', node: source, other: target, sides: sidesFacing(source, target.box, 'source') });
    ends.push({ flow, role: 'target', node: target, other: source, sides: sidesFacing(target, source.box, 'target') });
  }
  const ports = choosePorts(ends, clearance);
  const search = free.length <= (options.budget ?? routingBudget);
  const all = nodes.map((n) => n.box);
  const everywhere = search && all.length ? grow(union(all), 4 * clearance) : undefined;
  for (let k = 0; k < ends.length; k += 2) {
    const [from, to] = [ports.get(ends[k])!, ports.get(ends[k + 1])!];
    const flow = ends[k].flow;
    const [source, target] = [ends[k].node.box, ends[k + 1].node.box];
    let points: Point[] | undefined;
    if (search && everywhere) {
      // Shapes that hold an end (an expanded sub-process around its content) are not in the way.
      const obstacles = (extent: Box) =>
        all.filter((b) => !contains(b, source) && !contains(b, target) && overlapsBox(b, extent));
      const near = grow(union([source, target]), 4 * clearance + 40);
      const areaIn = (extent: Box): SearchArea => ({ obstacles: obstacles(extent), clearance, used });
      const dirs = [directionOf(normalOf(from.side)), (directionOf(normalOf(to.side)) + 2) % 4] as const;
      let found = searchRoute(from.out, dirs[0], to.out, dirs[1], areaIn(near), near);
      // Nothing clear close by (a long way round, e.g. a rework loop under a row of tasks): look further, then
      // over the whole level.
      for (const extent of [grow(near, 300), everywhere])
        if (!found || found.crosses)
          found = searchRoute(from.out, dirs[0], to.out, dirs[1], areaIn(extent), extent) ?? found;
      if (found) points = joined(from, found.points, to);
    }
    points ??= plainRoute(from, to);
    routes.set(flow.id, points);
    if (search) used.addRoute(points);
  }
  return routes;
}

const overlapsBox = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
