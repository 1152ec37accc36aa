import { participantsOf, type FlowNode, type ProcessModel } from '../../shared/model';
import { nodeSize } from '../../shared/model/geometry';
import { connectionRefusal } from './connectRules';
import { describeNode, nodeTitle } from './elementLabels';

/** A node or another party's pool a new flow could be drawn to, with the reason it cannot when it cannot. */
export interface ConnectChoice {
  id: string;
  /** Its name, or its kind when it has none. */
  title: string;
  /** What it is, beside a name (empty when the title already says it). */
  kind: string;
  refusal: string | null;
  /** How far it is from the source (pools, drawn across the map, come after the shapes). */
  distance: number;
}

function centre(node: FlowNode): { x: number; y: number } {
  const { width, height } = nodeSize(node);
  return { x: node.x + width / 2, y: node.y + height / 2 };
}

/**
 * The nodes at the source's level that a flow from it could end at, and on the top level the other parties' pools
 * (a message flow), for "Connect to…": those whose name or kind contains the query (names starting with it first),
 * nearest to the source first, the refused ones last.
 */
export function connectChoices(model: ProcessModel, sourceId: string, query = ''): ConnectChoice[] {
  const source = model.nodes.find((n) => n.id === sourceId);
  if (!source) return [];
  const q = query.trim().toLowerCase();
  const from = centre(source);
  const distance = (node: FlowNode) => Math.hypot(centre(node).x - from.x, centre(node).y - from.y);
  const nodes = model.nodes
    .filter((n) => n.id !== source.id && n.type !== 'annotation' && (n.parent ?? null) === (source.parent ?? null))
    .map((node): ConnectChoice => ({
      id: node.id,
      title: nodeTitle(node),
      kind: node.name.trim() ? describeNode(node) : '',
      refusal: null,
      distance: distance(node),
    }));
  const pools =
    source.parent === undefined
      ? participantsOf(model).map((pool): ConnectChoice => ({
          id: pool.id,
          title: pool.name.trim() || 'Pool',
          kind: pool.name.trim() ? 'pool' : '',
          refusal: null,
          distance: Infinity,
        }))
      : [];
  return [...nodes, ...pools]
    .filter((c) => !q || `${c.title} ${c.kind}`.toLowerCase().includes(q))
    .map((choice) => ({ ...choice, refusal: connectionRefusal(model, source.id, choice.id) }))
    .sort(
      (a, b) =>
        Number(a.refusal !== null) - Number(b.refusal !== null) ||
        Number(!a.title.toLowerCase().startsWith(q)) - Number(!b.title.toLowerCase().startsWith(q)) ||
        a.distance - b.distance,
    );
}
