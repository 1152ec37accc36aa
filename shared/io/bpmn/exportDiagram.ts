import {
  isMessageFlow,
  messageFlowRoutes,
  ownPoolBox,
  participantsOf,
  poolLayout,
  type Flow,
  type FlowNode,
} from '../../model';
import { participantBoxes, topLevelBoxes } from './collaboration';
import { boundaryBox, centerOf, edgePoints, nodeSize, outlineOf, type Box, type Point } from '../../model/geometry';
import { levelRoutes } from '../routing';
import { laneBands } from './diagramGeometry';
import type { ExportContext } from './exportContext';
import type { ExportPlan } from './exportPlan';
import { poolIsLane, type Structure } from './exportStructure';
import { keptModel, keptNode } from './keptShapes';
import { laneNesting } from './laneNesting';
import type { ModdleElement } from './moddleElement';

interface Plane {
  owner: ModdleElement;
  elements: ModdleElement[];
}

interface Drawing {
  context: ExportContext;
  /** Boxes of drawn nodes, in the coordinates of the plane that draws them. */
  boxes: Map<string, Box>;
  /** The plane each node is drawn on. */
  planeOf: Map<string, Plane>;
  /** Where each scope's (sub-process's) coordinates start, in its plane. */
  offsets: Map<string, Point>;
  planes: Plane[];
  children: Map<string | undefined, FlowNode[]>;
}

function shape(
  context: ExportContext,
  element: ModdleElement,
  box: Box,
  extra: Record<string, unknown> = {},
): ModdleElement {
  return context.moddle.create('bpmndi:BPMNShape', {
    id: `${element.id}_di`,
    bpmnElement: element,
    bounds: context.moddle.create('dc:Bounds', { x: box.x, y: box.y, width: box.width, height: box.height }),
    ...extra,
  });
}

function edge(context: ExportContext, element: ModdleElement, points: Point[]): ModdleElement {
  return context.moddle.create('bpmndi:BPMNEdge', {
    id: `${element.id}_di`,
    bpmnElement: element,
    waypoint: points.map((p) => context.moddle.create('dc:Point', { x: p.x, y: p.y })),
  });
}

const isExpanded = (node: FlowNode) => node.type === 'subProcess' && keptNode(node).expanded === true;

/** Draws a scope's nodes on a plane at an offset; an expanded sub-process's children join the same plane, a collapsed one's get their own. */
function drawScope(drawing: Drawing, scope: string | undefined, plane: Plane, offset: Point): void {
  const { context, boxes } = drawing;
  drawing.offsets.set(scope ?? '', offset);
  const members = drawing.children.get(scope) ?? [];
  const hostIndex = new Map<string, number>();
  for (const node of members) {
    if (node.type === 'boundaryEvent') continue;
    boxes.set(node.id, { x: node.x + offset.x, y: node.y + offset.y, ...nodeSize(node) });
  }
  for (const node of members.filter((n) => n.type === 'boundaryEvent')) {
    const host = node.attachedTo === undefined ? undefined : boxes.get(node.attachedTo);
    const index = hostIndex.get(node.attachedTo ?? '') ?? 0;
    hostIndex.set(node.attachedTo ?? '', index + 1);
    boxes.set(
      node.id,
      host
        ? boundaryBox({ ...node, x: node.x + offset.x, y: node.y + offset.y }, host, index)
        : { x: node.x + offset.x, y: node.y + offset.y, ...nodeSize(node) },
    );
  }
  for (const node of members) {
    const element = context.elements.get(node.id)!;
    const extra = node.type === 'subProcess' ? { isExpanded: isExpanded(node) } : {};
    plane.elements.push(shape(context, element, boxes.get(node.id)!, extra));
    drawing.planeOf.set(node.id, plane);
  }
  for (const node of members.filter((n) => n.type === 'subProcess' && drawing.children.has(n.id))) {
    if (isExpanded(node)) drawScope(drawing, node.id, plane, { x: boxes.get(node.id)!.x, y: boxes.get(node.id)!.y });
    else {
      const own: Plane = { owner: context.elements.get(node.id)!, elements: [] };
      drawing.planes.push(own);
      drawScope(drawing, node.id, own, { x: 0, y: 0 });
    }
  }
}

function drawPools(drawing: Drawing, plan: ExportPlan, structure: Structure, plane: Plane): void {
  const { context } = drawing;
  const { model } = context;
  const frame = laneBands(model, drawing.boxes);
  const header = poolLayout.headerWidth;
  const shapes: ModdleElement[] = [];
  // How many header strips of lanes holding others the widest pool has: the other parties' pools line up with it.
  let reach = 0;
  for (const pool of plan.pools) {
    if (pool.lanes.length === 0 && pool.processId !== undefined) {
      // The map's own process without lanes, made a pool by the other parties beside it.
      const box = ownPoolBox({ x: frame.x, width: frame.width, bands: [] }, topLevelBoxes(model, drawing.boxes));
      shapes.push(shape(context, structure.participants.get(pool.id)!, box, { isHorizontal: true }));
      continue;
    }
    const bands = pool.lanes.map((id) => frame.bands.get(id)!).filter(Boolean);
    if (!bands.length) continue;
    const top = Math.min(...bands.map((b) => b.y));
    const bottom = Math.max(...bands.map((b) => b.y + b.height));
    const participant = structure.participants.get(pool.id)!;
    // Lanes nested in the imported file nest again; each level's header widens the pool to the left. The innermost
    // lanes start where the canvas draws lanes, the pool's header strip left of theirs (as ownPoolBox has it).
    const nesting = laneNesting(pool);
    const left = frame.x - header * (1 + nesting.maxDepth);
    reach = Math.max(reach, nesting.maxDepth);
    shapes.push(
      shape(
        context,
        participant,
        { x: left, y: top, width: frame.x + frame.width - left, height: bottom - top },
        { isHorizontal: true },
      ),
    );
    if (poolIsLane(pool)) continue;
    for (const laneId of [...nesting.leavesOf.keys(), ...pool.lanes]) {
      const leaves = (nesting.leavesOf.get(laneId) ?? [laneId]).map((id) => frame.bands.get(id)!);
      const y = Math.min(...leaves.map((b) => b.y));
      // One band keeps its height as it is, which a sum might round differently.
      const height = leaves.length === 1 ? leaves[0].height : Math.max(...leaves.map((b) => b.y + b.height)) - y;
      const x = left + header * (1 + (nesting.depth.get(laneId) ?? 0));
      shapes.push(
        shape(
          context,
          structure.lanes.get(laneId)!,
          { x, y, width: frame.x + frame.width - x, height },
          { isHorizontal: true },
        ),
      );
    }
  }
  shapes.push(...drawParticipants(drawing, structure, frame, header * (1 + reach)));
  // Pools and lanes go first, so that viewers draw them under the nodes.
  plane.elements.unshift(...shapes);
}

/** Draws the sequence flows scope by scope, on the routes the canvas draws (bend points in plane coordinates). */
function drawFlows(drawing: Drawing, structure: Structure): void {
  const { context } = drawing;
  const parentOf = new Map(context.model.nodes.map((n) => [n.id, n.parent]));
  const byScope = new Map<string | undefined, Flow[]>();
  for (const flow of context.model.flows) {
    const scope = parentOf.get(flow.source);
    const offset = drawing.offsets.get(scope ?? '') ?? { x: 0, y: 0 };
    const moved = flow.waypoints && {
      ...flow,
      waypoints: flow.waypoints.map((p) => ({ x: p.x + offset.x, y: p.y + offset.y })),
    };
    byScope.set(scope, [...(byScope.get(scope) ?? []), moved ?? flow]);
  }
  for (const [scope, flows] of byScope) {
    const routes = levelRoutes(drawing.children.get(scope) ?? [], drawing.boxes, flows);
    for (const flow of flows) {
      const plane = drawing.planeOf.get(flow.source);
      const source = drawing.boxes.get(flow.source);
      const target = drawing.boxes.get(flow.target);
      const element = structure.flows.get(flow.id);
      if (!plane || !source || !target || !element) continue;
      const points =
        routes.get(flow.id) ??
        edgePoints(source, target, flow.waypoints ?? [], [
          outlineOf(nodeById(drawing, flow.source)),
          outlineOf(nodeById(drawing, flow.target)),
        ]);
      plane.elements.push(edge(context, element, points));
    }
  }
}

/**
 * Other parties' pools, beside the map's own (under it unless placed) and as wide, their left edge `reach` left of
 * the lanes' headers; and the message flows' edges.
 */
function drawParticipants(
  drawing: Drawing,
  structure: Structure,
  frame: { x: number; width: number; bands: Map<string, { y: number; height: number }> },
  reach: number,
): ModdleElement[] {
  const { context } = drawing;
  const { model } = context;
  if (!participantsOf(model).length && !model.flows.some(isMessageFlow)) return [];
  const wide = { x: frame.x - reach, width: frame.width + reach };
  const own = ownPoolBox({ x: frame.x, width: frame.width, bands: [] }, topLevelBoxes(model, drawing.boxes));
  let mapBottom = own.y + own.height;
  for (const band of frame.bands.values()) mapBottom = Math.max(mapBottom, band.y + band.height);
  const pools = participantBoxes(model, wide, mapBottom);
  const shapes = [...pools].flatMap(([id, box]) => {
    const element = structure.participants.get(id);
    return element ? [shape(context, element, box, { isHorizontal: true })] : [];
  });
  // Message flows are drawn between shapes of the main plane only (not into a collapsed sub-process's plane).
  const main = drawing.planes[0];
  const onMain = (id: string) => (drawing.planeOf.get(id) === main ? drawing.boxes.get(id) : undefined);
  const routes = messageFlowRoutes(model.flows, (id) => pools.get(id) ?? onMain(id));
  for (const [id, points] of routes) {
    const element = structure.extras.get(id);
    if (element) main.elements.push(edge(context, element, points));
  }
  return shapes;
}

const nodeById = (drawing: Drawing, id: string): FlowNode => drawing.context.model.nodes.find((n) => n.id === id)!;

function drawExtras(drawing: Drawing, structure: Structure, main: Plane): void {
  const { context } = drawing;
  const kept = keptModel(context.model);
  for (const artifact of kept.artifacts ?? []) {
    const element = structure.extras.get(artifact.id);
    const plane =
      artifact.plane === undefined || artifact.plane === 'main'
        ? main
        : drawing.planes.find((p) => p.owner.id === context.id(artifact.plane!));
    if (!element || !plane) continue;
    if (artifact.bounds) plane.elements.push(shape(context, element, artifact.bounds));
    else if (artifact.waypoints && artifact.waypoints.length >= 2)
      plane.elements.push(edge(context, element, artifact.waypoints));
  }
  for (const note of context.model.nodes.filter((n) => n.type === 'annotation')) {
    for (const link of keptNode(note).annotates ?? []) {
      const element = link.association === undefined ? undefined : structure.extras.get(link.association);
      const from = drawing.boxes.get(link.node);
      const to = drawing.boxes.get(note.id);
      if (element && from && to)
        drawing.planeOf.get(note.id)?.elements.push(edge(context, element, edgePoints(from, to, [])));
    }
  }
  for (const flow of kept.messageFlows ?? []) {
    const element = structure.extras.get(flow.id);
    if (!element) continue;
    const points = flow.waypoints && flow.waypoints.length >= 2 ? flow.waypoints : undefined;
    const from = drawing.boxes.get(flow.source);
    const to = drawing.boxes.get(flow.target);
    if (points) main.elements.push(edge(context, element, points));
    else if (from && to) main.elements.push(edge(context, element, [centerOf(from), centerOf(to)]));
  }
}

/** The diagram interchange: one main diagram (pools, lanes, nodes, flows) and one plane per collapsed sub-process. */
export function buildDiagrams(context: ExportContext, plan: ExportPlan, structure: Structure): ModdleElement[] {
  const children = new Map<string | undefined, FlowNode[]>();
  for (const node of context.model.nodes) {
    const siblings = children.get(node.parent);
    if (siblings) siblings.push(node);
    else children.set(node.parent, [node]);
  }
  const owner = structure.collaboration ?? structure.processes.get(plan.processes[0].id)!;
  const main: Plane = { owner, elements: [] };
  const drawing: Drawing = {
    context,
    boxes: new Map(),
    planeOf: new Map(),
    offsets: new Map(),
    planes: [main],
    children,
  };
  drawScope(drawing, undefined, main, { x: 0, y: 0 });
  drawPools(drawing, plan, structure, main);
  drawFlows(drawing, structure);
  drawExtras(drawing, structure, main);
  return drawing.planes.map((plane, i) =>
    context.moddle.create('bpmndi:BPMNDiagram', {
      id: i === 0 ? 'BPMNDiagram_1' : `BPMNDiagram_${plane.owner.id}`,
      plane: context.moddle.create('bpmndi:BPMNPlane', {
        id: i === 0 ? 'BPMNPlane_1' : `BPMNPlane_${plane.owner.id}`,
        bpmnElement: plane.owner,
        planeElement: plane.elements,
      }),
    }),
  );
}
