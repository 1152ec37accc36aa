import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { FlowNode, ProcessModel } from '../model';
import { boundaryEventPosition, nodeSize, laneLayout, type Point } from '../model/geometry';
import { layerLayout } from './layerLayout';

// Drawing geometry lives in the model layer; these names stay importable from here for older callers.
export { boundaryEventPosition, laneLayout, nodeSize, type Point, type Size } from '../model/geometry';

export interface LayoutResult {
  /** New top-left positions by node id (boundary events included, placed on their hosts). */
  positions: Record<string, Point>;
  /** New band geometry by lane id. */
  lanes: Record<string, { y: number; height: number }>;
}

const elkOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '50',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // Children are handed over grouped by lane, so that crossing minimisation keeps each lane's nodes together.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

/** How much of a map ELK lays out: beyond this (in nodes of one scope, nodes in all, or scopes) layerLayout does. */
export const elkBudget = { scopeNodes: 1_000, nodes: 2_000, scopes: 100 };

type ScopeEdge = { id: string; source: string; target: string };

/** Lays out one scope (the top level or one sub-process) left to right with ELK; positions of its flow nodes. */
async function elkScope(
  elk: InstanceType<typeof ELK>,
  model: ProcessModel,
  members: FlowNode[],
  edges: ScopeEdge[],
): Promise<Map<string, Point>> {
  const laneOrder = new Map(model.lanes.map((lane, i) => [lane.id, i]));
  const ordered = [...members].sort(
    (a, b) => (laneOrder.get(a.lane ?? '') ?? -1) - (laneOrder.get(b.lane ?? '') ?? -1),
  );
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: elkOptions,
    children: ordered.map((n) => ({ id: n.id, ...nodeSize(n) })),
    edges: edges.map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const result = await elk.layout(graph);
  return new Map((result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}

/** The flows within each scope, between the nodes laid out there (a flow leaving a boundary event leaves its host). */
function edgesByScope(
  model: ProcessModel,
  scopeOf: Map<string, string | undefined>,
): Map<string | undefined, ScopeEdge[]> {
  const hostOf = new Map(
    model.nodes.filter((n) => n.type === 'boundaryEvent' && n.attachedTo).map((n) => [n.id, n.attachedTo!]),
  );
  const edges = new Map<string | undefined, ScopeEdge[]>();
  for (const flow of model.flows) {
    const source = hostOf.get(flow.source) ?? flow.source;
    if (source === flow.target || !scopeOf.has(source) || !scopeOf.has(flow.target)) continue;
    const scope = scopeOf.get(source);
    if (scopeOf.get(flow.target) !== scope) continue;
    const list = edges.get(scope);
    const edge = { id: flow.id, source, target: flow.target };
    if (list) list.push(edge);
    else edges.set(scope, [edge]);
  }
  return edges;
}

/** Stacks lane bands top to bottom, moving each lane's nodes into its band while keeping their relative layout. */
function stackLanes(model: ProcessModel, top: FlowNode[], placed: Map<string, Point>, result: LayoutResult): void {
  const { padding, minHeight, labelRoom, headerWidth } = laneLayout;
  const laneIds = new Set(model.lanes.map((l) => l.id));
  const groups = [...model.lanes.map((l) => l.id), undefined].map((laneId) => ({
    laneId,
    nodes: top.filter((n) => (n.lane && laneIds.has(n.lane) ? n.lane : undefined) === laneId),
  }));
  const minX = [...placed.values()].reduce((least, p) => Math.min(least, p.x), Infinity);
  let bandTop = 0;
  for (const { laneId, nodes } of groups) {
    if (laneId === undefined && nodes.length === 0) continue;
    const ys = nodes.map((n) => placed.get(n.id)!.y);
    const bottoms = nodes.map((n) => placed.get(n.id)!.y + nodeSize(n).height);
    // Reduced rather than spread: a lane can hold more nodes than a call takes arguments.
    const contentTop = ys.length ? ys.reduce((a, b) => Math.min(a, b)) : 0;
    const contentHeight = bottoms.length ? bottoms.reduce((a, b) => Math.max(a, b)) - contentTop : 0;
    const height = Math.max(minHeight, contentHeight + 2 * padding + labelRoom);
    const shift = bandTop + (height - contentHeight - labelRoom) / 2 - contentTop;
    for (const n of nodes) {
      const p = placed.get(n.id)!;
      result.positions[n.id] = { x: Math.round(p.x - minX + headerWidth + padding), y: Math.round(p.y + shift) };
    }
    if (laneId !== undefined) result.lanes[laneId] = { y: bandTop, height: Math.round(height) };
    bandTop += Math.round(height);
  }
}

/**
 * Lays the map out left to right, keeping every node in its lane band: with ELK's layered algorithm within
 * elkBudget, else (and should ELK fail) with layerLayout, so that a huge or hostile map is laid out in linear time.
 */
export async function autoLayout(model: ProcessModel, budget = elkBudget): Promise<LayoutResult> {
  const result: LayoutResult = { positions: {}, lanes: {} };
  const laidOut = model.nodes.filter((n) => n.type !== 'boundaryEvent' || !n.attachedTo);
  const scopes = new Map<string | undefined, FlowNode[]>();
  for (const node of laidOut) {
    const members = scopes.get(node.parent);
    if (members) members.push(node);
    else scopes.set(node.parent, [node]);
  }
  const edges = edgesByScope(model, new Map(laidOut.map((n) => [n.id, n.parent])));
  let elk = new ELK();
  let elkNodes = 0;
  let elkScopes = 0;
  for (const [scope, members] of scopes) {
    const scopeEdges = edges.get(scope) ?? [];
    let placed: Map<string, Point> | undefined;
    if (members.length <= budget.scopeNodes && elkNodes + members.length <= budget.nodes && elkScopes < budget.scopes) {
      elkNodes += members.length;
      elkScopes++;
      placed = await elkScope(elk, model, members, scopeEdges).catch(() => {
        elk = new ELK(); // a failed run may leave the instance's state behind
        return undefined;
      });
    }
    placed ??= layerLayout(
      members.map((n) => ({ id: n.id, ...nodeSize(n) })),
      scopeEdges,
    );
    if (scope === undefined && model.lanes.length > 0) stackLanes(model, members, placed, result);
    else
      for (const [id, p] of placed)
        result.positions[id] = { x: Math.round(p.x + laneLayout.padding), y: Math.round(p.y + laneLayout.padding) };
  }
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const boundaryCount = new Map<string, number>();
  for (const node of model.nodes) {
    const host = node.type === 'boundaryEvent' && node.attachedTo ? byId.get(node.attachedTo) : undefined;
    if (!host || !result.positions[host.id]) continue;
    const index = boundaryCount.get(host.id) ?? 0;
    boundaryCount.set(host.id, index + 1);
    result.positions[node.id] = boundaryEventPosition({ ...host, ...result.positions[host.id] }, index);
  }
  return result;
}
