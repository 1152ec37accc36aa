import type { Flow, FlowNode, ProcessModel } from './schema';

/** Whether a node is a data object or a data store: drawn and exported, but not a step a case passes through. */
export function isDataNode(node: Pick<FlowNode, 'type'>): boolean {
  return node.type === 'dataObject' || node.type === 'dataStore';
}

/** Whether a flow is a data association (it joins an activity and a data object or store). */
export function isDataFlow(flow: Pick<Flow, 'kind'>): boolean {
  return flow.kind === 'data';
}

/**
 * The map without its data objects, data stores and data associations: what validation and simulation look at,
 * since data elements carry no cases. The same object when the map has none, so that callers pay nothing.
 */
export function withoutDataElements(model: ProcessModel): ProcessModel {
  const data = new Set(model.nodes.filter(isDataNode).map((n) => n.id));
  if (data.size === 0 && !model.flows.some(isDataFlow)) return model;
  return {
    ...model,
    nodes: model.nodes.filter((n) => !data.has(n.id)),
    flows: model.flows.filter((f) => !isDataFlow(f) && !data.has(f.source) && !data.has(f.target)),
  };
}
