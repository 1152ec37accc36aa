import { pointer, type PatchOp } from '../patch';
import type { ProcessModel } from '../schema';
import { createEdit, findElement, listKey, type Edit, type ElementRef } from './edit';
import { elementPhrase, quoted } from './labels';

/** What to rename: a node, flow or lane by id, or the process itself. */
export type RenameTarget = ElementRef | { kind: 'process' };

export interface RenameArgs {
  target: RenameTarget;
  name: string;
}

function renameProcess(model: ProcessModel, name: string): Edit | null {
  if (model.name === name) return null;
  const label = name ? `Rename the process to ${quoted(name)}` : 'Clear the name of the process';
  return createEdit(model, [{ op: 'replace', path: '/name', value: name }], label);
}

/**
 * Renames an element or the process ("Rename 'Review' to 'Review request'"); an empty name clears it.
 * Null when the element does not exist or the name is unchanged.
 */
export function rename(model: ProcessModel, { target, name }: RenameArgs): Edit | null {
  if (target.kind === 'process') return renameProcess(model, name);
  const found = findElement(model, target);
  if (!found) return null;
  const current = (found.element as { name?: string }).name;
  if ((current ?? '') === name) return null;
  const path = pointer(listKey[target.kind], found.index, 'name');
  // A flow's name is optional: clearing it removes the key; nodes and lanes always have one.
  const op: PatchOp =
    target.kind === 'flow' && name === ''
      ? { op: 'remove', path }
      : { op: current === undefined ? 'add' : 'replace', path, value: name };
  const before = elementPhrase(model, target.kind, target.id);
  const label = name ? `Rename ${before} to ${quoted(name)}` : `Clear the name of ${before}`;
  return createEdit(model, [op, ...lanePoolRenames(model, target, current ?? '', name)], label);
}

/**
 * A pool linked to a lane and still named after it (as "Create a pool for this lane" names it) follows the lane's
 * new name in the same step, so that a lane added as "Lane 2" and then named "Clerks" gives a pool "Clerks".
 */
function lanePoolRenames(model: ProcessModel, target: RenameTarget, current: string, name: string): PatchOp[] {
  if (target.kind !== 'lane' || name.trim() === '') return [];
  return model.simulation.resources.flatMap((pool, index) =>
    pool.lane === target.id && pool.name.trim() === current.trim()
      ? [{ op: 'replace' as const, path: pointer('simulation', 'resources', index, 'name'), value: name.trim() }]
      : [],
  );
}
