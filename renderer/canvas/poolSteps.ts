import { setParticipantProps, type ProcessModel } from '../../shared/model';
import { nodeSize, type Box } from '../../shared/model/geometry';
import type { EditStep } from '../store/composeEdits';
import type { Placement } from '../store/editorStore';
import { laneFrame } from './laneBands';
import { poolBoxes } from './poolProjection';

/** Where a pool's top is drawn: stored, or laid out under the map when it has no place of its own yet. */
export function poolTop(model: ProcessModel, id: string): number {
  const stored = model.participants?.find((p) => p.id === id)?.y;
  if (stored !== undefined) return stored;
  const boxes = new Map<string, Box>(
    model.nodes.filter((n) => n.parent === undefined).map((n) => [n.id, { x: n.x, y: n.y, ...nodeSize(n) }]),
  );
  const frame = laneFrame(model, (n) => n);
  const none = new Map();
  return poolBoxes({ model, selection: new Set(), dragging: none, problems: none, frame, boxes }).get(id)?.y ?? 0;
}

/**
 * Splits a finished drag into the pools moved or resized (each an edit of its place) and everything else, which
 * the usual drag commit handles. A pool keeps the height it had unless it was resized.
 */
export function poolSteps(
  model: ProcessModel,
  dropped: ReadonlyMap<string, Placement>,
): { rest: Map<string, Placement>; steps: EditStep[] } {
  const pools = new Set((model.participants ?? []).map((p) => p.id));
  const rest = new Map<string, Placement>();
  const steps: EditStep[] = [];
  for (const [id, placement] of dropped) {
    if (!pools.has(id)) {
      rest.set(id, placement);
      continue;
    }
    const height = placement.height === undefined ? {} : { height: Math.round(placement.height) };
    steps.push((m) => setParticipantProps(m, { id, props: { y: Math.round(placement.y), ...height } }));
  }
  return { rest, steps };
}
