import type { FlowNode } from './schema';

/** A width and a height, in map units (pixels at zoom 1). */
export interface Size {
  width: number;
  height: number;
}
/** A point on the map. */
export interface Point {
  x: number;
  y: number;
}
/** A rectangle on the map: its top-left corner and size. */
export interface Box extends Point, Size {}

/** The four sides of a shape a flow can attach to. */
export type Side = 'top' | 'right' | 'bottom' | 'left';

/** The outline a node is drawn with, for where flows meet it. */
export type Outline = 'rect' | 'circle' | 'diamond';

/** Drawing sizes by node type, as a BPMN reader expects them (events small circles, tasks boxes). */
const typeSizes: Record<FlowNode['type'], Size> = {
  startEvent: { width: 40, height: 40 },
  endEvent: { width: 40, height: 40 },
  intermediateEvent: { width: 40, height: 40 },
  boundaryEvent: { width: 36, height: 36 },
  task: { width: 120, height: 80 },
  subProcess: { width: 120, height: 80 },
  exclusiveGateway: { width: 50, height: 50 },
  parallelGateway: { width: 50, height: 50 },
  inclusiveGateway: { width: 50, height: 50 },
  eventBasedGateway: { width: 50, height: 50 },
  annotation: { width: 140, height: 50 },
  dataObject: { width: 36, height: 50 },
  dataStore: { width: 50, height: 50 },
};

/** The size a node is drawn at: its own width/height where set, else the default for its type. */
export function nodeSize(node: Pick<FlowNode, 'type' | 'width' | 'height'>): Size {
  const size = typeSizes[node.type];
  return { width: node.width ?? size.width, height: node.height ?? size.height };
}

/** Where the index-th boundary event on a host sits: astride the host's bottom edge, from the right. */
export function boundaryEventPosition(
  host: Pick<FlowNode, 'type' | 'width' | 'height' | 'x' | 'y'>,
  index: number,
): Point {
  const hostSize = nodeSize(host);
  const own = typeSizes.boundaryEvent;
  return {
    x: host.x + hostSize.width - own.width - 12 - index * (own.width + 8),
    y: host.y + hostSize.height - own.height / 2,
  };
}

/** Where a boundary event is drawn: where it is stored when that touches its host, else its default place. */
export function boundaryBox(node: FlowNode, host: Box, index: number): Box {
  const size = nodeSize(node);
  const center = { x: node.x + size.width / 2, y: node.y + size.height / 2 };
  const touches =
    center.x >= host.x - size.width &&
    center.x <= host.x + host.width + size.width &&
    center.y >= host.y - size.height &&
    center.y <= host.y + host.height + size.height;
  const at = touches ? { x: node.x, y: node.y } : boundaryEventPosition({ type: 'task', ...host }, index);
  return { ...at, ...size };
}

/** Geometry of the lane bands: the header strip width and the padding around a band's content. */
export const laneLayout = { headerWidth: 32, padding: 40, minHeight: 160, labelRoom: 24 };

/** A node's outline: circles for events, diamonds for gateways, rectangles for the rest. */
export function outlineOf(node: Pick<FlowNode, 'type'>): Outline {
  if (node.type.endsWith('Event')) return 'circle';
  return node.type.endsWith('Gateway') ? 'diamond' : 'rect';
}

/** The centre of a box. */
export const centerOf = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** How far from the centre the outline lies along (dx, dy), as a fraction of that vector (1 = the box's edge). */
function outlineScale(box: Box, dx: number, dy: number, outline: Outline): number {
  const [rx, ry] = [box.width / 2, box.height / 2];
  if (outline === 'circle') return 1 / Math.hypot(dx / rx, dy / ry);
  if (outline === 'diamond') return 1 / (Math.abs(dx) / rx + Math.abs(dy) / ry);
  return Math.min(dx === 0 ? Infinity : rx / Math.abs(dx), dy === 0 ? Infinity : ry / Math.abs(dy));
}

/** Half the outline's extent across, at a relative offset `t` (-1..1) from its centre line. */
function outlineSpan(outline: Outline, t: number): number {
  return outline === 'circle' ? Math.sqrt(Math.max(0, 1 - t * t)) : Math.max(0, 1 - Math.abs(t));
}

/**
 * Where a flow heading for `toward` leaves a shape. A point straight above, below or beside the shape is reached
 * by a straight vertical or horizontal stub (as modellers draw orthogonal flows); others by the line from the
 * shape's centre. The point is on the shape's outline, not just its box.
 */
export function dock(box: Box, toward: Point, outline: Outline = 'rect'): Point {
  const center = centerOf(box);
  const besideX = toward.x > box.x && toward.x < box.x + box.width;
  const besideY = toward.y > box.y && toward.y < box.y + box.height;
  if (besideX !== besideY) {
    // Along the stub's line: the outline where it crosses x = toward.x (or y = toward.y).
    if (besideX) {
      const t = (toward.x - center.x) / (box.width / 2);
      const half = outline === 'rect' ? box.height / 2 : (box.height / 2) * outlineSpan(outline, t);
      return { x: toward.x, y: center.y + Math.sign(toward.y - center.y) * half };
    }
    const t = (toward.y - center.y) / (box.height / 2);
    const half = outline === 'rect' ? box.width / 2 : (box.width / 2) * outlineSpan(outline, t);
    return { x: center.x + Math.sign(toward.x - center.x) * half, y: toward.y };
  }
  const [dx, dy] = [toward.x - center.x, toward.y - center.y];
  if (dx === 0 && dy === 0) return center;
  const scale = Math.min(outlineScale(box, dx, dy, outline), 1);
  return { x: center.x + dx * scale, y: center.y + dy * scale };
}

/** An edge's waypoints: docking points on both shapes around the bend points. */
export function edgePoints(
  source: Box,
  target: Box,
  bends: Point[],
  outlines: [Outline, Outline] = ['rect', 'rect'],
): Point[] {
  const first = bends[0] ?? centerOf(target);
  const last = bends[bends.length - 1] ?? centerOf(source);
  return [dock(source, first, outlines[0]), ...bends, dock(target, last, outlines[1])];
}

/**
 * The smallest box holding all the boxes, or undefined for none. A loop rather than Math.min(...values): spreading
 * a large map's hundred thousand coordinates as arguments overflows the stack.
 */
export function boundingBox(boxes: Iterable<Box>): Box | undefined {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return left === Infinity ? undefined : { x: left, y: top, width: right - left, height: bottom - top };
}
