import type { FlowNode, ProcessModel } from '../../shared/model';

/** The scope the canvas shows: the given sub-process if the model still has it, else the top level (null). */
export function effectiveScope(model: ProcessModel | null, scope: string | null): string | null {
  if (!model || scope === null) return null;
  return model.nodes.some((n) => n.id === scope && n.type === 'subProcess') ? scope : null;
}

/** Whether a node is drawn in a scope: its parent is that sub-process (or it has none, at the top level). */
export function inScope(node: Pick<FlowNode, 'parent'>, scope: string | null): boolean {
  return (node.parent ?? null) === scope;
}

/** The scope an element is drawn in: a node's parent, a flow's source's parent, a lane's top level. */
export function scopeOf(model: ProcessModel, id: string): string | null {
  const byId = (nodeId: string) => model.nodes.find((n) => n.id === nodeId);
  const node = byId(id) ?? byId(model.flows.find((f) => f.id === id)?.source ?? '');
  return node?.parent ?? null;
}
