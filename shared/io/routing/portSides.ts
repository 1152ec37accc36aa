import { centerOf, type Box, type Outline, type Point, type Side } from '../../model/geometry';

/** A shape flows are routed around and attached to. */
export interface RouteNode {
  id: string;
  box: Box;
  outline: Outline;
  /** The host of a boundary event: its flows leave from the side of the host it sits on. */
  host?: Box;
}

/** One end of a flow on a shape: which side, and where on it. */
export interface Port {
  side: Side;
  /** The point on the shape's outline. */
  at: Point;
  /** The point `clearance` out from the side, where the route proper starts. */
  out: Point;
}

const normals: Record<Side, Point> = {
  top: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
};

/** The unit vector pointing out of a side. */
export const normalOf = (side: Side): Point => normals[side];

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/** The side of a host a boundary event sits on: the host's edge nearest the event's centre. */
function hostSide(event: Box, host: Box): Side {
  const c = centerOf(event);
  const gaps: [Side, number][] = [
    ['bottom', Math.abs(c.y - (host.y + host.height))],
    ['top', Math.abs(c.y - host.y)],
    ['right', Math.abs(c.x - (host.x + host.width))],
    ['left', Math.abs(c.x - host.x)],
  ];
  return gaps.reduce((best, g) => (g[1] < best[1] ? g : best))[0];
}

/**
 * The sides of a shape, best first, for a flow end facing `other` (as BPMN modellers attach flows): straight
 * across when the shapes are side by side or one above the other; a gateway's branches leave from its top and
 * bottom corners towards shapes above and below it (and merges arrive there); a flow going back (a rework loop) leaves and enters from
 * above or below, so that it does not run back over the flows going forward.
 */
export function sidesFacing(self: RouteNode, other: Box, role: 'source' | 'target'): Side[] {
  if (self.host && role === 'source') return rank(hostSide(self.box, self.host), self.box, other);
  const [a, b] = [self.box, other];
  const beside = overlaps(a.y, a.y + a.height, b.y, b.y + b.height);
  const stacked = overlaps(a.x, a.x + a.width, b.x, b.x + b.width);
  const [ca, cb] = [centerOf(a), centerOf(b)];
  const dx = cb.x - ca.x;
  const vertical: Side = cb.y < ca.y ? 'top' : 'bottom';
  // Whether the flow runs left to right, from its source's point of view.
  const forward = role === 'source' ? dx >= 0 : dx <= 0;
  let first: Side;
  if (stacked && !beside) first = vertical;
  else if (beside) first = forward ? (dx >= 0 ? 'right' : 'left') : 'bottom';
  else if (!forward) first = vertical;
  // Gateways split and merge at their top and bottom corners for shapes above and below them.
  else first = self.outline === 'diamond' ? vertical : role === 'source' ? 'right' : 'left';
  return rank(first, a, b);
}

/** All four sides, `first` first, then by how directly they face `other`. */
function rank(first: Side, self: Box, other: Box): Side[] {
  const [c, o] = [centerOf(self), centerOf(other)];
  const facing = (s: Side) => normals[s].x * (o.x - c.x) + normals[s].y * (o.y - c.y);
  const rest = (['right', 'bottom', 'top', 'left'] as Side[]).filter((s) => s !== first);
  return [first, ...rest.sort((p, q) => facing(q) - facing(p))];
}

/** The point on a shape's side at `offset` from its start (left or top end); diamonds and circles meet flows at their extremes. */
export function portOn(node: RouteNode, side: Side, offset: number, clearance: number): Port {
  const { x, y, width, height } = node.box;
  const along = (from: number, length: number) =>
    Math.round(node.outline === 'rect' ? from + offset : from + length / 2);
  const at =
    side === 'top'
      ? { x: along(x, width), y }
      : side === 'bottom'
        ? { x: along(x, width), y: y + height }
        : side === 'left'
          ? { x, y: along(y, height) }
          : { x: x + width, y: along(y, height) };
  const n = normals[side];
  return { side, at, out: { x: at.x + n.x * clearance, y: at.y + n.y * clearance } };
}

/**
 * Where along a side of `length` the ends sharing it attach, given where each would like to (the other shape's
 * centre): as close to that as the side allows, at least `spacing` apart, evenly spread when they do not fit.
 */
export function spreadAlong(wanted: number[], length: number, spacing: number): number[] {
  const inset = Math.min(spacing, length / 4);
  if ((wanted.length - 1) * spacing > length - 2 * inset)
    return wanted.map((_, i) => (length * (i + 1)) / (wanted.length + 1));
  const out = wanted.map((w) => Math.min(length - inset, Math.max(inset, w)));
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + spacing);
  // Pushed past the far end: push back from there.
  const over = out[out.length - 1] - (length - inset);
  if (over > 0)
    for (let i = out.length - 1; i >= 0; i--)
      out[i] = Math.min(out[i], length - inset - (out.length - 1 - i) * spacing);
  return out;
}
