import type { FlowNode, ProcessModel } from '../../shared/model';
import { nodeSize } from '../../shared/model/geometry';
import { connectionRefusal } from './connectRules';
import { describeNode, nodeTitle } from './elementLabels';

/** A node a new flow could be drawn to, with the reason it cannot when it cannot. */
export interface ConnectChoice {
  node: FlowNode;
  refusal: string | null;
}

function centre(node: FlowNode): { x: number; y: number } {
  const { width, height } = nodeSize(node);
  return { x: node.x + width / 2, y: node.y + height / 2 };
}

/**
 * The nodes at the source's level that a flow from it could end at, for "Connect to…": those whose name or kind
 * contains the query (names starting with it first), nearest to the source first, the refused ones last.
 */
export function connectChoices(model: ProcessModel, sourceId: string, query = ''): ConnectChoice[] {
  const source = model.nodes.find((n) => n.id === sourceId);
  if (!source) return [];
  const q = query.trim().toLowerCase();
  const from = centre(source);
  const distance = (node: FlowNode) => Math.hypot(centre(node).x - from.x, centre(node).y - from.y);
  const starts = (node: FlowNode) => nodeTitle(node).toLowerCase().startsWith(q);
  return model.nodes
    .filter((n) => n.id !== source.id && n.type !== 'annotation' && (n.parent ?? null) === (source.parent ?? null))
    .filter((n) => !q || `${n.name} ${describeNode(n)}`.toLowerCase().includes(q))
    .map((node) => ({ node, refusal: connectionRefusal(model, source.id, node.id) }))
    .sort(
      (a, b) =>
        Number(a.refusal !== null) - Number(b.refusal !== null) ||
        Number(!starts(a.node)) - Number(!starts(b.node)) ||
        distance(a.node) - distance(b.node),
    );
}
