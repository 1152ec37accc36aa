import { idAllocator, idInUse } from '../ids';
import { applyPatchWithInverse, pointer, type PatchOp } from '../patch';
import { laneSchema, type Lane, type ProcessModel } from '../schema';
import { conformsExactly, createEdit, sameValue, withoutUndefined, type Edit } from './edit';
import { elementPhrase, quoted } from './labels';

export interface AddLaneArgs extends Partial<Lane> {
  /** Where to insert the lane; at the end when absent. */
  index?: number;
}

/** Adds a lane ("Add lane 'Finance'"). Null when the id is taken, the index is out of range or a field is invalid. */
export function addLane(model: ProcessModel, { index = model.lanes.length, ...lane }: AddLaneArgs): Edit | null {
  const id = lane.id ?? idAllocator(model)('lane');
  if (lane.id !== undefined && idInUse(model, id)) return null;
  if (!Number.isInteger(index) || index < 0 || index > model.lanes.length) return null;
  const parsed = laneSchema.safeParse({ ...lane, id });
  if (!parsed.success) return null;
  const label = parsed.data.name ? `Add lane ${quoted(parsed.data.name)}` : 'Add lane';
  return createEdit(model, [{ op: 'add', path: pointer('lanes', index), value: parsed.data }], label, [id]);
}

export interface SetLanePropsArgs {
  id: string;
  /** Fields to change; undefined removes an optional field (y, height). */
  props: Partial<Omit<Lane, 'id'>>;
}

/** Changes several fields of a lane at once ("Edit lane 'Finance'"). Null when nothing changes or a field is unknown or invalid. */
export function setLaneProps(model: ProcessModel, { id, props }: SetLanePropsArgs): Edit | null {
  const index = model.lanes.findIndex((lane) => lane.id === id);
  if (index < 0) return null;
  const lane = model.lanes[index] as Record<string, unknown>;
  const patch: PatchOp[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (key === 'id' || !Object.hasOwn(laneSchema.shape, key)) return null;
    if (sameValue(lane[key], value)) continue;
    const path = pointer('lanes', index, key);
    if (value === undefined) patch.push({ op: 'remove', path });
    else patch.push({ op: lane[key] === undefined ? 'add' : 'replace', path, value: withoutUndefined(value) });
  }
  if (patch.length === 0) return null;
  const { model: next, inverse } = applyPatchWithInverse(model, patch);
  if (!conformsExactly(laneSchema, next.lanes[index])) return null;
  return { patch, inverse, label: `Edit ${elementPhrase(model, 'lane', id)}` };
}

export interface ReorderLanesArgs {
  /** Every lane id once, in the new order. */
  order: readonly string[];
}

/** Puts the lanes in a new order ("Reorder lanes"). Null unless `order` lists each lane once, or when it is unchanged. */
export function reorderLanes(model: ProcessModel, { order }: ReorderLanesArgs): Edit | null {
  if (order.length !== model.lanes.length || new Set(order).size !== order.length) return null;
  const lanes = order.map((id) => model.lanes.find((lane) => lane.id === id));
  if (lanes.some((lane) => lane === undefined)) return null;
  if (lanes.every((lane, i) => lane === model.lanes[i])) return null;
  // The lane objects themselves are kept, so that their identity survives the reorder.
  return createEdit(model, [{ op: 'replace', path: '/lanes', value: lanes }], 'Reorder lanes');
}
