import { idAllocator, idInUse, idPrefix } from '../ids';
import { pointer } from '../patch';
import { nodeSchema, type FlowNode, type ProcessModel } from '../schema';
import { createEdit, type Edit } from './edit';
import { nodeTypeLabel } from './labels';
import { nodeReferencesValid } from './references';

/** A node to add: its type and any other fields; the id is generated unless given. */
export type NewNode = Partial<Omit<FlowNode, 'type'>> & Pick<FlowNode, 'type'>;

/**
 * Adds a node at the end of the node list ("Add User task"). Null when the given id is taken, a lane, parent
 * sub-process or host activity it names does not exist, or a field is out of range.
 */
export function addNode(model: ProcessModel, node: NewNode): Edit | null {
  const id = node.id ?? idAllocator(model)(idPrefix(node.type));
  if (node.id !== undefined && idInUse(model, id)) return null;
  if (!nodeReferencesValid(model, node)) return null;
  const parsed = nodeSchema.safeParse({ ...node, id });
  if (!parsed.success) return null;
  return createEdit(
    model,
    [{ op: 'add', path: pointer('nodes', '-'), value: parsed.data }],
    `Add ${nodeTypeLabel(parsed.data)}`,
    [id],
  );
}
