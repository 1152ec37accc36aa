import type { FlowNode, ProcessModel } from '../../model';
import { dock, outlineOf } from '../bpmn/diagramGeometry';
import type { Box, Point } from '../bpmn/diagramIndex';
import { keptBpmn } from './bpmnKept';
import { keptModelDrawing, type KeptArtifactShape } from '../bpmn/keptShapes';
import { dataObjectShapeSvg, dataStoreShapeSvg } from './dataShapesSvg';
import { escapeXml, textBlock, wrap } from './svgShapes';

type Artifact = KeptArtifactShape;

const round = (value: number) => Math.round(value * 10) / 10;
const polyline = (points: Point[]) => points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
const below = (name: string | undefined, box: Box) =>
  name ? textBlock(wrap(name, Math.max(80, box.width + 40), 3), box.x + box.width / 2, box.y + box.height + 14) : '';

/** A data object: a page with its top right corner folded. */
const dataObjectSvg = (box: Box, name: string | undefined) => dataObjectShapeSvg(box) + below(name, box);

/** A data store: a cylinder. */
const dataStoreSvg = (box: Box, name: string | undefined) => dataStoreShapeSvg(box) + below(name, box);

/** A group: a dash-dotted rounded frame with its name above its top right corner. */
function groupSvg(box: Box, name: string | undefined): string {
  const title = name
    ? `<text class="group-name" x="${round(box.x + box.width - 4)}" y="${round(box.y - 6)}">${escapeXml(name)}</text>`
    : '';
  return `<rect class="group" x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="8"/>${title}`;
}

/**
 * A kept line between two elements, re-docked on the nodes it joins where they are in the map (they may have
 * been moved since the import), else drawn through its stored points.
 */
function joinPoints(
  stored: Point[],
  source: Box | undefined,
  target: Box | undefined,
  outlines: [FlowNode | undefined, FlowNode | undefined],
): Point[] {
  const points = [...stored];
  if (points.length < 2) return points;
  if (source) points[0] = dock(source, points[1], outlines[0] ? outlineOf(outlines[0]) : 'rect');
  if (target)
    points[points.length - 1] = dock(target, points[points.length - 2], outlines[1] ? outlineOf(outlines[1]) : 'rect');
  return points;
}

export function middleName(points: Point[], name: string | undefined): string {
  if (!name || points.length < 2) return '';
  const [a, b] = [points[Math.floor((points.length - 1) / 2)], points[Math.floor(points.length / 2)]];
  return `<text class="flow-name" x="${round((a.x + b.x) / 2 + 4)}" y="${round((a.y + b.y) / 2 - 5)}" text-anchor="start">${escapeXml(name)}</text>`;
}

/**
 * What a BPMN import kept that Flowwright does not model, drawn on the top level as BPMN shows it: groups, data
 * objects and stores, their associations (dotted), the links of text annotations, and message flows (dashed, from
 * a small circle to an open arrow) between pools. Maps drawn in Flowwright have none of these.
 */
export function artifactsSvg(model: ProcessModel, boxes: Map<string, Box>): string {
  const kept = keptModelDrawing(model);
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const onTop = (a: Artifact) => a.plane === undefined || a.plane === 'main';
  const artifacts = kept.artifacts.filter(onTop);
  const parts: string[] = [];
  for (const a of artifacts.filter((x) => x.bounds)) {
    if (a.kind === 'group') parts.push(groupSvg(a.bounds!, a.name));
    else if (a.kind === 'dataStoreReference') parts.push(dataStoreSvg(a.bounds!, a.name));
    else if (a.kind === 'dataObjectReference') parts.push(dataObjectSvg(a.bounds!, a.name));
  }
  for (const a of artifacts.filter((x) => x.waypoints && x.waypoints.length >= 2)) {
    const [source, target] = [
      a.source === undefined ? undefined : byId.get(a.source),
      a.target === undefined ? undefined : byId.get(a.target),
    ];
    const points = joinPoints(a.waypoints!, source && boxes.get(source.id), target && boxes.get(target.id), [
      source,
      target,
    ]);
    parts.push(
      `<polyline class="association${a.kind === 'association' ? '' : ' data'}" points="${polyline(points)}"/>`,
    );
  }
  for (const note of model.nodes.filter((n) => n.type === 'annotation' && boxes.has(n.id))) {
    for (const link of keptBpmn(note).annotates ?? []) {
      const [from, to] = [boxes.get(note.id)!, boxes.get(link.node)];
      if (!to) continue;
      const start = { x: from.x, y: from.y + from.height / 2 };
      parts.push(
        `<polyline class="association" points="${polyline([start, dock(to, start, outlineOf(byId.get(link.node)!))])}"/>`,
      );
    }
  }
  for (const flow of kept.messageFlows) {
    if (!flow.waypoints || flow.waypoints.length < 2) continue;
    const [source, target] = [byId.get(flow.source), byId.get(flow.target)];
    const points = joinPoints(flow.waypoints, source && boxes.get(source.id), target && boxes.get(target.id), [
      source,
      target,
    ]);
    parts.push(`<polyline class="message-flow" points="${polyline(points)}"/>${middleName(points, flow.name)}`);
  }
  return parts.join('\n');
}
