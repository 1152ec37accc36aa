import { idAllocator, idInUse } from '../ids';
import { pointer } from '../patch';
import { flowSchema, type Flow, type ProcessModel } from '../schema';
import { createEdit, type Edit } from './edit';
import { elementPhrase } from './labels';
import { flowEndsValid } from './references';

/** A flow to add: its ends and any other fields; the id is generated unless given. */
export type NewFlow = Partial<Omit<Flow, 'source' | 'target'>> & Pick<Flow, 'source' | 'target'>;

/**
 * Adds a sequence flow ("Connect 'Review' to 'Approve'"). Null for a self-loop, a second flow between the
 * same source and target, an end that does not exist, a taken id or an out-of-range field.
 */
export function connect(model: ProcessModel, flow: NewFlow): Edit | null {
  if (!flowEndsValid(model, flow)) return null;
  const id = flow.id ?? idAllocator(model)('flow');
  if (flow.id !== undefined && idInUse(model, id)) return null;
  const parsed = flowSchema.safeParse({ ...flow, id });
  if (!parsed.success) return null;
  const label = `Connect ${elementPhrase(model, 'node', flow.source)} to ${elementPhrase(model, 'node', flow.target)}`;
  return createEdit(model, [{ op: 'add', path: pointer('flows', '-'), value: parsed.data }], label, [id]);
}
