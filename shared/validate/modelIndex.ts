import type { Flow, FlowNode, ProcessModel } from '../model';

/** The level key of the top-level process; a sub-process's level is keyed by the sub-process's id. */
export const topLevel = '';

/** The process level a node lives at: its containing sub-process, or the top level. */
export function levelOf(node: FlowNode): string {
  return node.parent ?? topLevel;
}

/** Lookups every rule needs, built once per validation so that no rule scans the map repeatedly. */
export interface ModelIndex {
  readonly model: ProcessModel;
  /** The first node with each id (duplicates are reported separately). */
  readonly nodeById: ReadonlyMap<string, FlowNode>;
  /** Every flow by source id, whether or not its target exists. */
  readonly outgoing: ReadonlyMap<string, readonly Flow[]>;
  /** Node ids a case moves on to: targets of flows whose ends both exist at the same level. */
  readonly successors: ReadonlyMap<string, readonly string[]>;
  /** The reverse of successors. */
  readonly predecessors: ReadonlyMap<string, readonly string[]>;
  /** Boundary events by the id of the activity they are attached to. */
  readonly boundariesByHost: ReadonlyMap<string, readonly FlowNode[]>;
  /** Nodes by level (see topLevel). */
  readonly nodesByLevel: ReadonlyMap<string, readonly FlowNode[]>;
}

const none: readonly never[] = [];

/** Reads a multimap entry, empty when absent. */
export function entries<T>(map: ReadonlyMap<string, readonly T[]>, key: string): readonly T[] {
  return map.get(key) ?? none;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the lookups in one pass over nodes and one over flows. */
export function buildModelIndex(model: ProcessModel): ModelIndex {
  const nodeById = new Map<string, FlowNode>();
  const boundariesByHost = new Map<string, FlowNode[]>();
  const nodesByLevel = new Map<string, FlowNode[]>();
  for (const node of model.nodes) {
    if (!nodeById.has(node.id)) nodeById.set(node.id, node);
    push(nodesByLevel, levelOf(node), node);
    if (node.type === 'boundaryEvent' && node.attachedTo !== undefined) push(boundariesByHost, node.attachedTo, node);
  }
  const outgoing = new Map<string, Flow[]>();
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const flow of model.flows) {
    push(outgoing, flow.source, flow);
    const source = nodeById.get(flow.source);
    const target = nodeById.get(flow.target);
    if (source && target && levelOf(source) === levelOf(target)) {
      push(successors, flow.source, flow.target);
      push(predecessors, flow.target, flow.source);
    }
  }
  return { model, nodeById, outgoing, successors, predecessors, boundariesByHost, nodesByLevel };
}
