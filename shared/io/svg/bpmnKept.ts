import type { FlowNode } from '../../model';

/** What a BPMN import kept about a node that changes how it is drawn. */
export interface KeptDrawing {
  /** The BPMN element when it is not the plain one for the node's type, e.g. `CallActivity`. */
  element?: string;
  loop?: { kind: 'standard' | 'multiInstance'; sequential?: boolean };
  /** A sub-process drawn open, with its inside shown in place. */
  expanded?: boolean;
}

/** The drawing-related part of a node's `extensions.bpmn`; empty for maps drawn in Flowwright. */
export function keptBpmn(node: Pick<FlowNode, 'extensions'>): KeptDrawing {
  const kept = node.extensions?.bpmn;
  return kept && typeof kept === 'object' ? (kept as KeptDrawing) : {};
}

/** Whether a node is a sub-process drawn open, its inside shown within its box. */
export function isExpanded(node: Pick<FlowNode, 'type' | 'extensions'>): boolean {
  return node.type === 'subProcess' && keptBpmn(node).expanded === true;
}
