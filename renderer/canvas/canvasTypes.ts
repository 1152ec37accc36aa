import type { Edge, Node } from '@xyflow/react';
import type { Flow, FlowNode, Lane, NodeType, Participant } from '../../shared/model';

/** The worst validation severity on an element, shown as a marker on the canvas. */
export type ProblemLevel = 'error' | 'warning';

export type ElementNodeData = { node: FlowNode; problem: ProblemLevel | null };
export type LaneNodeData = { lane: Lane; width: number; height: number; problem: ProblemLevel | null };
export type FlowEdgeData = { flow: Flow; problem: ProblemLevel | null };
/** Another party's collapsed pool; `width`/`height` as drawn. */
export type PoolNodeData = { participant: Participant; width: number; height: number; problem: ProblemLevel | null };
/**
 * A frame drawn as a picture only, named in its header strip: the map's own process as a pool once other parties'
 * pools stand beside it, or a lane of an imported file that holds other lanes.
 */
export type FrameNodeData = { name: string; width: number; height: number };
/** A message flow, drawn straight along `points` (worked out by the projection). */
export type MessageEdgeData = FlowEdgeData & { points: { x: number; y: number }[] };

/** React Flow node kinds: one renderer per family of BPMN shapes. */
export type ElementKind = 'event' | 'task' | 'subProcess' | 'gateway' | 'annotation' | 'data';

export type ElementCanvasNode = Node<ElementNodeData, ElementKind>;
export type LaneCanvasNode = Node<LaneNodeData, 'lane'>;
export type PoolCanvasNode = Node<PoolNodeData, 'pool'>;
export type OwnPoolCanvasNode = Node<FrameNodeData, 'ownPool'>;
export type HoldingLaneCanvasNode = Node<FrameNodeData, 'holdingLane'>;
export type CanvasNode =
  ElementCanvasNode | LaneCanvasNode | PoolCanvasNode | OwnPoolCanvasNode | HoldingLaneCanvasNode;
export type MessageCanvasEdge = Edge<MessageEdgeData, 'message'>;
export type CanvasEdge = Edge<FlowEdgeData, 'flow'> | MessageCanvasEdge;

const pictureKinds: ReadonlySet<string | undefined> = new Set(['ownPool', 'holdingLane']);
/** Frames drawn as pictures only: no clicks, focus or renaming. */
export const isPicture = (type: string | undefined): type is 'ownPool' | 'holdingLane' => pictureKinds.has(type);
/** Bands drawn around the shapes rather than shapes: lanes and the picture frames. */
export const isBand = (type: string | undefined): boolean => type === 'lane' || isPicture(type);

const kinds: Record<NodeType, ElementKind> = {
  startEvent: 'event',
  endEvent: 'event',
  intermediateEvent: 'event',
  boundaryEvent: 'event',
  task: 'task',
  subProcess: 'subProcess',
  exclusiveGateway: 'gateway',
  parallelGateway: 'gateway',
  inclusiveGateway: 'gateway',
  eventBasedGateway: 'gateway',
  annotation: 'annotation',
  dataObject: 'data',
  dataStore: 'data',
};

/** The renderer family that draws a node type. */
export function elementKind(type: NodeType): ElementKind {
  return kinds[type];
}
