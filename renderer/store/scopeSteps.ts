import { setProperty } from '../../shared/model';
import { composeEdits, type EditStep } from './composeEdits';

/**
 * Steps that put the nodes the previous steps created at the top level into the sub-process the canvas shows
 * (none at the top level): a paste or duplicate lands where the user is looking.
 */
export function createdIntoScope(scope: string | null): EditStep[] {
  if (scope === null) return [];
  return [
    (model, before) => {
      const created = new Set(before.flatMap((edit) => edit.created ?? []));
      const loose = model.nodes.filter((n) => created.has(n.id) && n.parent === undefined);
      const steps: EditStep[] = loose.map(
        (node) => (m) => setProperty(m, { target: { kind: 'node', id: node.id }, path: 'parent', value: scope }),
      );
      return composeEdits(model, steps)?.edit ?? null;
    },
  ];
}
