import { pointer, type PatchOp } from '../patch';
import type { ProcessModel } from '../schema';
import { createEdit, type Edit } from './edit';
import { elementPhrase } from './labels';

/** Node types whose outgoing flows may include a default one (BPMN: exclusive and inclusive gateways, activities). */
const defaultFlowSources: readonly string[] = ['exclusiveGateway', 'inclusiveGateway', 'task', 'subProcess'];

export interface SetDefaultFlowArgs {
  flowId: string;
  /** True (the default) makes the flow the default one; false clears its flag. */
  isDefault?: boolean;
}

/**
 * Makes a flow its source's default ("Make 'No' the default flow") and clears the flag on the source's other
 * outgoing flows. A default flow is taken when no condition holds, so its own condition is removed, as BPMN
 * modellers do. Null when the source cannot have a default flow or nothing changes.
 */
export function setDefaultFlow(model: ProcessModel, { flowId, isDefault = true }: SetDefaultFlowArgs): Edit | null {
  const index = model.flows.findIndex((flow) => flow.id === flowId);
  if (index < 0) return null;
  const flow = model.flows[index];
  const patch: PatchOp[] = [];
  const path = (i: number, key: string) => pointer('flows', i, key);
  if (!isDefault) {
    if (flow.default === true) patch.push({ op: 'remove', path: path(index, 'default') });
    return createEdit(model, patch, `Clear the default flow of ${elementPhrase(model, 'node', flow.source)}`);
  }
  const source = model.nodes.find((node) => node.id === flow.source);
  if (!source || !defaultFlowSources.includes(source.type)) return null;
  for (const [i, other] of model.flows.entries())
    if (i !== index && other.source === flow.source && other.default === true)
      patch.push({ op: 'remove', path: path(i, 'default') });
  if (flow.default !== true)
    patch.push({ op: flow.default === undefined ? 'add' : 'replace', path: path(index, 'default'), value: true });
  if (flow.condition !== undefined) patch.push({ op: 'remove', path: path(index, 'condition') });
  return createEdit(model, patch, `Make ${elementPhrase(model, 'flow', flowId)} the default flow`);
}
