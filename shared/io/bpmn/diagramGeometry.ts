import type { Lane, ProcessModel } from '../../model';
import { laneLayout, type Box } from '../../model/geometry';
import { boundingBox } from '../../model/geometry';

// Docking and shape geometry live in the model layer, shared by the canvas, the layout and the exporters.
export { boundaryBox, centerOf, dock, edgePoints, outlineOf, type Outline } from '../../model/geometry';

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
