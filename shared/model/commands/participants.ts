import { messageFlowRefusal, participantById, participantPhrase } from '../collaboration';
import { idAllocator, idInUse } from '../ids';
import { applyPatchWithInverse, pointer, type PatchOp } from '../patch';
import { flowSchema, participantSchema, type Participant, type ProcessModel } from '../schema';
import { conformsExactly, createEdit, sameValue, withoutUndefined, type Edit } from './edit';

/** Adds another party's pool ("Add pool 'Customer'"). Null when the id is taken or a field is invalid. */
export function addParticipant(model: ProcessModel, participant: Partial<Participant>): Edit | null {
  const id = participant.id ?? idAllocator(model)('pool');
  if (participant.id !== undefined && idInUse(model, id)) return null;
  const parsed = participantSchema.safeParse({ ...participant, id });
  if (!parsed.success) return null;
  const op: PatchOp = model.participants
    ? { op: 'add', path: pointer('participants', '-'), value: parsed.data }
    : { op: 'add', path: '/participants', value: [parsed.data] };
  const label = parsed.data.name ? `Add ${participantPhrase(parsed.data)}` : 'Add pool';
  return createEdit(model, [op], label, [id]);
}

export interface SetParticipantPropsArgs {
  id: string;
  /** Fields to change; undefined removes an optional field (y, height). */
  props: Partial<Omit<Participant, 'id'>>;
}

/** Renames, moves or resizes a pool ("Edit pool 'Customer'"). Null when nothing changes or a field is invalid. */
export function setParticipantProps(model: ProcessModel, { id, props }: SetParticipantPropsArgs): Edit | null {
  const list = model.participants ?? [];
  const index = list.findIndex((p) => p.id === id);
  if (index < 0) return null;
  const current = list[index] as Record<string, unknown>;
  const patch: PatchOp[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (key === 'id' || !Object.hasOwn(participantSchema.shape, key)) return null;
    if (sameValue(current[key], value)) continue;
    const path = pointer('participants', index, key);
    if (value === undefined) patch.push({ op: 'remove', path });
    else patch.push({ op: current[key] === undefined ? 'add' : 'replace', path, value: withoutUndefined(value) });
  }
  if (patch.length === 0) return null;
  const { model: next } = applyPatchWithInverse(model, patch);
  if (!conformsExactly(participantSchema, next.participants![index])) return null;
  return createEdit(model, patch, `Edit ${participantPhrase(list[index])}`);
}

export interface NewMessageFlow {
  source: string;
  target: string;
  id?: string;
  name?: string;
}

/**
 * Adds a message flow between two pools ("Send a message from 'Ship order' to pool 'Customer'"); its ends are
 * nodes or participants. Null when messageFlowRefusal refuses it or the id is taken.
 */
export function connectMessage(model: ProcessModel, flow: NewMessageFlow): Edit | null {
  if (messageFlowRefusal(model, flow.source, flow.target) !== null) return null;
  const id = flow.id ?? idAllocator(model)('message');
  if (flow.id !== undefined && idInUse(model, id)) return null;
  const parsed = flowSchema.safeParse({ ...flow, id, kind: 'message' });
  if (!parsed.success) return null;
  const end = (endId: string) => {
    const pool = participantById(model, endId);
    if (pool) return participantPhrase(pool);
    const name = model.nodes.find((n) => n.id === endId)?.name.trim();
    return name ? `'${name}'` : 'the map';
  };
  const label = `Send a message from ${end(flow.source)} to ${end(flow.target)}`;
  return createEdit(model, [{ op: 'add', path: pointer('flows', '-'), value: parsed.data }], label, [id]);
}
