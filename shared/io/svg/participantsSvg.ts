import { isMessageFlow, messageFlowRoutes, participantsOf, type ProcessModel } from '../../model';
import { laneLayout } from '../../model/geometry';
import { ownPoolBox, participantBoxes } from '../bpmn/collaboration';
import type { Box, Point } from '../bpmn/diagramIndex';
import { middleName } from './artifactsSvg';
import { escapeXml } from './svgShapes';

const round = (value: number) => Math.round(value * 10) / 10;
const polyline = (points: Point[]) => points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');

/**
 * The other parties' pools (collapsed bands across the map, named beside their header) and the message flows between
 * them and the map's shapes (dashed, from a small circle to an open arrow), where the canvas and the BPMN export
 * put them; with what they cover, so that the picture's frame takes them in.
 */
export function participantsSvg(
  model: ProcessModel,
  boxes: Map<string, Box>,
  frame: { x: number; width: number; bands: Map<string, { y: number; height: number }> },
): { svg: string; covers: Box[] } {
  if (!participantsOf(model).length && !model.flows.some(isMessageFlow)) return { svg: '', covers: [] };
  const own = ownPoolBox(model, frame, boxes);
  let mapBottom = own.y + own.height;
  for (const band of frame.bands.values()) mapBottom = Math.max(mapBottom, band.y + band.height);
  const pools = participantBoxes(model, frame, mapBottom);
  const names = new Map(participantsOf(model).map((p) => [p.id, p.name]));
  const header = laneLayout.headerWidth;
  const parts: string[] = [];
  for (const [id, box] of pools) {
    const [x, y] = [round(box.x), round(box.y)];
    parts.push(
      `<rect class="lane external" x="${x}" y="${y}" width="${round(box.width)}" height="${round(box.height)}"/>`,
      `<path class="thin" d="M${round(box.x + header)} ${y} v${round(box.height)}"/>`,
      // Named across, beside the header, as the canvas shows a collapsed pool (a band too low for a turned name).
      `<text class="lane-name" x="${round(box.x + header + 12)}" y="${round(box.y + box.height / 2)}" text-anchor="start">${escapeXml(names.get(id) ?? '')}</text>`,
    );
  }
  const routes = messageFlowRoutes(model.flows, (id) => pools.get(id) ?? boxes.get(id));
  const byId = new Map(model.flows.map((f) => [f.id, f]));
  for (const [id, points] of routes)
    parts.push(
      `<polyline class="message-flow" points="${polyline(points)}"/>${middleName(points, byId.get(id)?.name)}`,
    );
  return { svg: parts.join('\n'), covers: [...pools.values()] };
}
