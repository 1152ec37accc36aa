import type { Flow, FlowNode, ProcessModel } from '../schema';

const activityTypes: readonly string[] = ['task', 'subProcess'];

/**
 * Whether the lane, parent sub-process and host activity a node names exist and can hold it, and its
 * parent chain does not lead back to itself.
 */
export function nodeReferencesValid(model: ProcessModel, node: Partial<FlowNode>): boolean {
  const byId = (id: string) => model.nodes.find((n) => n.id === id);
  if (node.lane !== undefined && !model.lanes.some((lane) => lane.id === node.lane)) return false;
  if (node.attachedTo !== undefined && !activityTypes.includes(byId(node.attachedTo)?.type ?? '')) return false;
  const visited = new Set<string>();
  for (let parent = node.parent; parent !== undefined; parent = byId(parent)?.parent) {
    if (parent === node.id || visited.has(parent) || byId(parent)?.type !== 'subProcess') return false;
    visited.add(parent);
  }
  return true;
}

/** Whether a flow joins two different existing nodes that no other flow already joins in that direction. */
export function flowEndsValid(model: ProcessModel, flow: Pick<Flow, 'source' | 'target'> & { id?: string }): boolean {
  if (flow.source === flow.target) return false;
  const exists = (id: string) => model.nodes.some((node) => node.id === id);
  if (!exists(flow.source) || !exists(flow.target)) return false;
  return !model.flows.some((f) => f.id !== flow.id && f.source === flow.source && f.target === flow.target);
}
