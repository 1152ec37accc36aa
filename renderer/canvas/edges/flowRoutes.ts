import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Flow, FlowNode } from '../../../shared/model';
import type { Box, Point } from '../../../shared/model/geometry';
import { levelRoutes } from '../../../shared/io/routing';
import type { CanvasEdge, CanvasNode } from '../canvasTypes';

type State = ReactFlowState<CanvasNode, CanvasEdge>;
interface Shape {
  node: FlowNode;
  box: Box;
}

/** The last routes worked out, and the shapes and flows they were worked out for. */
let last: { nodes: unknown; edges: unknown; shapes: Shape[]; flows: Flow[]; routes: Map<string, Point[]> } | undefined;

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameShape = (a: Shape, b: Shape) =>
  a.node.id === b.node.id && a.node.type === b.node.type && sameBox(a.box, b.box);
const samePoints = (a: readonly Point[] | undefined, b: readonly Point[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((p, i) => p.x === b[i].x && p.y === b[i].y));
const sameEnds = (a: Flow, b: Flow) =>
  a === b || (a.id === b.id && a.source === b.source && a.target === b.target && samePoints(a.waypoints, b.waypoints));

/**
 * Whether routes worked out for `before` still hold: every shape where it was and as big, every flow between the
 * same ends with the same bend points. Compared field by field, without building keys, since this runs on every
 * change of the canvas (a rename, a selection) of maps with a thousand shapes.
 */
export function sameGeometry(before: { shapes: Shape[]; flows: Flow[] }, shapes: Shape[], flows: Flow[]): boolean {
  return (
    before.shapes.length === shapes.length &&
    before.flows.length === flows.length &&
    shapes.every((s, i) => sameShape(before.shapes[i], s)) &&
    flows.every((f, i) => sameEnds(before.flows[i], f))
  );
}

/**
 * Routes of the flows shown, worked out with the same function as the exports from where React Flow draws the
 * shapes (so that they follow a drag), once per change of the shown shapes or flows, and only again when their
 * geometry changed (a rename leaves the routes as they were).
 */
export function routesOf(state: Pick<State, 'nodes' | 'edges'>, route = levelRoutes): Map<string, Point[]> {
  if (last && last.nodes === state.nodes && last.edges === state.edges) return last.routes;
  const shapes: Shape[] = [];
  for (const n of state.nodes) {
    if (n.type === 'lane' || !('node' in n.data)) continue;
    shapes.push({ node: n.data.node, box: { ...n.position, width: n.width ?? 0, height: n.height ?? 0 } });
  }
  const flows = state.edges.flatMap((e) => (e.data ? [e.data.flow] : []));
  const routes =
    last && sameGeometry(last, shapes, flows)
      ? last.routes
      : route(
          shapes.map((s) => s.node),
          new Map(shapes.map((s) => [s.node.id, s.box])),
          flows,
        );
  last = { nodes: state.nodes, edges: state.edges, shapes, flows, routes };
  return routes;
}

/** The route of one flow on the canvas; the edge re-renders only when its own route changes. */
export function useFlowRoute(id: string): Point[] | undefined {
  return useStore((state) => routesOf(state as unknown as State).get(id), samePoints);
}
