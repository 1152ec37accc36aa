import type { Flow, FlowNode, ProcessModel } from '../../model';
import { boundaryBox, edgePoints, nodeSize, outlineOf, type Box, type Point } from '../../model/geometry';
import { levelRoutes } from '../routing';
import {
  boundaryLabelGap,
  boundaryLabelPlace,
  eventLabelSize,
  nameBoxUnder,
  type BoundaryLabelPlace,
} from './boundaryLabel';
import { isExpanded, keptBpmn } from './bpmnKept';
import { escapeXml, nodeSvg } from './svgShapes';

const round = (value: number) => Math.round(value * 10) / 10;

/** Boxes of one level's nodes as the canvas places them (boundary events on their hosts). */
export function levelBoxes(model: ProcessModel, parent: string | undefined): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const level = model.nodes.filter((n) => n.parent === parent);
  for (const node of level)
    if (node.type !== 'boundaryEvent') boxes.set(node.id, { x: node.x, y: node.y, ...nodeSize(node) });
  const perHost = new Map<string, number>();
  for (const node of level.filter((n) => n.type === 'boundaryEvent')) {
    const host = node.attachedTo === undefined ? undefined : boxes.get(node.attachedTo);
    const index = perHost.get(node.attachedTo ?? '') ?? 0;
    perHost.set(node.attachedTo ?? '', index + 1);
    boxes.set(node.id, host ? boundaryBox(node, host, index) : { x: node.x, y: node.y, ...nodeSize(node) });
  }
  return boxes;
}

/** Routes of each level, worked out once per set of boxes (a level's picture asks for every flow's). */
const routeTables = new WeakMap<ProcessModel, WeakMap<Map<string, Box>, Map<string, Point[]>>>();

function routeTable(model: ProcessModel, boxes: Map<string, Box>): Map<string, Point[]> {
  let perModel = routeTables.get(model);
  if (!perModel) routeTables.set(model, (perModel = new WeakMap()));
  let routes = perModel.get(boxes);
  if (!routes) {
    const flows = model.flows.filter((f) => boxes.has(f.source) && boxes.has(f.target));
    perModel.set(
      boxes,
      (routes = levelRoutes(
        model.nodes.filter((n) => boxes.has(n.id)),
        boxes,
        flows,
      )),
    );
  }
  return routes;
}

/**
 * The points a flow is drawn through: the same routes as on the canvas (attached to the facing sides, around
 * other shapes), or docked around the bend points the user placed.
 */
export function flowPoints(
  flow: Flow,
  source: FlowNode,
  target: FlowNode,
  boxes: Map<string, Box>,
  model?: ProcessModel,
): Point[] {
  const routed = model ? routeTable(model, boxes).get(flow.id) : undefined;
  if (routed) return routed;
  const [from, to] = [boxes.get(source.id)!, boxes.get(target.id)!];
  return edgePoints(from, to, flow.waypoints ?? [], [outlineOf(source), outlineOf(target)]);
}

/** Every point the flows of a level pass through, so that a picture can frame them all. */
export function levelFlowPoints(model: ProcessModel, boxes: Map<string, Box>): Point[] {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  return model.flows.flatMap((flow) => {
    const [source, target] = [byId.get(flow.source), byId.get(flow.target)];
    return source && target && boxes.has(source.id) && boxes.has(target.id)
      ? flowPoints(flow, source, target, boxes, model)
      : [];
  });
}

/** The middle of a polyline, by length, for the flow's name. */
/** The point half way along a polyline. */
export function midpoint(points: Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let rest = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (rest <= lengths[i] && lengths[i] > 0) {
      const t = rest / lengths[i];
      return {
        x: points[i].x + (points[i + 1].x - points[i].x) * t,
        y: points[i].y + (points[i + 1].y - points[i].y) * t,
      };
    }
    rest -= lengths[i];
  }
  return points[0];
}

/**
 * Where a flow's name goes: at the middle of its route, above the line; under it when the flow leaves its source
 * downwards, as a gateway's lower branch does, so that it does not cover the source's own name written under it.
 */
export function flowLabelPlace(points: Point[]): { at: Point; below: boolean } {
  const below = points.length > 1 && points[1].y - points[0].y > Math.abs(points[1].x - points[0].x);
  return { at: midpoint(points), below };
}

function flowSvg(flow: Flow, points: Point[], isDefault: boolean): string {
  // A data association is drawn dotted with an open arrow, as BPMN draws associations.
  const kind = flow.kind === 'data' ? 'association data' : `flow${isDefault ? ' default' : ''}`;
  const line = `<polyline class="${kind}" points="${points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}"/>`;
  if (!flow.name) return line;
  const { at, below } = flowLabelPlace(points);
  return `${line}<text class="flow-name" x="${round(at.x)}" y="${round(below ? at.y + 14 : at.y - 5)}">${escapeXml(flow.name)}</text>`;
}

/**
 * Draws one level of a map (the top level, or the inside of a sub-process in its own coordinates): its flows,
 * then its nodes, larger first and boundary events last so that nothing hides under a box drawn after it.
 * Expanded sub-processes show their own inside, drawn the same way.
 */
export function levelSvg(model: ProcessModel, parent: string | undefined, boxes = levelBoxes(model, parent)): string {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const area = (id: string) => boxes.get(id)!.width * boxes.get(id)!.height;
  const ordered = [...boxes.keys()]
    .map((id) => byId.get(id)!)
    .sort((a, b) => Number(a.type === 'boundaryEvent') - Number(b.type === 'boundaryEvent') || area(b.id) - area(a.id));
  // A box drawn around other nodes of its level (a called process shown inside its call activity) goes under the flows.
  const containers = new Set(ordered.filter((n) => isContainer(n, model, boxes)).map((n) => n.id));
  let labels: LabelContext | undefined; // gathered once for the level, when it has a named boundary event
  const drawNode = (node: FlowNode) => {
    const box = boxes.get(node.id)!;
    const inside = isExpanded(node)
      ? `<g transform="translate(${round(box.x)} ${round(box.y)})">${levelSvg(model, node.id)}</g>`
      : '';
    const named = node.type === 'boundaryEvent' && node.name;
    const boundaryLabel = named ? placeLabel(node, boxes, (labels ??= labelContext(model, boxes))) : undefined;
    return `<g data-id="${escapeXml(node.id)}">${nodeSvg(node, box, { open: isExpanded(node) || containers.has(node.id), boundaryLabel })}${inside}</g>`;
  };
  const parts = ordered.filter((n) => containers.has(n.id)).map(drawNode);
  for (const flow of model.flows) {
    const [source, target] = [byId.get(flow.source), byId.get(flow.target)];
    if (!source || !target || !boxes.has(source.id) || !boxes.has(target.id)) continue;
    parts.push(
      flowSvg(
        flow,
        flowPoints(flow, source, target, boxes, model),
        flow.default === true && source.type.endsWith('Gateway'),
      ),
    );
  }
  parts.push(...ordered.filter((n) => !containers.has(n.id)).map(drawNode));
  return parts.join('\n');
}

/** What placing boundary events' names on a level needs, gathered once for the level rather than per event. */
interface LabelContext {
  model: ProcessModel;
  byId: Map<string, FlowNode>;
  outgoing: Map<string, Flow[]>;
  /** The level's shapes and the names written under them, by the node they belong to. */
  obstacles: { id: string; box: Box }[];
}

function labelContext(model: ProcessModel, boxes: Map<string, Box>): LabelContext {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const outgoing = new Map<string, Flow[]>();
  for (const flow of model.flows) {
    const list = outgoing.get(flow.source);
    if (list) list.push(flow);
    else outgoing.set(flow.source, [flow]);
  }
  const obstacles: LabelContext['obstacles'] = [];
  for (const [id, box] of boxes) {
    const other = byId.get(id);
    if (!other || other.type === 'boundaryEvent') continue;
    obstacles.push({ id, box });
    const name = nameBoxUnder(other, box);
    if (name) obstacles.push({ id, box: name });
  }
  return { model, byId, outgoing, obstacles };
}

function placeLabel(node: FlowNode, boxes: Map<string, Box>, context: LabelContext): BoundaryLabelPlace | undefined {
  const host = node.attachedTo === undefined ? undefined : boxes.get(node.attachedTo);
  if (!host || !node.name) return undefined;
  const outgoing = (context.outgoing.get(node.id) ?? []).flatMap((flow) => {
    const target = context.byId.get(flow.target);
    return target && boxes.has(target.id) ? [flowPoints(flow, node, target, boxes, context.model)] : [];
  });
  // Other shapes and names are in the way only within the name's reach on either side of the event.
  const event = boxes.get(node.id)!;
  const size = eventLabelSize(node.name);
  const [reachX, reachY] = [size.width + boundaryLabelGap, size.height + boundaryLabelGap];
  const reach = {
    x: event.x - reachX,
    y: event.y - reachY,
    width: event.width + 2 * reachX,
    height: event.height + 2 * reachY,
  };
  const obstacles = context.obstacles
    .filter((o) => o.id !== node.id && o.id !== node.attachedTo && overlapping(o.box, reach))
    .map((o) => o.box);
  return boundaryLabelPlace(event, host, size, outgoing, obstacles);
}

const overlapping = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Places the names of a level's named boundary events, clear of their hosts, of the flows leaving them and of
 * other shapes; `boxes` holds every shape of the level, boundary events included. The level is read once.
 */
export function boundaryLabelPlacer(
  model: ProcessModel,
  boxes: Map<string, Box>,
): (node: FlowNode) => BoundaryLabelPlace | undefined {
  let context: LabelContext | undefined;
  return (node) => {
    const host = node.attachedTo === undefined ? undefined : boxes.get(node.attachedTo);
    return host && node.name ? placeLabel(node, boxes, (context ??= labelContext(model, boxes))) : undefined;
  };
}

/** The area above which an activity may be a frame drawn around other elements: four default tasks. */
export const containerArea = 4 * 120 * 80;

/** Whether an activity is drawn large around the centre of another node of its level (not its own boundary events). */
function isContainer(node: FlowNode, model: ProcessModel, boxes: Map<string, Box>): boolean {
  const box = boxes.get(node.id)!;
  if ((node.type !== 'task' && node.type !== 'subProcess') || box.width * box.height <= containerArea) return false;
  const attached = new Set(model.nodes.filter((n) => n.attachedTo === node.id).map((n) => n.id));
  for (const [other, b] of boxes) {
    const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
    if (
      other !== node.id &&
      !attached.has(other) &&
      cx > box.x &&
      cx < box.x + box.width &&
      cy > box.y &&
      cy < box.y + box.height
    )
      return true;
  }
  return false;
}

/** The inside of an expanded sub-process, in its own coordinates (its top-left corner at 0,0). */
export function subProcessInsideSvg(model: ProcessModel, subProcessId: string): string {
  const node = model.nodes.find((n) => n.id === subProcessId);
  return node && keptBpmn(node).expanded === true ? levelSvg(model, subProcessId) : '';
}
