import { idAllocator, idPrefix } from '../ids';
import { pointer, type PatchOp } from '../patch';
import type { Flow, FlowNode, ProcessModel } from '../schema';
import { withDependents } from './dependents';
import { createEdit, type Edit } from './edit';
import { countPhrase, nodePhrase } from './labels';

/** Nodes and flows cut out of a model, as held on the clipboard. */
export interface ModelFragment {
  nodes: readonly FlowNode[];
  flows: readonly Flow[];
}

/** The selected nodes with their boundary events and sub-process contents, and every flow among them. */
export function copyFragment(model: ProcessModel, ids: readonly string[]): ModelFragment {
  const nodeIds = withDependents(model, ids);
  return {
    nodes: model.nodes.filter((node) => nodeIds.has(node.id)),
    flows: model.flows.filter((flow) => nodeIds.has(flow.source) && nodeIds.has(flow.target)),
  };
}

export interface PasteArgs {
  fragment: ModelFragment;
  /** Added to every pasted position; none by default. */
  offset?: { dx: number; dy: number };
}

/** The fragment's nodes, each id once, without boundary events whose host is not in it (they cannot stand alone). */
function pastableNodes(fragment: ModelFragment): FlowNode[] {
  const seen = new Set<string>();
  let nodes = fragment.nodes.filter((node) => !seen.has(node.id) && seen.add(node.id));
  for (;;) {
    const ids = new Set(nodes.map((node) => node.id));
    const kept = nodes.filter((node) => node.attachedTo === undefined || ids.has(node.attachedTo));
    if (kept.length === nodes.length) return nodes;
    nodes = kept;
  }
}

function pasteEdit(model: ProcessModel, fragment: ModelFragment, offset: { dx: number; dy: number }, verb: string) {
  if (!Number.isFinite(offset.dx) || !Number.isFinite(offset.dy)) return null;
  const nextId = idAllocator(model);
  const nodes = pastableNodes(fragment);
  const ids = new Map(nodes.map((node) => [node.id, nextId(idPrefix(node.type))]));
  const laneIds = new Set(model.lanes.map((lane) => lane.id));
  const patch: PatchOp[] = [];
  for (const { lane, parent, attachedTo, ...node } of nodes) {
    const pasted: FlowNode = { ...node, id: ids.get(node.id) as string, x: node.x + offset.dx, y: node.y + offset.dy };
    // A lane of another map, or a parent left behind, is dropped rather than left dangling.
    if (lane !== undefined && laneIds.has(lane)) pasted.lane = lane;
    if (parent !== undefined && ids.has(parent)) pasted.parent = ids.get(parent);
    if (attachedTo !== undefined) pasted.attachedTo = ids.get(attachedTo);
    patch.push({ op: 'add', path: pointer('nodes', '-'), value: pasted });
  }
  const flowIds: string[] = [];
  const pairs = new Set<string>();
  for (const flow of fragment.flows) {
    const source = ids.get(flow.source);
    const target = ids.get(flow.target);
    if (!source || !target || source === target || pairs.has(`${source}\n${target}`)) continue;
    pairs.add(`${source}\n${target}`);
    const id = nextId('flow');
    flowIds.push(id);
    const pasted: Flow = { ...flow, id, source, target };
    if (flow.waypoints) pasted.waypoints = flow.waypoints.map((p) => ({ x: p.x + offset.dx, y: p.y + offset.dy }));
    patch.push({ op: 'add', path: pointer('flows', '-'), value: pasted });
  }
  const label = nodes.length === 1 ? `${verb} ${nodePhrase(nodes[0])}` : `${verb} ${countPhrase(nodes.length)}`;
  return createEdit(model, patch, label, [...ids.values(), ...flowIds]);
}

/**
 * Inserts a fragment with fresh ids at an offset ("Paste 3 elements"): flows, parents and hosts are remapped
 * to the new ids, flows whose ends are not both in the fragment are dropped, lanes the model lacks are cleared.
 * Null when nothing can be pasted.
 */
export function paste(model: ProcessModel, { fragment, offset = { dx: 0, dy: 0 } }: PasteArgs): Edit | null {
  return pasteEdit(model, fragment, offset, 'Paste');
}

export interface DuplicateArgs {
  ids: readonly string[];
  /** Where the copy goes relative to the original. */
  offset?: { dx: number; dy: number };
}

/** Copies the selected nodes (with their dependents and the flows among them) and pastes them beside the originals. */
export function duplicate(model: ProcessModel, { ids, offset = { dx: 40, dy: 40 } }: DuplicateArgs): Edit | null {
  return pasteEdit(model, copyFragment(model, ids), offset, 'Duplicate');
}
