import type { ProcessModel } from '../../model';
import { laneLayout } from '../../model/geometry';
import { boundingBox } from '../../model/geometry';
import { laneBands } from '../bpmn/diagramGeometry';
import type { Box, Point } from '../bpmn/diagramIndex';
import { keptModelDrawing } from '../bpmn/keptShapes';
import { laneIndents, reachingLeft } from '../bpmn/laneNesting';
import { artifactsSvg } from './artifactsSvg';
import { levelBoxes, levelFlowPoints, levelSvg } from './levelSvg';
import { overlaySvg, type SvgOverlay } from './overlaySvg';
import { participantsSvg } from './participantsSvg';
import { drawingDefs, drawingStyle } from './svgStyle';
import { escapeXml, headerBandSvg } from './svgShapes';

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Draws the top level of a map as a standalone SVG picture, as the canvas shows it: lane bands with their names,
 * flows with their bend points and names, every node with its icon and label, the inside of expanded
 * sub-processes, other parties' pools and message flows, and what a BPMN import kept (message flows, groups, data objects and stores, associations).
 * Collapsed sub-processes show their marker, not their inside (the canvas opens them one level at a time).
 * With an overlay, a run's results are drawn over it as the canvas shows them, and its caption under the map.
 */
export function exportSvg(model: ProcessModel, overlay?: SvgOverlay): string {
  const boxes = levelBoxes(model, undefined);
  const frame = laneBands(model, boxes);
  // Lanes that held others in the imported file frame them again, each with a header strip left of theirs.
  const indents = laneIndents(model);
  const outer = { ...frame, ...reachingLeft(frame, indents.reach) };
  const pools = participantsSvg(model, boxes, outer);
  const parts: string[] = [pools.under];
  const band = (name: string, y: number, height: number, indent: number, external = false) =>
    headerBandSvg(
      { ...reachingLeft(frame, indent), y, height },
      name,
      laneLayout.headerWidth,
      external ? 'lane external' : 'lane',
    );
  for (const holder of indents.holders) {
    const held = holder.leaves.map((id) => frame.bands.get(id)).filter((b) => b !== undefined);
    if (!held.length) continue;
    const top = Math.min(...held.map((b) => b.y));
    parts.push(band(holder.name, top, Math.max(...held.map((b) => b.y + b.height)) - top, holder.indent));
  }
  const lanesById = new Map(model.lanes.map((l) => [l.id, l]));
  for (const [id, { y, height }] of frame.bands) {
    const lane = lanesById.get(id)!;
    parts.push(band(lane.name, y, height, indents.indent.get(id) ?? 0, lane.kind === 'external'));
  }
  parts.push(pools.over, artifactsSvg(model, boxes), levelSvg(model, undefined, boxes));
  if (overlay) parts.push(overlaySvg(model, boxes, overlay));

  // Everything drawn lies inside the frame (a line end outside it would also trip some rasterisers).
  const kept = keptModelDrawing(model);
  const point = (p: Point): Box => ({ ...p, width: 0, height: 0 });
  const all = [
    ...boxes.values(),
    ...levelFlowPoints(model, boxes).map(point),
    ...kept.artifacts.flatMap((a) => [...(a.bounds ? [a.bounds] : []), ...(a.waypoints ?? []).map(point)]),
    ...kept.messageFlows.flatMap((f) => (f.waypoints ?? []).map(point)),
    ...[...frame.bands.values()].map((b) => ({ x: outer.x, y: b.y, width: outer.width, height: b.height })),
    ...pools.covers,
  ];
  const margin = 20;
  const extent = boundingBox(all);
  const left = extent ? extent.x - margin : 0;
  const top = extent ? extent.y - margin : 0;
  const width = extent ? extent.x + extent.width + margin - left : 200;
  const height = extent ? extent.y + extent.height + margin + 40 - top : 100;
  if (overlay)
    parts.push(
      `<text class="note" x="${round(left + margin)}" y="${round(top + height - 14)}">${escapeXml(overlay.caption)}</text>`,
    );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(left)} ${round(top)} ${round(width)} ${round(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}">\n` +
    `<title>${escapeXml(model.name || model.id)}</title><style>${drawingStyle()}</style>${drawingDefs()}\n<rect x="${round(left)}" y="${round(top)}" width="${round(width)}" height="${round(height)}" fill="#ffffff"/>\n${parts.join('\n')}\n</svg>\n`
  );
}
