import { pointer, type PatchOp } from '../patch';
import type { ProcessModel } from '../schema';
import { withDependents } from './dependents';
import { createEdit, type Edit } from './edit';
import { countPhrase, elementPhrase, nodePhrase } from './labels';

export interface MoveToLaneArgs {
  ids: readonly string[];
  /** The lane to put the nodes in; undefined takes them out of any lane. */
  lane: string | undefined;
}

/**
 * Puts nodes in a lane ("Move 'Review' to lane 'Finance'") or out of their lanes; boundary events and
 * sub-process contents go with their host. Null when the lane does not exist or nothing changes.
 */
export function moveToLane(model: ProcessModel, { ids, lane }: MoveToLaneArgs): Edit | null {
  if (lane !== undefined && !model.lanes.some((l) => l.id === lane)) return null;
  const moving = withDependents(model, ids);
  const patch: PatchOp[] = [];
  for (const [i, node] of model.nodes.entries()) {
    if (!moving.has(node.id) || node.lane === lane) continue;
    const path = pointer('nodes', i, 'lane');
    if (lane === undefined) patch.push({ op: 'remove', path });
    else patch.push({ op: node.lane === undefined ? 'add' : 'replace', path, value: lane });
  }
  const named = model.nodes.filter((node) => ids.includes(node.id));
  const what = named.length === 1 ? nodePhrase(named[0]) : countPhrase(named.length);
  const label =
    lane === undefined
      ? `Remove ${what} from ${named.length === 1 ? 'its lane' : 'their lanes'}`
      : `Move ${what} to ${elementPhrase(model, 'lane', lane)}`;
  return createEdit(model, patch, label);
}
