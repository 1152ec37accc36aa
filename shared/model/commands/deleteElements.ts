import { pointer, type PatchOp } from '../patch';
import type { ProcessModel } from '../schema';
import { withDependents } from './dependents';
import { type Edit, createEdit } from './edit';
import { participantPhrase } from '../collaboration';
import { countPhrase, elementPhrase } from './labels';
import { scenarioOpsForRemoval } from './scenarios';

export interface DeleteElementsArgs {
  /** Ids of nodes, flows and lanes, mixed. */
  ids: readonly string[];
}

/** Removals from one list, last index first, so that each index still addresses the original item. */
function removals(
  list: 'nodes' | 'flows' | 'lanes' | 'participants',
  items: readonly { id: string }[],
  doomed: Set<string>,
): PatchOp[] {
  const ops: PatchOp[] = [];
  for (let i = items.length - 1; i >= 0; i--)
    if (doomed.has(items[i].id)) ops.push({ op: 'remove', path: pointer(list, i) });
  return ops;
}

/**
 * Deletes nodes, flows, lanes and other parties' pools ("Delete 'Review'", "Delete 3 elements"). A deleted node
 * takes with it its flows, the boundary events attached to it and, for a sub-process, its contents; a deleted pool
 * its message flows; nodes (and resource pools) of a deleted lane stay and lose their `lane`. Null when no id exists.
 */
export function deleteElements(model: ProcessModel, { ids }: DeleteElementsArgs): Edit | null {
  const wanted = new Set(ids);
  const nodes = withDependents(
    model,
    model.nodes.filter((n) => wanted.has(n.id)).map((n) => n.id),
  );
  // A deleted pool takes its message flows with it, as a deleted node takes its flows.
  const pools = new Set((model.participants ?? []).filter((p) => wanted.has(p.id)).map((p) => p.id));
  const gone = (id: string) => nodes.has(id) || pools.has(id);
  const flows = new Set(
    model.flows.filter((f) => wanted.has(f.id) || gone(f.source) || gone(f.target)).map((f) => f.id),
  );
  const lanes = new Set(model.lanes.filter((l) => wanted.has(l.id)).map((l) => l.id));
  // Key removals first: they address surviving nodes by their index before any node is removed.
  const patch: PatchOp[] = [];
  for (const [i, node] of model.nodes.entries())
    if (!nodes.has(node.id) && node.lane !== undefined && lanes.has(node.lane))
      patch.push({ op: 'remove', path: pointer('nodes', i, 'lane') });
  // A pool linked to a deleted lane keeps its people but loses the link.
  for (const [i, pool] of model.simulation.resources.entries())
    if (pool.lane !== undefined && lanes.has(pool.lane))
      patch.push({ op: 'remove', path: pointer('simulation', 'resources', i, 'lane') });
  // Scenario overrides name nodes and flows by position: they follow their element or go with it.
  patch.push(...scenarioOpsForRemoval(model, { nodes, flows }));
  patch.push(...removals('flows', model.flows, flows), ...removals('nodes', model.nodes, nodes));
  patch.push(...removals('lanes', model.lanes, lanes));
  patch.push(...removals('participants', model.participants ?? [], pools));
  const named = [
    ...model.nodes.filter((n) => wanted.has(n.id)).map((n) => ['node', n.id] as const),
    ...model.flows.filter((f) => wanted.has(f.id)).map((f) => ['flow', f.id] as const),
    ...model.lanes.filter((l) => wanted.has(l.id)).map((l) => ['lane', l.id] as const),
    ...(model.participants ?? []).filter((p) => pools.has(p.id)).map((p) => ['pool', p.id] as const),
  ];
  const only = named.length === 1 ? named[0] : undefined;
  const label = only
    ? only[0] === 'pool'
      ? `Delete ${participantPhrase(model.participants!.find((p) => p.id === only[1])!)}`
      : `Delete ${elementPhrase(model, only[0], only[1])}`
    : `Delete ${countPhrase(named.length)}`;
  return createEdit(model, patch, label);
}
