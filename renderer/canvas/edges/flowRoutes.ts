import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Flow, FlowNode } from '../../../shared/model';
import type { Box, Point } from '../../../shared/model/geometry';
import { levelRoutes } from '../../../shared/io/routing';
import type { CanvasEdge, CanvasNode } from '../canvasTypes';

type State = ReactFlowState<CanvasNode, CanvasEdge>;

/** The last routes worked out, and the shapes and flows they were worked out for. */
let last: { nodes: unknown; edges: unknown; key: string; routes: Map<string, Point[]> } | undefined;

/** What routes depend on: where each shape is and how big, and each flow's ends and bend points. */
function geometryKey(shapes: { node: FlowNode; box: Box }[], flows: Flow[]): string {
  const parts: string[] = [];
  for (const { node, box } of shapes)
    parts.push(`${node.id}:${node.type}:${box.x},${box.y},${box.width},${box.height}`);
  for (const f of flows)
    parts.push(`${f.id}:${f.source}>${f.target}:${f.waypoints?.map((p) => `${p.x},${p.y}`).join(' ') ?? ''}`);
  return parts.join('|');
}

/**
 * Routes of the flows shown, worked out with the same function as the exports from where React Flow draws the
 * shapes (so that they follow a drag), once per change of the shown shapes or flows, and only again when their
 * geometry changed (a rename leaves the routes as they were).
 */
function routesOf(state: State): Map<string, Point[]> {
  if (last && last.nodes === state.nodes && last.edges === state.edges) return last.routes;
  const shapes: { node: FlowNode; box: Box }[] = [];
  for (const n of state.nodes) {
    if (n.type === 'lane' || !('node' in n.data)) continue;
    shapes.push({ node: n.data.node, box: { ...n.position, width: n.width ?? 0, height: n.height ?? 0 } });
  }
  const flows = state.edges.flatMap((e) => (e.data ? [e.data.flow] : []));
  const key = geometryKey(shapes, flows);
  const routes =
    last && last.key === key
      ? last.routes
      : levelRoutes(
          shapes.map((s) => s.node),
          new Map(shapes.map((s) => [s.node.id, s.box])),
          flows,
        );
  last = { nodes: state.nodes, edges: state.edges, key, routes };
  return routes;
}

const samePoints = (a: Point[] | undefined, b: Point[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((p, i) => p.x === b[i].x && p.y === b[i].y));

/** The route of one flow on the canvas; the edge re-renders only when its own route changes. */
export function useFlowRoute(id: string): Point[] | undefined {
  return useStore((state) => routesOf(state as unknown as State).get(id), samePoints);
}
