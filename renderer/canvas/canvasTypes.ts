import type { Edge, Node } from '@xyflow/react';
import type { Flow, FlowNode, Lane, NodeType } from '../../shared/model';

/** The worst validation severity on an element, shown as a marker on the canvas. */
export type ProblemLevel = 'error' | 'warning';

export type ElementNodeData = { node: FlowNode; problem: ProblemLevel | null };
export type LaneNodeData = { lane: Lane; width: number; height: number; problem: ProblemLevel | null };
export type FlowEdgeData = { flow: Flow; problem: ProblemLevel | null };

/** React Flow node kinds: one renderer per family of BPMN shapes. */
export type ElementKind = 'event' | 'task' | 'subProcess' | 'gateway' | 'annotation';

export type ElementCanvasNode = Node<ElementNodeData, ElementKind>;
export type LaneCanvasNode = Node<LaneNodeData, 'lane'>;
export type CanvasNode = ElementCanvasNode | LaneCanvasNode;
export type CanvasEdge = Edge<FlowEdgeData, 'flow'>;

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
};

/** The renderer family that draws a node type. */
export function elementKind(type: NodeType): ElementKind {
  return kinds[type];
}
