import { applyPatch, type Edit, type ProcessModel } from '../../shared/model';

/**
 * One step of a user action: a command applied to the model as the steps before it left it; it also sees
 * their edits (to find what they created).
 */
export type EditStep = (model: ProcessModel, before: readonly Edit[]) => Edit | null;

/**
 * Runs steps in order, each on the model the previous ones produced, and joins their edits into one: a drop
 * that moves nodes and puts them in a lane is one undo entry. Steps that change nothing are skipped. Returns
 * the joined edit with the model it produces.
 */
export function composeEdits(
  model: ProcessModel,
  steps: readonly EditStep[],
  label?: string,
): { edit: Edit; model: ProcessModel } | null {
  const edits: Edit[] = [];
  let current = model;
  for (const step of steps) {
    const edit = step(current, edits);
    if (!edit) continue;
    edits.push(edit);
    current = applyPatch(current, edit.patch);
  }
  if (edits.length === 0) return null;
  if (edits.length === 1) return { edit: label ? { ...edits[0], label } : edits[0], model: current };
  const created = edits.flatMap((edit) => edit.created ?? []);
  const edit: Edit = {
    patch: edits.flatMap((e) => e.patch),
    inverse: edits.toReversed().flatMap((e) => e.inverse),
    label: label ?? edits[0].label,
    ...(created.length ? { created } : {}),
  };
  return { edit, model: current };
}
