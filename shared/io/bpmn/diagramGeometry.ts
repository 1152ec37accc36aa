import type { FlowNode, Lane, ProcessModel } from '../../model';
import { boundaryEventPosition, laneLayout, nodeSize } from '../autoLayout';
import { boundingBox } from './boundingBox';
import type { Box, Point } from './diagramIndex';

/** The outline a node is drawn with, for where flows meet it. */
export type Outline = 'rect' | 'circle' | 'diamond';

/** A node's outline: circles for events, diamonds for gateways, rectangles for the rest. */
export function outlineOf(node: Pick<FlowNode, 'type'>): Outline {
  if (node.type.endsWith('Event')) return 'circle';
  return node.type.endsWith('Gateway') ? 'diamond' : 'rect';
}

/** How far from the centre the outline lies along (dx, dy), as a fraction of that vector (1 = the box's edge). */
function outlineScale(box: Box, dx: number, dy: number, outline: Outline): number {
  const [rx, ry] = [box.width / 2, box.height / 2];
  if (outline === 'circle') return 1 / Math.hypot(dx / rx, dy / ry);
  if (outline === 'diamond') return 1 / (Math.abs(dx) / rx + Math.abs(dy) / ry);
  return Math.min(dx === 0 ? Infinity : rx / Math.abs(dx), dy === 0 ? Infinity : ry / Math.abs(dy));
}

/**
 * Where a flow heading for `toward` leaves a shape. A point straight above, below or beside the shape is reached
 * by a straight vertical or horizontal stub (as modellers draw orthogonal flows); others by the line from the
 * shape's centre. The point is on the shape's outline, not just its box.
 */
export function dock(box: Box, toward: Point, outline: Outline = 'rect'): Point {
  const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const besideX = toward.x > box.x && toward.x < box.x + box.width;
  const besideY = toward.y > box.y && toward.y < box.y + box.height;
  if (besideX !== besideY) {
    // Along the stub's line: the outline where it crosses x = toward.x (or y = toward.y).
    if (besideX) {
      const half =
        outline === 'rect'
          ? box.height / 2
          : (box.height / 2) * outlineSpan(outline, (toward.x - center.x) / (box.width / 2));
      return { x: toward.x, y: center.y + Math.sign(toward.y - center.y) * half };
    }
    const half =
      outline === 'rect'
        ? box.width / 2
        : (box.width / 2) * outlineSpan(outline, (toward.y - center.y) / (box.height / 2));
    return { x: center.x + Math.sign(toward.x - center.x) * half, y: toward.y };
  }
  const [dx, dy] = [toward.x - center.x, toward.y - center.y];
  if (dx === 0 && dy === 0) return center;
  const scale = Math.min(outlineScale(box, dx, dy, outline), 1);
  return { x: center.x + dx * scale, y: center.y + dy * scale };
}

/** Half the outline's extent across, at a relative offset `t` (-1..1) from its centre line. */
function outlineSpan(outline: Outline, t: number): number {
  return outline === 'circle' ? Math.sqrt(Math.max(0, 1 - t * t)) : Math.max(0, 1 - Math.abs(t));
}

export const centerOf = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

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

/** Where a boundary event is drawn: where it is stored when that touches its host, else the canvas's default place. */
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

/** Horizontal extent and bands of the lanes, as the canvas draws them: stored geometry first, else around their nodes. */
export function laneBands(
  model: ProcessModel,
  boxes: Map<string, Box>,
): { x: number; width: number; bands: Map<string, { y: number; height: number }> } {
  const { padding, minHeight, headerWidth } = laneLayout;
  const top = model.nodes.filter((n) => n.parent === undefined && boxes.has(n.id));
  const all = boundingBox(top.map((n) => boxes.get(n.id)!));
  const x = all ? all.x - padding - headerWidth : 0;
  const width = all ? all.width + 2 * padding + headerWidth : 900;
  // Grouped once, so that many lanes over many nodes stay linear.
  const byLane = new Map<string | undefined, Box[]>();
  for (const node of top) {
    const boxesInLane = byLane.get(node.lane);
    if (boxesInLane) boxesInLane.push(boxes.get(node.id)!);
    else byLane.set(node.lane, [boxes.get(node.id)!]);
  }
  const bands = new Map<string, { y: number; height: number }>();
  let previousBottom = 0;
  for (const lane of model.lanes as Lane[]) {
    const inLane = boundingBox(byLane.get(lane.id) ?? []);
    let band: { y: number; height: number };
    if (lane.y !== undefined && lane.height !== undefined) band = { y: lane.y, height: lane.height };
    else if (inLane) {
      const y = inLane.y - padding;
      band = { y, height: Math.max(minHeight, inLane.y + inLane.height + padding - y) };
    } else band = { y: previousBottom, height: minHeight };
    bands.set(lane.id, band);
    previousBottom = Math.max(previousBottom, band.y + band.height);
  }
  return { x, width, bands };
}
