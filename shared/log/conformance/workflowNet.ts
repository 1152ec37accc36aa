import type { Flow, FlowNode, ProcessModel } from '../../model/schema';
import { isDataNode } from '../../model/dataElements';
import { inclusiveBlocks } from './inclusiveBlocks';

/** A transition of the net: visible ones carry the activity name they stand for (trimmed, lower case). */
export interface NetTransition {
  label: string | null;
  /** The map node the transition comes from: where its missing tokens are reported. */
  nodeId: string;
  inputs: number[];
  outputs: number[];
  /** A terminate end event: firing it ends the case, so tokens left elsewhere are dropped, not counted. */
  terminates?: boolean;
}

/** A workflow net translated from a map: one source place, one sink place, transitions over places. */
export interface WorkflowNet {
  places: number;
  /** The node each place stands before: where a token left in it is reported (null: the sink). */
  placeNode: (string | null)[];
  source: number;
  sink: number;
  transitions: NetTransition[];
  /** Visible transitions by label. */
  byLabel: Map<string, number[]>;
}

/** How map names and log activities are compared: trimmed and without case. */
export const activityKey = (name: string): string => name.trim().toLowerCase();

// What a case runs through; annotations and data stand beside the flow.
const controlNodes = (node: FlowNode) => node.type !== 'annotation' && !isDataNode(node);

/** Non-empty subsets of `items`, largest first; beyond a few items only each one alone and all together. */
function subsets<T>(items: T[]): T[][] {
  if (items.length > 4) return [items, ...items.map((item) => [item])];
  const all: T[][] = [];
  for (let mask = (1 << items.length) - 1; mask > 0; mask--) all.push(items.filter((_, i) => mask & (1 << i)));
  return all.sort((a, b) => b.length - a.length);
}

/**
 * Translates a map into a workflow net for token replay. Tasks (and sub-processes, by their name) are visible
 * transitions; events and gateways are silent: an exclusive or event-based gateway is a place with one silent
 * transition per branch, a parallel gateway one silent transition; an inclusive split and the join closing its
 * block as a parallel pair whose branches may each be skipped, other inclusive gateways one silent transition per
 * subset of their branches (a conservative reading of the join); a boundary event is a silent path that skips its activity.
 * An expanded sub-process is entered and left by silent transitions around its inside.
 */
export function toWorkflowNet(model: ProcessModel): WorkflowNet {
  const nodes = model.nodes.filter(controlNodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const flows = model.flows.filter((f) => byId.has(f.source) && byId.has(f.target) && f.source !== f.target);
  const incoming = new Map<string, Flow[]>();
  const outgoing = new Map<string, Flow[]>();
  for (const flow of flows) {
    incoming.set(flow.target, [...(incoming.get(flow.target) ?? []), flow]);
    outgoing.set(flow.source, [...(outgoing.get(flow.source) ?? []), flow]);
  }
  const placeNode: (string | null)[] = [];
  const place = (node: string | null) => placeNode.push(node) - 1;
  const transitions: NetTransition[] = [];
  const add = (t: NetTransition) => transitions.push(t);

  const flowPlace = new Map(flows.map((f) => [f.id, place(f.target)]));
  const scopeOf = (n: FlowNode) =>
    n.parent !== undefined && byId.get(n.parent)?.type === 'subProcess' ? n.parent : '';
  const hasChildren = new Set(nodes.map(scopeOf).filter((s) => s !== ''));
  // Each scope (the process, an expanded sub-process) has an entry and an exit place.
  const source = place(nodes.find((n) => n.type === 'startEvent' && scopeOf(n) === '')?.id ?? null);
  const sink = place(null);
  const entry = new Map<string, number>([['', source]]);
  const exit = new Map<string, number>([['', sink]]);
  for (const id of hasChildren) {
    entry.set(id, place(id));
    exit.set(id, place(id));
  }

  // A node's single input place: its one incoming flow, or a place its incoming flows merge into (XOR merge).
  const inputPlace = new Map<string, number>();
  for (const node of nodes) {
    if (node.type === 'boundaryEvent') continue;
    const ins = incoming.get(node.id) ?? [];
    if (ins.length === 0) inputPlace.set(node.id, entry.get(scopeOf(node))!);
    else if (ins.length === 1) inputPlace.set(node.id, flowPlace.get(ins[0].id)!);
    else if (node.type !== 'parallelGateway' && node.type !== 'inclusiveGateway') {
      const merged = place(node.id);
      inputPlace.set(node.id, merged);
      for (const flow of ins)
        add({ label: null, nodeId: node.id, inputs: [flowPlace.get(flow.id)!], outputs: [merged] });
    }
  }
  const outs = (node: FlowNode) => {
    const list = (outgoing.get(node.id) ?? []).map((f) => flowPlace.get(f.id)!);
    return list.length > 0 ? list : [exit.get(scopeOf(node))!];
  };
  const blocks = inclusiveBlocks(nodes, incoming, outgoing);
  const closing = new Set([...blocks.values()].map((b) => b.joinId));
  const ins = (node: FlowNode) => (incoming.get(node.id) ?? []).map((f) => flowPlace.get(f.id)!);

  for (const node of nodes) {
    const input = inputPlace.get(node.id);
    switch (node.type) {
      case 'task':
      case 'subProcess': {
        const label = activityKey(node.name) || null;
        if (hasChildren.has(node.id)) {
          add({ label: null, nodeId: node.id, inputs: [input!], outputs: [entry.get(node.id)!] });
          add({ label: null, nodeId: node.id, inputs: [exit.get(node.id)!], outputs: outs(node) });
          // A log may also record the whole sub-process as one activity.
          if (label) add({ label, nodeId: node.id, inputs: [input!], outputs: outs(node) });
        } else add({ label, nodeId: node.id, inputs: [input!], outputs: outs(node) });
        break;
      }
      case 'exclusiveGateway':
      case 'eventBasedGateway':
        for (const out of outs(node)) add({ label: null, nodeId: node.id, inputs: [input!], outputs: [out] });
        break;
      case 'parallelGateway': {
        const from = ins(node);
        add({ label: null, nodeId: node.id, inputs: from.length > 0 ? from : [input!], outputs: outs(node) });
        break;
      }
      case 'inclusiveGateway': {
        const block = blocks.get(node.id);
        if (block) {
          // A structured block: all branches start, and each may be skipped straight to the join.
          add({ label: null, nodeId: node.id, inputs: [input!], outputs: outs(node) });
          for (const [out, arrival] of block.arrivals)
            if (out !== arrival)
              add({ label: null, nodeId: node.id, inputs: [flowPlace.get(out)!], outputs: [flowPlace.get(arrival)!] });
          break;
        }
        const from = ins(node);
        if (closing.has(node.id)) {
          add({ label: null, nodeId: node.id, inputs: from, outputs: outs(node) });
          break;
        }
        const joins = from.length > 1 ? subsets(from) : [from.length > 0 ? from : [input!]];
        const splits = subsets(outs(node));
        for (const inputs of joins)
          for (const outputs of splits) add({ label: null, nodeId: node.id, inputs, outputs });
        break;
      }
      case 'boundaryEvent': {
        const host = node.attachedTo === undefined ? undefined : byId.get(node.attachedTo);
        const hostInput = host && inputPlace.get(host.id);
        if (hostInput === undefined) break;
        // Interrupting: the activity is cut short and left out of the log; not interrupting: it also goes on.
        const keep = node.interrupting === false ? [hostInput] : [];
        add({ label: null, nodeId: node.id, inputs: [hostInput], outputs: [...keep, ...outs(node)] });
        break;
      }
      case 'endEvent':
        add({
          label: null,
          nodeId: node.id,
          inputs: [input!],
          outputs: [exit.get(scopeOf(node))!],
          terminates: node.eventType === 'terminate' && scopeOf(node) === '',
        });
        break;
      default: // start and intermediate events pass their token on
        add({ label: null, nodeId: node.id, inputs: [input!], outputs: outs(node) });
    }
  }
  const byLabel = new Map<string, number[]>();
  transitions.forEach((t, i) => {
    if (t.label !== null) byLabel.set(t.label, [...(byLabel.get(t.label) ?? []), i]);
  });
  return { places: placeNode.length, placeNode, source, sink, transitions, byLabel };
}
