import { nodeSize } from '../../model/geometry';
import type { DiagramIndex, Point, ShapeInfo } from './diagramIndex';
import type { NodeDraft } from './flowNodes';
import type { FlowDraft } from './readProcesses';

/** Where a scope's coordinates start: a sub-process's children are stored relative to its top-left corner. */
function origin(parent: string | undefined, plane: string, diagram: DiagramIndex): Point {
  const shape = parent === undefined ? undefined : diagram.shapes.get(parent);
  return shape && shape.plane === plane ? { x: shape.bounds.x, y: shape.bounds.y } : { x: 0, y: 0 };
}

const scopeOf = (node: NodeDraft): string => node.parent ?? '';

/**
 * Whether a sub-process is drawn open: the file says so, or (some tools leave `isExpanded` out) its content is
 * drawn on the same plane as it is, as bpmn-js reads such a file.
 */
function drawnOpen(node: NodeDraft, shape: ShapeInfo, childPlanes: Map<string, Set<string>>): boolean {
  return shape.expanded ?? childPlanes.get(node.id)?.has(shape.plane) === true;
}

/**
 * Gives nodes their DI position and size and flows their bend points. Children of a sub-process get coordinates
 * relative to it (its drill-down plane's own coordinates when it has one). Nodes without a shape in a scope that has
 * some are put in a row under the drawn ones; returns the scopes where nothing is drawn, for automatic layout.
 */
export function applyDiagram(
  nodes: NodeDraft[],
  flows: FlowDraft[],
  diagram: DiagramIndex,
): { undrawnScopes: Set<string>; placedInRow: number } {
  const missing = new Map<string, NodeDraft[]>();
  const drawn = new Map<string, { left: number; bottom: number }>();
  // The planes each sub-process's children are drawn on, gathered once so that the import stays linear.
  const childPlanes = new Map<string, Set<string>>();
  for (const node of nodes) {
    const plane = node.parent === undefined ? undefined : diagram.shapes.get(node.id)?.plane;
    if (plane !== undefined) childPlanes.set(node.parent!, (childPlanes.get(node.parent!) ?? new Set()).add(plane));
  }
  for (const node of nodes) {
    const shape = diagram.shapes.get(node.id);
    if (!shape) {
      const undrawn = missing.get(scopeOf(node));
      if (undrawn) undrawn.push(node);
      else missing.set(scopeOf(node), [node]);
      continue;
    }
    const from = origin(node.parent, shape.plane, diagram);
    node.x = shape.bounds.x - from.x;
    node.y = shape.bounds.y - from.y;
    if (shape.bounds.width > 0) node.width = shape.bounds.width;
    if (shape.bounds.height > 0) node.height = shape.bounds.height;
    if (node.type === 'subProcess' && drawnOpen(node, shape, childPlanes)) node.bpmn.expanded = true;
    const extent = drawn.get(scopeOf(node));
    drawn.set(scopeOf(node), {
      left: Math.min(extent?.left ?? Infinity, node.x),
      bottom: Math.max(extent?.bottom ?? -Infinity, node.y + shape.bounds.height),
    });
  }
  const undrawnScopes = new Set<string>();
  let placedInRow = 0;
  for (const [scope, undrawn] of missing) {
    const extent = drawn.get(scope);
    if (!extent) {
      undrawnScopes.add(scope);
      continue;
    }
    // A row under what is drawn keeps them visible and out of the way until the user places them.
    let x = extent.left;
    for (const node of undrawn) {
      node.x = x;
      node.y = extent.bottom + 80;
      x += nodeSize(node).width + 40;
      placedInRow++;
    }
  }
  for (const flow of flows) {
    const edge = diagram.edges.get(flow.id);
    // A route Flowwright worked out (not bends someone placed) stays automatic, so it follows the shapes it joins.
    if (!edge || edge.points.length <= 2 || flow.flowwright?.route === 'auto') continue;
    const from = origin(flow.parent, edge.plane, diagram);
    flow.waypoints = edge.points.slice(1, -1).map((p) => ({ x: p.x - from.x, y: p.y - from.y }));
  }
  return { undrawnScopes, placedInRow };
}
