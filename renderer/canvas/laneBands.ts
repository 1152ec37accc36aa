import { laneLayout, nodeSize, type Point } from '../../shared/model/geometry';
import type { FlowNode, ProcessModel } from '../../shared/model';

export interface LaneBand {
  id: string;
  y: number;
  height: number;
}

/** Where the lanes are drawn: one shared horizontal extent and a band per lane, in model order. */
export interface LaneFrame {
  x: number;
  width: number;
  bands: LaneBand[];
}

const emptyWidth = 900;

/**
 * The lane bands of a map. A lane with stored geometry keeps it; one without wraps its nodes, or sits under
 * the previous band when it has none. All bands share one width that spans every top-level node.
 */
export function laneFrame(model: ProcessModel, positionOf: (node: FlowNode) => Point): LaneFrame {
  const { headerWidth, padding, minHeight, labelRoom } = laneLayout;
  const top = model.nodes.filter((n) => n.parent === undefined);
  let minX = Infinity;
  let maxX = -Infinity;
  const extent = new Map<string, { top: number; bottom: number }>();
  for (const node of top) {
    const p = positionOf(node);
    const size = nodeSize(node);
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x + size.width);
    if (node.lane === undefined) continue;
    const e = extent.get(node.lane);
    const bottom = p.y + size.height + (node.type.endsWith('Event') || node.type.endsWith('Gateway') ? labelRoom : 0);
    extent.set(node.lane, { top: Math.min(e?.top ?? Infinity, p.y), bottom: Math.max(e?.bottom ?? -Infinity, bottom) });
  }
  const x = minX === Infinity ? 0 : minX - padding - headerWidth;
  const width = minX === Infinity ? emptyWidth : Math.max(emptyWidth, maxX - minX + 2 * padding + headerWidth);
  const bands: LaneBand[] = [];
  let previousBottom = 0;
  for (const lane of model.lanes) {
    let band: LaneBand;
    const e = extent.get(lane.id);
    if (lane.y !== undefined && lane.height !== undefined) band = { id: lane.id, y: lane.y, height: lane.height };
    else if (e) band = { id: lane.id, y: e.top - padding, height: Math.max(minHeight, e.bottom - e.top + 2 * padding) };
    else band = { id: lane.id, y: lane.y ?? previousBottom, height: lane.height ?? minHeight };
    bands.push(band);
    previousBottom = Math.max(previousBottom, band.y + band.height);
  }
  return { x, width, bands };
}

/** The lane whose band holds the point's height, or undefined outside every band. */
export function laneAt(frame: LaneFrame, y: number): string | undefined {
  return frame.bands.find((band) => y >= band.y && y < band.y + band.height)?.id;
}
