import { applyPatchWithInverse, pointer, type PatchOp } from '../patch';
import { resourceSchema, type FlowNode, type ProcessModel, type Resource } from '../schema';
import { conformsExactly, createEdit, sameValue, withoutUndefined, type Edit } from './edit';
import { propertyPhrase, quoted } from './labels';

/** A pool as the user knows it: pool 'Clerks'. */
export function poolPhrase(pool: Pick<Resource, 'id' | 'name'>): string {
  return `pool ${quoted(pool.name.trim() || pool.id)}`;
}

/** An id for a new pool made from its name ("Finance clerks" → finance-clerks), unique among the pools. */
export function newPoolId(model: ProcessModel, name: string): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'pool';
  const taken = new Set(model.simulation.resources.map((r) => r.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The tasks (and other nodes) that take their resource from the pool. */
export function nodesUsingPool(model: ProcessModel, poolId: string): FlowNode[] {
  return model.nodes.filter((node) => node.sim?.resource === poolId);
}

export interface AddPoolArgs extends Partial<Resource> {
  /** Nodes to assign to the new pool at once (e.g. the tasks of its lane). */
  assign?: readonly string[];
}

/**
 * Adds a resource pool at the end of the list ("Add pool 'Clerks'"), optionally assigning nodes to it. Null
 * when the id is taken, a field is invalid, or an assigned node or the linked lane does not exist.
 */
export function addPool(model: ProcessModel, { assign = [], ...pool }: AddPoolArgs): Edit | null {
  const id = pool.id ?? newPoolId(model, pool.name ?? '');
  if (model.simulation.resources.some((r) => r.id === id)) return null;
  if (pool.lane !== undefined && !model.lanes.some((l) => l.id === pool.lane)) return null;
  const parsed = resourceSchema.safeParse({ ...pool, id });
  if (!parsed.success) return null;
  const patch: PatchOp[] = [
    { op: 'add', path: pointer('simulation', 'resources', model.simulation.resources.length), value: parsed.data },
  ];
  for (const nodeId of new Set(assign)) {
    const index = model.nodes.findIndex((n) => n.id === nodeId);
    if (index < 0) return null;
    patch.push(resourceOp(model.nodes[index], index, id));
  }
  return createEdit(model, patch, `Add ${poolPhrase(parsed.data)}`);
}

export interface SetPoolPropsArgs {
  id: string;
  /** Fields to change; undefined removes an optional one (calendar, lane). */
  props: Partial<Omit<Resource, 'id'>>;
}

/** Changes fields of a pool ("Set capacity of pool 'Clerks'"). Null when nothing changes or a value is invalid. */
export function setPoolProps(model: ProcessModel, { id, props }: SetPoolPropsArgs): Edit | null {
  const index = model.simulation.resources.findIndex((r) => r.id === id);
  if (index < 0) return null;
  const pool = model.simulation.resources[index] as Record<string, unknown>;
  const patch: PatchOp[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (key === 'id' || !Object.hasOwn(resourceSchema.shape, key)) return null;
    if (sameValue(pool[key], value)) continue;
    const path = pointer('simulation', 'resources', index, key);
    if (value === undefined) patch.push({ op: 'remove', path });
    else patch.push({ op: pool[key] === undefined ? 'add' : 'replace', path, value: withoutUndefined(value) });
  }
  if (patch.length === 0) return null;
  if (props.lane !== undefined && !model.lanes.some((l) => l.id === props.lane)) return null;
  const { model: next, inverse } = applyPatchWithInverse(model, patch);
  if (!conformsExactly(resourceSchema, next.simulation.resources[index])) return null;
  const keys = Object.keys(props).filter((key) => !sameValue(pool[key], props[key as keyof typeof props]));
  const what = keys.length === 1 ? `Set ${propertyPhrase(keys[0])} of` : 'Edit';
  return { patch, inverse, label: `${what} ${poolPhrase(model.simulation.resources[index])}` };
}

export interface DeletePoolArgs {
  id: string;
  /** The pool that takes over the deleted pool's tasks; when absent they are left without a pool. */
  reassignTo?: string;
}

/** Sets or removes a node's `sim.resource`. */
function resourceOp(node: FlowNode, index: number, poolId: string | undefined): PatchOp {
  if (poolId === undefined) return { op: 'remove', path: pointer('nodes', index, 'sim', 'resource') };
  if (node.sim === undefined) return { op: 'add', path: pointer('nodes', index, 'sim'), value: { resource: poolId } };
  const op = node.sim.resource === undefined ? 'add' : 'replace';
  return { op, path: pointer('nodes', index, 'sim', 'resource'), value: poolId };
}

const poolOverride = /^\/simulation\/resources\/(\d+)(\/.*)?$/;

/**
 * Deletes a pool ("Delete pool 'Clerks'"); its tasks move to `reassignTo` or lose their pool. Scenario
 * overrides of the deleted pool are dropped and those of later pools follow their pool's new position.
 * Null when either pool does not exist or both are the same.
 */
export function deletePool(model: ProcessModel, { id, reassignTo }: DeletePoolArgs): Edit | null {
  const pools = model.simulation.resources;
  const index = pools.findIndex((r) => r.id === id);
  if (index < 0 || reassignTo === id) return null;
  if (reassignTo !== undefined && !pools.some((r) => r.id === reassignTo)) return null;
  const patch: PatchOp[] = [];
  model.nodes.forEach((node, i) => {
    if (node.sim?.resource === id) patch.push(resourceOp(node, i, reassignTo));
  });
  model.scenarios.forEach((scenario, s) => {
    const overrides = scenario.overrides.flatMap((o) => {
      const match = poolOverride.exec(o.path);
      if (!match || Number(match[1]) < index) return [o];
      if (Number(match[1]) === index) return [];
      return [{ ...o, path: `/simulation/resources/${Number(match[1]) - 1}${match[2] ?? ''}` }];
    });
    if (!sameValue(overrides, scenario.overrides))
      patch.push({ op: 'replace', path: pointer('scenarios', s, 'overrides'), value: overrides });
  });
  patch.push({ op: 'remove', path: pointer('simulation', 'resources', index) });
  return createEdit(model, patch, `Delete ${poolPhrase(pools[index])}`);
}
