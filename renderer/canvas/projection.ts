import { MarkerType } from '@xyflow/react';
import { nodeSize, type Point } from '../../shared/model/geometry';
import { boundaryBox } from '../../shared/io/bpmn/diagramGeometry';
import type { Box } from '../../shared/io/bpmn/diagramIndex';
import { laneIndents, reachingLeft, type LaneIndents } from '../../shared/io/bpmn/laneNesting';
import { boundaryLabelPlacer, containerArea } from '../../shared/io/svg/levelSvg';
import type { BoundaryLabelPlace } from '../../shared/io/svg/boundaryLabel';
import { isMessageFlow, type Flow, type FlowNode, type Lane, type ProcessModel } from '../../shared/model';
import type { Placement } from '../store/editorStore';
import { inScope } from '../store/scope';
import { elementKind, type CanvasEdge, type CanvasNode, type ProblemLevel } from './canvasTypes';
import { nodeTitle, describeNode } from './elementLabels';
import { laneFrame, type LaneFrame } from './laneBands';
import { handlesOf } from './nodeHandles';
import { createPoolProjection, pictureFrame } from './poolProjection';

/** Everything the canvas shows, as the store holds it. */
export interface ProjectionInput {
  model: ProcessModel;
  selection: ReadonlySet<string>;
  /** Positions of nodes (and lane tops and heights) being dragged or resized, not yet committed to the model. */
  dragging: ReadonlyMap<string, Placement>;
  problems: ReadonlyMap<string, ProblemLevel>;
  /** The sub-process whose inside is shown, or null for the top level (the only level with lanes). */
  scope: string | null;
}

export interface Projection {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  frame: LaneFrame;
}

const lanePointer = { pointerEvents: 'none' } as const;
const arrow = { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#22303c' } as const;
/** Data associations end in an open arrow, as BPMN draws them. */
const openArrow = { type: MarkerType.Arrow, width: 18, height: 18, color: '#22303c' } as const;

/**
 * Where a boundary event is drawn: where it is stored when that touches its host (anywhere on its outline, as
 * imported or placed), else at the host's next free spot on its bottom edge; it follows a host being dragged.
 */
function boundaryPlace(node: FlowNode, host: FlowNode, hostAt: Point, index: number): Point {
  const stored = boundaryBox(node, { x: host.x, y: host.y, ...nodeSize(host) }, index);
  return { x: stored.x + hostAt.x - host.x, y: stored.y + hostAt.y - host.y };
}

/** The class that places a boundary event's name beside it (e.g. `fw-label-right fw-label-below`), if it has one. */
function boundaryLabelClass(place: BoundaryLabelPlace | undefined): string | undefined {
  return place ? `fw-label-${place.side} fw-label-${place.vertical}` : undefined;
}

/** Tasks and sub-processes drawn larger than usual around the centre of another node of the same level. */
function enclosingBoxes(level: readonly FlowNode[], placed: (node: FlowNode) => Point): Set<string> {
  const large = level.filter(
    (n) => (n.type === 'task' || n.type === 'subProcess') && nodeSize(n).width * nodeSize(n).height > containerArea,
  );
  const found = new Set<string>();
  if (large.length === 0) return found;
  const centres = level.map((n) => {
    const at = placed(n);
    const size = nodeSize(n);
    return { id: n.id, host: n.attachedTo, x: at.x + size.width / 2, y: at.y + size.height / 2 };
  });
  for (const box of large) {
    const at = placed(box);
    const { width, height } = nodeSize(box);
    const inside = (c: Point) => c.x > at.x && c.x < at.x + width && c.y > at.y && c.y < at.y + height;
    if (centres.some((c) => c.id !== box.id && c.host !== box.id && inside(c))) found.add(box.id);
  }
  return found;
}

/** Keeps the previous output for a key while its inputs are the same values, so React Flow skips it. */
function memoTable<T>() {
  let previous = new Map<string, { deps: unknown[]; value: T }>();
  let next = new Map<string, { deps: unknown[]; value: T }>();
  return {
    get(key: string, deps: unknown[], make: () => T): T {
      const hit = previous.get(key);
      const entry =
        hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])
          ? hit
          : { deps, value: make() };
      next.set(key, entry);
      return entry.value;
    },
    /** Forgets keys not asked for since the last sweep. */
    sweep() {
      previous = next;
      next = new Map();
    },
  };
}

/** Returns `previous` when `list` holds the same items in the same order. */
function stable<T>(previous: T[], list: T[]): T[] {
  return previous.length === list.length && list.every((item, i) => item === previous[i]) ? previous : list;
}

/**
 * Creates a memoised projection of the model onto React Flow nodes and edges. Untouched elements keep their
 * object identity between calls, so an edit re-renders only the elements it changed.
 */
export function createProjection() {
  const nodeMemo = memoTable<CanvasNode>();
  const edgeMemo = memoTable<CanvasEdge>();
  const poolProjection = createPoolProjection();
  let last: Projection = { nodes: [], edges: [], frame: { x: 0, width: 0, bands: [] } };

  /** A lane's band as drawn: where the pointer has it while it is dragged or resized. */
  function laneBand(id: string, frame: LaneFrame, input: ProjectionInput): { y: number; height: number } {
    const band = frame.bands.find((b) => b.id === id)!;
    const dragged = input.dragging.get(id);
    return { y: dragged?.y ?? band.y, height: dragged?.height ?? band.height };
  }

  function laneNode(lane: Lane, frame: LaneFrame, input: ProjectionInput, indent: number): CanvasNode {
    const { y, height } = laneBand(lane.id, frame, input);
    // A lane nested less deeply than its neighbours in the imported file reaches left to where their holders start.
    const { x, width } = reachingLeft(frame, indent);
    const selected = input.selection.has(lane.id);
    const problem = input.problems.get(lane.id) ?? null;
    return nodeMemo.get(lane.id, [lane, x, y, width, height, selected, problem], () => ({
      id: lane.id,
      type: 'lane',
      position: { x, y },
      width,
      height,
      measured: { width, height },
      handles: [],
      zIndex: -1,
      dragHandle: '.fw-lane-header',
      className: 'fw-lane-node',
      // React Flow makes selectable nodes take the pointer; a band only takes it at its header and bottom edge.
      style: lanePointer,
      selected,
      connectable: false,
      ariaLabel: `Lane: ${lane.name || lane.id}`,
      data: { lane, width, height, problem },
    }));
  }

  /** The lanes of an imported file that hold others, as frames around the map lanes they hold. */
  function holdingLaneNodes(indents: LaneIndents, frame: LaneFrame, input: ProjectionInput): CanvasNode[] {
    return indents.holders.flatMap((holder) => {
      const bands = holder.leaves.map((id) => laneBand(id, frame, input));
      if (!bands.length) return [];
      const y = Math.min(...bands.map((b) => b.y));
      const height = Math.max(...bands.map((b) => b.y + b.height)) - y;
      const { x, width } = reachingLeft(frame, holder.indent);
      const key = `#holding-${holder.id}`;
      return [
        nodeMemo.get(key, [holder.name, x, y, width, height], () =>
          pictureFrame(
            'holdingLane',
            key,
            { x, y, width, height },
            holder.name,
            -2,
            `Lane: ${holder.name || 'no name'}`,
          ),
        ),
      ];
    });
  }

  function elementNode(node: FlowNode, position: Point, input: ProjectionInput, className?: string): CanvasNode {
    const selected = input.selection.has(node.id);
    const problem = input.problems.get(node.id) ?? null;
    const attached = node.type === 'boundaryEvent' && node.attachedTo !== undefined;
    return nodeMemo.get(node.id, [node, position.x, position.y, selected, problem, className], () => ({
      id: node.id,
      type: elementKind(node.type),
      position,
      // Shapes are drawn at exactly these sizes, so React Flow need not wait for a measurement to place them.
      ...nodeSize(node),
      measured: nodeSize(node),
      handles: handlesOf(node, nodeSize(node)),
      selected,
      draggable: !attached,
      // A box drawn around other elements (a called process shown inside its call activity) goes under the flows.
      zIndex: attached ? 2 : node.type === 'annotation' ? 0 : className === 'fw-container' ? -1 : 1,
      ...(className ? { className } : {}),
      connectable: node.type !== 'annotation',
      ariaLabel: node.name ? `${describeNode(node)}: ${node.name}` : describeNode(node),
      data: { node, problem },
    }));
  }

  function flowEdge(flow: Flow, byId: Map<string, FlowNode>, input: ProjectionInput): CanvasEdge {
    const selected = input.selection.has(flow.id);
    const problem = input.problems.get(flow.id) ?? null;
    const source = byId.get(flow.source)!;
    const target = byId.get(flow.target)!;
    return edgeMemo.get(flow.id, [flow, selected, problem, nodeTitle(source), nodeTitle(target)], () => ({
      id: flow.id,
      type: 'flow',
      source: flow.source,
      target: flow.target,
      selected,
      markerEnd: flow.kind === 'data' ? openArrow : arrow,
      ariaLabel: `${flow.kind === 'data' ? 'Data association' : 'Flow'} from ${nodeTitle(source)} to ${nodeTitle(target)}`,
      data: { flow, problem },
    }));
  }

  return function project(input: ProjectionInput): Projection {
    const { model, dragging } = input;
    const byId = new Map(model.nodes.map((n) => [n.id, n]));
    const positionOf = (node: FlowNode): Point => dragging.get(node.id) ?? node;
    const visible = model.nodes.filter((n) => inScope(n, input.scope));
    const frame = laneFrame(model, positionOf);
    // A lane being dragged takes its nodes along.
    const laneShift = new Map<string, number>();
    for (const band of frame.bands) {
      const dragged = dragging.get(band.id);
      if (dragged && dragged.y !== band.y) laneShift.set(band.id, dragged.y - band.y);
    }
    const placed = (node: FlowNode): Point => {
      const p = positionOf(node);
      const shift = node.lane !== undefined && !dragging.has(node.id) ? laneShift.get(node.lane) : undefined;
      return shift ? { x: p.x, y: p.y + shift } : { x: p.x, y: p.y };
    };
    const indents = laneIndents(model);
    const nodes: CanvasNode[] =
      input.scope === null
        ? [
            ...holdingLaneNodes(indents, frame, input),
            ...model.lanes.map((lane) => laneNode(lane, frame, input, indents.indent.get(lane.id) ?? 0)),
          ]
        : [];
    const boundaryIndex = new Map<string, number>();
    const containers = enclosingBoxes(visible, placed);
    // Every shape of the level, boundary events where they are drawn; their names keep clear of the others.
    const positions = new Map<string, Point>();
    for (const node of visible) {
      const host = node.type === 'boundaryEvent' && node.attachedTo ? byId.get(node.attachedTo) : undefined;
      if (!host) positions.set(node.id, placed(node));
      else {
        const index = boundaryIndex.get(host.id) ?? 0;
        boundaryIndex.set(host.id, index + 1);
        positions.set(node.id, boundaryPlace(node, host, placed(host), index));
      }
    }
    const levelBoxes = new Map<string, Box>(visible.map((n) => [n.id, { ...positions.get(n.id)!, ...nodeSize(n) }]));
    const labelPlace = boundaryLabelPlacer(model, levelBoxes);
    for (const node of visible) {
      const bound = node.type === 'boundaryEvent' && node.attachedTo !== undefined && byId.has(node.attachedTo);
      const className = bound
        ? boundaryLabelClass(labelPlace(node))
        : containers.has(node.id)
          ? 'fw-container'
          : undefined;
      nodes.push(elementNode(node, positions.get(node.id)!, input, className));
    }
    const shown = new Set(visible.map((n) => n.id));
    const edges = model.flows
      .filter((f) => !isMessageFlow(f) && shown.has(f.source) && shown.has(f.target))
      .map((flow) => flowEdge(flow, byId, input));
    // Other parties' pools and message flows are drawn at the top level, beside the map's own process.
    if (input.scope === null) {
      // Pools start left of the headers of lanes that hold others.
      const outer = { ...frame, ...reachingLeft(frame, indents.reach) };
      const collaboration = poolProjection({ ...input, frame: outer, boxes: levelBoxes });
      nodes.push(...collaboration.nodes);
      edges.push(...collaboration.edges);
    }
    nodeMemo.sweep();
    edgeMemo.sweep();
    last = { nodes: stable(last.nodes, nodes), edges: stable(last.edges, edges), frame };
    return last;
  };
}
