import type { Flow, FlowNode } from '../../model/schema';

/** An inclusive split whose branches all meet again at one inclusive join, each by its own incoming flow. */
export interface InclusiveBlock {
  joinId: string;
  /** For each outgoing flow of the split, the flow by which that branch enters the join. */
  arrivals: Map<string, string>;
}

/**
 * The inclusive splits of a map that open a block closed by one inclusive join (as in a structured map): each branch
 * reaches the join by exactly one of its incoming flows, and each incoming flow of the join serves one branch.
 * Such a pair replays exactly as a parallel split and join where each branch may also be skipped.
 */
export function inclusiveBlocks(
  nodes: readonly FlowNode[],
  incoming: ReadonlyMap<string, Flow[]>,
  outgoing: ReadonlyMap<string, Flow[]>,
): Map<string, InclusiveBlock> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const isJoin = (id: string) => byId.get(id)?.type === 'inclusiveGateway' && (incoming.get(id)?.length ?? 0) > 1;
  // The joins reached first from a flow, each with the flows entering it on the way.
  const arrivalsFrom = (start: Flow): Map<string, Set<string>> => {
    const found = new Map<string, Set<string>>();
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length > 0) {
      const flow = queue.shift()!;
      if (seen.has(flow.id)) continue;
      seen.add(flow.id);
      if (isJoin(flow.target)) {
        const set = found.get(flow.target) ?? new Set<string>();
        found.set(flow.target, set.add(flow.id));
      } else queue.push(...(outgoing.get(flow.target) ?? []));
    }
    return found;
  };
  const blocks = new Map<string, InclusiveBlock>();
  for (const split of nodes) {
    const outs = outgoing.get(split.id) ?? [];
    if (split.type !== 'inclusiveGateway' || outs.length < 2) continue;
    const reached = outs.map(arrivalsFrom);
    if (reached.some((r) => r.size !== 1)) continue;
    const joinId = [...reached[0].keys()][0];
    const arrivals = new Map<string, string>();
    reached.forEach((r, i) => {
      const flows = r.get(joinId);
      if (flows?.size === 1) arrivals.set(outs[i].id, [...flows][0]);
    });
    const distinct = new Set(arrivals.values());
    if (arrivals.size === outs.length && distinct.size === outs.length && incoming.get(joinId)!.length === outs.length)
      blocks.set(split.id, { joinId, arrivals });
  }
  return blocks;
}
