import type { FlowNode } from '../../model';
import { keptNodeDrawing, type KeptNodeDrawing } from '../bpmn/keptShapes';

/** What a BPMN import kept about a node that changes how it is drawn. */
export type KeptDrawing = KeptNodeDrawing;

/** The well-formed drawing-related part of a node's `extensions.bpmn`; empty for maps drawn in Flowwright. */
export function keptBpmn(node: Pick<FlowNode, 'extensions'>): KeptDrawing {
  return keptNodeDrawing(node.extensions?.bpmn);
}

/** Whether a node is a sub-process drawn open, its inside shown within its box. */
export function isExpanded(node: Pick<FlowNode, 'type' | 'extensions'>): boolean {
  return node.type === 'subProcess' && keptBpmn(node).expanded === true;
}
