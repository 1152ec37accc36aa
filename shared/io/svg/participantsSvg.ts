import {
  isMessageFlow,
  messageEndOn,
  messageFlowRoutes,
  ownPoolBox,
  participantsOf,
  poolLayout,
  type ProcessModel,
} from '../../model';
import { participantBoxes, topLevelBoxes } from '../bpmn/collaboration';
import type { Box, Point } from '../bpmn/diagramIndex';
import { middleName } from './artifactsSvg';
import { escapeXml, headerBandSvg } from './svgShapes';

const round = (value: number) => Math.round(value * 10) / 10;
const polyline = (points: Point[]) => points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');

/**
 * The map's own pool, the other parties' pools (collapsed bands across the map, named beside their header) and the message flows between
 * them and the map's shapes (dashed, from a small circle to an open arrow), where the canvas and the BPMN export
 * put them: the pools to go under the lanes, the flows over them; with what they cover, so that the picture's frame
 * takes them in. A message flow from inside a collapsed sub-process is drawn from the sub-process.
 */
export function participantsSvg(
  model: ProcessModel,
  boxes: Map<string, Box>,
  frame: { x: number; width: number; bands: Map<string, { y: number; height: number }> },
): { under: string; over: string; covers: Box[] } {
  if (!participantsOf(model).length && !model.flows.some(isMessageFlow)) return { under: '', over: '', covers: [] };
  const shapes = topLevelBoxes(model, boxes);
  const own = ownPoolBox({ ...frame, bands: frame.bands.values() }, shapes);
  const around = ownPoolBox({ ...frame, bands: [] }, shapes);
  let mapBottom = Math.max(own.y + own.height, around.y + around.height);
  for (const band of frame.bands.values()) mapBottom = Math.max(mapBottom, band.y + band.height);
  const pools = participantBoxes(model, own, mapBottom);
  const names = new Map(participantsOf(model).map((p) => [p.id, p.name]));
  const header = poolLayout.headerWidth;
  // The map's own process as a pool, its name written upwards in the header strip left of the lanes'.
  const parts: string[] = [headerBandSvg(own, model.name, header)];
  for (const [id, box] of pools) {
    const [x, y] = [round(box.x), round(box.y)];
    parts.push(
      `<rect class="lane external" x="${x}" y="${y}" width="${round(box.width)}" height="${round(box.height)}"/>`,
      `<path class="thin" d="M${round(box.x + header)} ${y} v${round(box.height)}"/>`,
      // Named across, beside the header, as the canvas shows a collapsed pool (a band too low for a turned name).
      `<text class="lane-name" x="${round(box.x + header + 12)}" y="${round(box.y + box.height / 2)}" text-anchor="start">${escapeXml(names.get(id) ?? '')}</text>`,
    );
  }
  const boxOf = (id: string) => pools.get(id) ?? boxes.get(id);
  const endOn = messageEndOn(model, (id) => boxOf(id) !== undefined);
  const routes = messageFlowRoutes(model.flows, (id) => {
    const at = endOn(id);
    return at === undefined ? undefined : boxOf(at);
  });
  const byId = new Map(model.flows.map((f) => [f.id, f]));
  const flows = [...routes].map(
    ([id, points]) =>
      `<polyline class="message-flow" points="${polyline(points)}"/>${middleName(points, byId.get(id)?.name)}`,
  );
  return { under: parts.join('\n'), over: flows.join('\n'), covers: [own, ...pools.values()] };
}
