import type { Flow, FlowNode } from '../../model';
import { outlineOf, type Box, type Point } from '../../model/geometry';
import type { RouteNode } from './portSides';
import { routeFlows, type RouteOptions } from './routeFlows';

/**
 * Routes of the flows between the drawn nodes of one level (the top level, or one sub-process's inside), given
 * where each node is drawn. The canvas and the exporters call this with the same boxes, so they draw the same routes.
 */
export function levelRoutes(
  nodes: readonly FlowNode[],
  boxes: ReadonlyMap<string, Box>,
  flows: readonly Flow[],
  options?: RouteOptions,
): Map<string, Point[]> {
  const routeNodes: RouteNode[] = [];
  for (const node of nodes) {
    const box = boxes.get(node.id);
    if (!box) continue;
    const host = node.type === 'boundaryEvent' && node.attachedTo ? boxes.get(node.attachedTo) : undefined;
    routeNodes.push({ id: node.id, box, outline: outlineOf(node), ...(host ? { host } : {}) });
  }
  return routeFlows(routeNodes, flows, options);
}
