import { addParticipant, participantsOf, poolLayout, type ProcessModel } from '../../shared/model';
import type { Point } from '../../shared/model/geometry';
import { laneFrame } from '../canvas/laneBands';
import type { Insertion } from './insertion';

const snap = (value: number) => Math.round(value / 10) * 10;

/** The top of everything drawn at the top level (shapes, lanes, pools), or undefined on an empty map. */
function mapTop(model: ProcessModel): number | undefined {
  const tops = [
    ...model.nodes.filter((n) => n.parent === undefined).map((n) => n.y),
    ...laneFrame(model, (n) => n).bands.map((b) => b.y),
    ...participantsOf(model).flatMap((p) => (p.y === undefined ? [] : [p.y])),
  ];
  return tops.length ? Math.min(...tops) : undefined;
}

/**
 * The step that adds another party's pool: where it was dropped, or (from a click) above everything drawn, as a
 * customer's or supplier's pool usually sits. Pools belong to the top level, not inside a sub-process.
 */
export function poolInsertion(model: ProcessModel, at: Point | undefined, scope: string | null): Insertion {
  if (scope !== null) return { refusal: 'Pools sit beside the process itself: leave the sub-process to add one.' };
  const height = poolLayout.height;
  const top = mapTop(model);
  const y = at ? snap(at.y - height / 2) : top === undefined ? 0 : snap(top - poolLayout.gap - height);
  const name = `Pool ${participantsOf(model).length + 1}`;
  return { steps: [(m) => addParticipant(m, { name, y, height })] };
}
