import type { Point } from '../../shared/model/geometry';
import type { Placement } from './editorStore';
import { moveNodes, moveToLane, reorderLanes, setLaneProps, type ProcessModel } from '../../shared/model';
import { laneAt, laneFrame, type LaneFrame } from '../canvas/laneBands';
import type { EditStep } from './composeEdits';

/**
 * Steps that store the drawn geometry of lanes that have none yet. Bands of such lanes follow their nodes, so
 * they must be fixed before a node is dragged out of one, or the band would stretch after it.
 */
export function lanesMaterialised(model: ProcessModel, frame: LaneFrame): EditStep[] {
  return frame.bands
    .filter((band) => {
      const lane = model.lanes.find((l) => l.id === band.id);
      return lane && (lane.y === undefined || lane.height === undefined);
    })
    .map(
      (band) => (m: ProcessModel) =>
        setLaneProps(m, { id: band.id, props: { y: Math.round(band.y), height: Math.round(band.height) } }),
    );
}

/**
 * Steps that commit a drag: moved nodes go to their new positions and into the lane under their centre;
 * a dragged or resized lane is re-stacked among the others, taking its nodes along.
 */
export function dragCommitSteps(
  model: ProcessModel,
  dropped: ReadonlyMap<string, Point>,
  sizeOf: (id: string) => { width: number; height: number },
): EditStep[] {
  const frame = laneFrame(model, (n) => n);
  const laneIds = new Set(model.lanes.map((l) => l.id));
  const draggedLanes = [...dropped.keys()].filter((id) => laneIds.has(id));
  if (draggedLanes.length > 0) return restackSteps(model, frame, dropped);
  const positions: Record<string, Point> = {};
  for (const [id, p] of dropped) positions[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  // The move comes first so that it names the change; the lane bands it may leave are fixed next.
  const steps: EditStep[] = [(m) => moveNodes(m, { positions }), ...lanesMaterialised(model, frame)];
  if (frame.bands.length === 0) return steps;
  const byLane = new Map<string | undefined, string[]>();
  for (const [id, p] of dropped) {
    const node = model.nodes.find((n) => n.id === id);
    if (!node || node.parent !== undefined || node.attachedTo !== undefined) continue;
    const lane = laneAt(frame, p.y + sizeOf(id).height / 2);
    if (lane !== node.lane) byLane.set(lane, [...(byLane.get(lane) ?? []), id]);
  }
  for (const [lane, ids] of byLane) steps.push((m) => moveToLane(m, { ids, lane }));
  return steps;
}

/**
 * Orders lanes by where they were dropped and stacks them without gaps at the height they were given (a lane
 * resized at its bottom edge pushes the ones below it down), moving each lane's nodes with it.
 */
function restackSteps(model: ProcessModel, frame: LaneFrame, dropped: ReadonlyMap<string, Placement>): EditStep[] {
  const placed = frame.bands.map((band) => ({
    id: band.id,
    from: band.y,
    y: dropped.get(band.id)?.y ?? band.y,
    height: Math.round(dropped.get(band.id)?.height ?? band.height),
  }));
  const order = [...placed].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2));
  let top = Math.min(...frame.bands.map((b) => b.y));
  const steps: EditStep[] = [(m) => reorderLanes(m, { order: order.map((b) => b.id) })];
  for (const band of order) {
    const y = Math.round(top);
    const dy = y - Math.round(band.from);
    const members = model.nodes.filter((n) => n.lane === band.id && n.attachedTo === undefined).map((n) => n.id);
    steps.push((m) => setLaneProps(m, { id: band.id, props: { y, height: band.height } }));
    if (dy !== 0 && members.length) steps.push((m) => moveNodes(m, { ids: members, dx: 0, dy }));
    top += band.height;
  }
  return steps;
}
