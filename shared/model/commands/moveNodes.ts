import { pointer, type PatchOp } from '../patch';
import type { ProcessModel } from '../schema';
import { followersOf } from './dependents';
import { createEdit, indexById, type Edit } from './edit';
import { countPhrase, nodePhrase } from './labels';

interface Offset {
  dx: number;
  dy: number;
}

/** Either shift the given nodes by one offset, or put each named node at an absolute position. */
export type MoveNodesArgs =
  | { ids: readonly string[]; dx: number; dy: number }
  | { positions: Readonly<Record<string, { x: number; y: number }>> };

function offsetsOf(model: ProcessModel, args: MoveNodesArgs): Map<string, Offset> {
  const offsets = new Map<string, Offset>();
  if ('positions' in args) {
    const index = indexById(model.nodes);
    for (const [id, { x, y }] of Object.entries(args.positions)) {
      const i = index.get(id);
      if (i !== undefined) offsets.set(id, { dx: x - model.nodes[i].x, dy: y - model.nodes[i].y });
    }
  } else {
    for (const id of args.ids) offsets.set(id, { dx: args.dx, dy: args.dy });
  }
  return offsets;
}

/**
 * Moves nodes ("Move 'Review'", "Move 3 elements"). Boundary events and sub-process contents that are not
 * moved explicitly follow their host; bend points of flows whose two ends move by the same offset move too.
 * Null when nothing moves or a coordinate is not finite.
 */
export function moveNodes(model: ProcessModel, args: MoveNodesArgs): Edit | null {
  const explicit = offsetsOf(model, args);
  const offsets = new Map<string, Offset>();
  for (const [id, leader] of followersOf(model, explicit.keys())) offsets.set(id, explicit.get(leader) as Offset);
  const patch: PatchOp[] = [];
  for (const [i, node] of model.nodes.entries()) {
    const offset = offsets.get(node.id);
    if (!offset) continue;
    if (!Number.isFinite(node.x + offset.dx) || !Number.isFinite(node.y + offset.dy)) return null;
    if (offset.dx !== 0) patch.push({ op: 'replace', path: pointer('nodes', i, 'x'), value: node.x + offset.dx });
    if (offset.dy !== 0) patch.push({ op: 'replace', path: pointer('nodes', i, 'y'), value: node.y + offset.dy });
  }
  for (const [i, flow] of model.flows.entries()) {
    const from = offsets.get(flow.source);
    const to = offsets.get(flow.target);
    if (!flow.waypoints || !from || !to || from.dx !== to.dx || from.dy !== to.dy) continue;
    if (from.dx === 0 && from.dy === 0) continue;
    const waypoints = flow.waypoints.map((p) => ({ x: p.x + from.dx, y: p.y + from.dy }));
    patch.push({ op: 'replace', path: pointer('flows', i, 'waypoints'), value: waypoints });
  }
  const movedNodes = model.nodes.filter((node) => explicit.has(node.id));
  const label =
    movedNodes.length === 1 ? `Move ${nodePhrase(movedNodes[0])}` : `Move ${countPhrase(movedNodes.length)}`;
  return createEdit(model, patch, label);
}
