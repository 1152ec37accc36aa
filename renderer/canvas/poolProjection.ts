import { MarkerType, type Node } from '@xyflow/react';
import {
  isMessageFlow,
  messageEndOn,
  messageFlowRoutes,
  ownPoolBox,
  participantBands,
  participantPhrase,
  participantsOf,
  poolLayout,
  type Flow,
  type ProcessModel,
} from '../../shared/model';
import { laneLayout, type Box } from '../../shared/model/geometry';
import type { Placement } from '../store/editorStore';
import type {
  CanvasEdge,
  CanvasNode,
  FrameNodeData,
  MessageCanvasEdge,
  OwnPoolCanvasNode,
  PoolCanvasNode,
  ProblemLevel,
} from './canvasTypes';
import { nodeTitle } from './elementLabels';
import { poolHandles } from './nodeHandles';
import type { LaneFrame } from './laneBands';

/** What the pools and message flows are drawn from: the top level's shapes as placed, and what is selected. */
export interface PoolProjectionInput {
  model: ProcessModel;
  selection: ReadonlySet<string>;
  dragging: ReadonlyMap<string, Placement>;
  problems: ReadonlyMap<string, ProblemLevel>;
  frame: LaneFrame;
  /** The boxes of the top level's shapes where they are drawn. */
  boxes: ReadonlyMap<string, Box>;
}

const openArrow = { type: MarkerType.Arrow, width: 20, height: 20, color: '#22303c' } as const;

/** The lowest point of the map's own process: its lane bands and its shapes with their names. */
function mapBottom(frame: LaneFrame, boxes: ReadonlyMap<string, Box>): number {
  let bottom = -Infinity;
  for (const band of frame.bands) bottom = Math.max(bottom, band.y + band.height);
  for (const box of boxes.values()) bottom = Math.max(bottom, box.y + box.height + laneLayout.labelRoom);
  return bottom === -Infinity ? 0 : bottom;
}

/** The id of the band drawn for the map's own process (not a model id: those are XML names, without '#'). */
export const ownPoolId = '#own-pool';

/**
 * The boxes of the other parties' pools as drawn (a pool being dragged or resized where the pointer has it), as
 * wide as the map's own pool, header strips aligned.
 */
export function poolBoxes(input: PoolProjectionInput): Map<string, Box> {
  const bands = participantBands(input.model, mapBottom(input.frame, input.boxes));
  const boxes = new Map<string, Box>();
  const [x, width] = [input.frame.x - poolLayout.headerWidth, input.frame.width + poolLayout.headerWidth];
  for (const [id, band] of bands) {
    const dragged = input.dragging.get(id);
    const y = dragged?.y ?? band.y;
    const height = dragged?.height ?? band.height;
    boxes.set(id, { x, y, width, height });
  }
  return boxes;
}

/**
 * A frame drawn as a picture only (the map's own pool, a lane holding others), named in its header strip: it takes
 * no pointer, focus or drop, so that the lanes and shapes inside it work as before.
 */
export function pictureFrame<T extends 'ownPool' | 'holdingLane'>(
  type: T,
  id: string,
  box: Box,
  name: string,
  zIndex: number,
  ariaLabel: string,
): Node<FrameNodeData, T> {
  const { x, y, width, height } = box;
  return {
    id,
    type,
    position: { x, y },
    width,
    height,
    measured: { width, height },
    handles: [],
    zIndex,
    className: 'fw-own-pool-node',
    style: { pointerEvents: 'none' },
    selectable: false,
    draggable: false,
    connectable: false,
    focusable: false,
    ariaLabel,
    data: { name, width, height },
  };
}

/** Creates the projection of pools and message flows, keeping unchanged ones' objects between calls. */
export function createPoolProjection() {
  let previous = new Map<string, { deps: unknown[]; value: CanvasNode | CanvasEdge }>();
  return function project(input: PoolProjectionInput): {
    nodes: (PoolCanvasNode | OwnPoolCanvasNode)[];
    edges: MessageCanvasEdge[];
  } {
    const next = new Map<string, { deps: unknown[]; value: CanvasNode | CanvasEdge }>();
    const memo = <T extends CanvasNode | CanvasEdge>(key: string, deps: unknown[], make: () => T): T => {
      const hit = previous.get(key);
      const entry =
        hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])
          ? hit
          : { deps, value: make() };
      next.set(key, entry);
      return entry.value as T;
    };
    const pools = poolBoxes(input);
    const nodes: (PoolCanvasNode | OwnPoolCanvasNode)[] = [];
    if (pools.size > 0) {
      // With other parties beside it, the map's own process is a pool too, named after the map (as exported).
      const own = ownPoolBox(input.frame, input.boxes.values());
      const name = input.model.name;
      nodes.push(
        // Under the lanes, and under the frames of lanes that hold others, which its tint would wash out.
        memo(ownPoolId, [name, own.x, own.y, own.width, own.height], () =>
          pictureFrame('ownPool', ownPoolId, own, name, -3, `Pool: ${name.trim() || 'this process'}`),
        ),
      );
    }
    for (const participant of participantsOf(input.model)) {
      const box = pools.get(participant.id)!;
      const selected = input.selection.has(participant.id);
      const problem = input.problems.get(participant.id) ?? null;
      nodes.push(
        memo(participant.id, [participant, box.x, box.y, box.width, box.height, selected, problem], () => ({
          id: participant.id,
          type: 'pool',
          position: { x: box.x, y: box.y },
          width: box.width,
          height: box.height,
          measured: { width: box.width, height: box.height },
          handles: poolHandles(box),
          zIndex: -1,
          className: 'fw-participant-node',
          selected,
          ariaLabel: `Pool: ${participant.name.trim() || 'no name'}`,
          data: { participant, width: box.width, height: box.height, problem },
        })),
      );
    }
    const boxOf = (id: string) => pools.get(id) ?? input.boxes.get(id);
    // A message flow from inside a collapsed sub-process is drawn from the sub-process.
    const endOn = messageEndOn(input.model, (id) => boxOf(id) !== undefined);
    const routes = messageFlowRoutes(input.model.flows, (id) => {
      const at = endOn(id);
      return at === undefined ? undefined : boxOf(at);
    });
    const edges: MessageCanvasEdge[] = [];
    for (const flow of input.model.flows.filter(isMessageFlow)) {
      const points = routes.get(flow.id);
      const [source, target] = [endOn(flow.source), endOn(flow.target)];
      if (!points || source === undefined || target === undefined) continue;
      const selected = input.selection.has(flow.id);
      const problem = input.problems.get(flow.id) ?? null;
      const key = points.map((p) => `${p.x},${p.y}`).join(' ');
      edges.push(
        memo(flow.id, [flow, source, target, key, selected, problem], () => ({
          id: flow.id,
          type: 'message',
          source,
          target,
          selected,
          markerEnd: openArrow,
          ariaLabel: `Message flow from ${endName(input.model, flow, 'source')} to ${endName(input.model, flow, 'target')}`,
          data: { flow, problem, points },
        })),
      );
    }
    previous = next;
    return { nodes, edges };
  };
}

function endName(model: ProcessModel, flow: Flow, end: 'source' | 'target'): string {
  const id = flow[end];
  const pool = participantsOf(model).find((p) => p.id === id);
  if (pool) return participantPhrase(pool);
  const node = model.nodes.find((n) => n.id === id);
  return node ? nodeTitle(node) : id;
}
