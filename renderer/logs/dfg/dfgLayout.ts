import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { DirectlyFollowsGraph } from '../../../shared/log/directlyFollows';

export interface Point {
  x: number;
  y: number;
}

/** A box of the drawn map: an activity, or the start or end marker. */
export interface PlacedNode {
  id: string;
  kind: 'activity' | 'start' | 'end';
  /** The activity's name; absent for the markers. */
  name?: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An arrow of the drawn map: from an activity, or the start marker, to an activity, or the end marker. */
export interface PlacedEdge {
  id: string;
  source: string;
  target: string;
  /** The activity names at its ends; null at a marker. */
  from: string | null;
  to: string | null;
  points: Point[];
  /** Top-left corner of its label, where ELK put it clear of boxes and other labels. */
  label: Point | null;
}

export interface DfgLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export const startNodeId = 'start';
export const endNodeId = 'end';
export const activityBox = { width: 170, height: 52 };
export const markerSize = 28;
/** Room kept for an arrow's label: one short line ("1,234" or "3.5 d"). */
export const labelBox = { width: 56, height: 16 };

const elkOptions = {
  'elk.algorithm': 'layered',
  // Top to bottom, as Disco and ProM draw process maps: start above, end below.
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'POLYLINE',
  'elk.spacing.nodeNode': '40',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // Loops (rework) point back up: the arrows against the order of first reach from the start are the ones reversed.
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.padding': '[top=12,left=12,bottom=12,right=12]',
};

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };
let elkLoading: Promise<Elk> | null = null;

/** The layout engine, loaded on first use so that elkjs stays in its own chunk, out of the app's start-up bundle. */
function loadElk(): Promise<Elk> {
  elkLoading ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return elkLoading;
}

const activityId = (index: number) => `a${index}`;

/**
 * Activities in the order a case first reaches them: breadth first from the starts, more frequent arrows first;
 * activities unreachable that way (none in a whole graph) come last, by frequency.
 */
export function reachOrder(graph: DirectlyFollowsGraph): string[] {
  const next = new Map<string, { target: string; count: number }[]>();
  for (const edge of graph.edges) {
    const list = next.get(edge.source) ?? [];
    list.push({ target: edge.target, count: edge.count });
    next.set(edge.source, list);
  }
  const order = Object.entries(graph.starts)
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => name);
  const seen = new Set(order);
  for (let i = 0; i < order.length; i++)
    for (const { target } of (next.get(order[i]) ?? []).sort((a, b) => b.count - a.count))
      if (!seen.has(target)) {
        seen.add(target);
        order.push(target);
      }
  for (const activity of graph.activities) if (!seen.has(activity.name)) order.push(activity.name);
  const known = new Set(graph.activities.map((a) => a.name));
  return order.filter((name) => known.has(name));
}

/** Lays out the graph top to bottom with ELK: activity boxes, start and end markers, arrows with label places. */
export async function layoutDfg(graph: DirectlyFollowsGraph): Promise<DfgLayout> {
  const ordered = reachOrder(graph);
  const ids = new Map(ordered.map((name, i) => [name, activityId(i)]));
  const edges: Omit<PlacedEdge, 'points' | 'label'>[] = [];
  for (const name of Object.keys(graph.starts))
    if (ids.has(name))
      edges.push({ id: `s${edges.length}`, source: startNodeId, target: ids.get(name)!, from: null, to: name });
  graph.edges.forEach((edge) => {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    if (source && target) edges.push({ id: `e${edges.length}`, source, target, from: edge.source, to: edge.target });
  });
  for (const name of Object.keys(graph.ends))
    if (ids.has(name))
      edges.push({ id: `t${edges.length}`, source: ids.get(name)!, target: endNodeId, from: name, to: null });
  const marker = { width: markerSize, height: markerSize };
  const root: ElkNode = {
    id: 'root',
    layoutOptions: elkOptions,
    children: [
      { id: startNodeId, ...marker, layoutOptions: { 'elk.layered.layering.layerConstraint': 'FIRST' } },
      ...ordered.map((_, i) => ({ id: activityId(i), ...activityBox })),
      { id: endNodeId, ...marker, layoutOptions: { 'elk.layered.layering.layerConstraint': 'LAST' } },
    ],
    edges: edges.map((e): ElkExtendedEdge => ({
      id: e.id,
      sources: [e.source],
      targets: [e.target],
      labels: [{ id: `${e.id}-label`, text: '0', ...labelBox }],
    })),
  };
  const result = await (await loadElk()).layout(root);
  const names = new Map(ordered.map((name, i) => [activityId(i), name]));
  const nodes: PlacedNode[] = (result.children ?? []).map((child) => ({
    id: child.id,
    kind: child.id === startNodeId ? 'start' : child.id === endNodeId ? 'end' : 'activity',
    name: names.get(child.id),
    x: child.x ?? 0,
    y: child.y ?? 0,
    width: child.width ?? 0,
    height: child.height ?? 0,
  }));
  const laidOut = new Map((result.edges ?? []).map((e) => [e.id, e]));
  return {
    width: result.width ?? 0,
    height: result.height ?? 0,
    nodes,
    edges: edges.map((edge) => {
      const placed = laidOut.get(edge.id);
      const section = placed?.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
      const label = placed?.labels?.[0];
      return { ...edge, points, label: label?.x !== undefined ? { x: label.x, y: label.y ?? 0 } : null };
    }),
  };
}
