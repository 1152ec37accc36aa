import type { FlowNode, Lane, ProcessModel } from '../../model';
import { boundaryEventPosition, laneLayout, nodeSize } from '../autoLayout';
import type { Box, Point } from './diagramIndex';

/** The point where the line from a box's centre towards a point leaves the box. */
export function dock(box: Box, toward: Point): Point {
  const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  if (dx === 0 && dy === 0) return center;
  const scale = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: center.x + dx * Math.min(scale, 1), y: center.y + dy * Math.min(scale, 1) };
}

export const centerOf = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** An edge's waypoints: docking points on both boxes around the bend points. */
export function edgePoints(source: Box, target: Box, bends: Point[]): Point[] {
  const first = bends[0] ?? centerOf(target);
  const last = bends[bends.length - 1] ?? centerOf(source);
  return [dock(source, first), ...bends, dock(target, last)];
}

/** Where a boundary event is drawn: where it is stored when that touches its host, else the canvas's default place. */
export function boundaryBox(node: FlowNode, host: Box, index: number): Box {
  const size = nodeSize(node);
  const center = { x: node.x + size.width / 2, y: node.y + size.height / 2 };
  const touches = center.x >= host.x - size.width && center.x <= host.x + host.width + size.width &&
    center.y >= host.y - size.height && center.y <= host.y + host.height + size.height;
  const at = touches ? { x: node.x, y: node.y } : boundaryEventPosition({ type: 'task', ...host }, index);
  return { ...at, ...size };
}

/** Horizontal extent and bands of the lanes, as the canvas draws them: stored geometry first, else around their nodes. */
export function laneBands(model: ProcessModel, boxes: Map<string, Box>): { x: number; width: number; bands: Map<string, { y: number; height: number }> } {
  const { padding, minHeight, headerWidth } = laneLayout;
  const top = model.nodes.filter((n) => n.parent === undefined && boxes.has(n.id)).map((n) => ({ node: n, box: boxes.get(n.id)! }));
  const minX = Math.min(...top.map((t) => t.box.x));
  const maxX = Math.max(...top.map((t) => t.box.x + t.box.width));
  const x = Number.isFinite(minX) ? minX - padding - headerWidth : 0;
  const width = Number.isFinite(maxX) ? maxX - minX + 2 * padding + headerWidth : 900;
  const bands = new Map<string, { y: number; height: number }>();
  let previousBottom = 0;
  for (const lane of model.lanes as Lane[]) {
    const inLane = top.filter((t) => t.node.lane === lane.id);
    let band: { y: number; height: number };
    if (lane.y !== undefined && lane.height !== undefined) band = { y: lane.y, height: lane.height };
    else if (inLane.length) {
      const y = Math.min(...inLane.map((t) => t.box.y)) - padding;
      band = { y, height: Math.max(minHeight, Math.max(...inLane.map((t) => t.box.y + t.box.height)) + padding - y) };
    } else band = { y: previousBottom, height: minHeight };
    bands.set(lane.id, band);
    previousBottom = Math.max(previousBottom, band.y + band.height);
  }
  return { x, width, bands };
}
