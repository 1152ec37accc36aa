// Measures of how well flow routes read: shapes a route passes through, stretches run alongside another route, bends.
import type { Box, Point } from '../../shared/model/geometry';
import { minimumGap } from '../../shared/io/routing/segmentUse';

type Segment = [Point, Point];
export const segmentsOf = (points: Point[]): Segment[] => points.slice(1).map((p, i) => [points[i], p]);

/** Whether a segment passes through the inside of a box (touching its outline is not passing through). */
export function crossesBox([p, q]: Segment, b: Box): boolean {
  const [x0, x1, y0, y1] = [Math.min(p.x, q.x), Math.max(p.x, q.x), Math.min(p.y, q.y), Math.max(p.y, q.y)];
  if (p.x !== q.x && p.y !== q.y) {
    // A slanted stretch: sampled.
    for (let t = 0; t <= 1; t += 0.02) {
      const [x, y] = [p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t];
      if (x > b.x + 0.5 && x < b.x + b.width - 0.5 && y > b.y + 0.5 && y < b.y + b.height - 0.5) return true;
    }
    return false;
  }
  return x0 < b.x + b.width - 0.5 && x1 > b.x + 0.5 && y0 < b.y + b.height - 0.5 && y1 > b.y + 0.5;
}

/** Length over which two axis-parallel segments run side by side closer than the minimum gap. */
export function alongside([a, b]: Segment, [c, d]: Segment): number {
  const flat = (s: Point, t: Point) => s.y === t.y && s.x !== t.x;
  const upright = (s: Point, t: Point) => s.x === t.x && s.y !== t.y;
  if (flat(a, b) && flat(c, d) && Math.abs(a.y - c.y) < minimumGap)
    return Math.min(Math.max(a.x, b.x), Math.max(c.x, d.x)) - Math.max(Math.min(a.x, b.x), Math.min(c.x, d.x));
  if (upright(a, b) && upright(c, d) && Math.abs(a.x - c.x) < minimumGap)
    return Math.min(Math.max(a.y, b.y), Math.max(c.y, d.y)) - Math.max(Math.min(a.y, b.y), Math.min(c.y, d.y));
  return 0;
}

export interface RouteQuality {
  /** "flow through node" for each route passing through a shape other than its ends. */
  through: string[];
  /** "flow along flow" for each pair of stretches running alongside (not counting a shared corner where they meet). */
  along: string[];
  bends: number;
  length: number;
}

/** How well the routes read, given the shapes and each flow's ends. */
export function routeQuality(
  routes: Map<string, Point[]>,
  boxes: Map<string, Box>,
  flows: { id: string; source: string; target: string }[],
): RouteQuality {
  const quality: RouteQuality = { through: [], along: [], bends: 0, length: 0 };
  for (const flow of flows) {
    const route = routes.get(flow.id);
    if (!route) continue;
    quality.bends += route.length - 2;
    for (const [p, q] of segmentsOf(route)) quality.length += Math.hypot(q.x - p.x, q.y - p.y);
    for (const [id, box] of boxes)
      if (id !== flow.source && id !== flow.target && segmentsOf(route).some((s) => crossesBox(s, box)))
        quality.through.push(`${flow.id} through ${id}`);
  }
  const shared = (s: Segment, t: Segment) => s.some((p) => t.some((q) => p.x === q.x && p.y === q.y));
  for (let i = 0; i < flows.length; i++)
    for (let j = i + 1; j < flows.length; j++) {
      const [r, s] = [routes.get(flows[i].id), routes.get(flows[j].id)];
      if (!r || !s) continue;
      for (const a of segmentsOf(r))
        for (const b of segmentsOf(s))
          if (alongside(a, b) > 1 && !shared(a, b)) quality.along.push(`${flows[i].id} along ${flows[j].id}`);
    }
  return quality;
}
