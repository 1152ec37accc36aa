export { routeFlows, routingBudget, type RouteFlow, type RouteOptions } from './routeFlows';
export { sidesFacing, type RouteNode } from './portSides';
export { levelRoutes } from './levelRoutes';
