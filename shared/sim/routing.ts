import type { Variables } from '../expr';
import type { NetFlow, NetNode } from './network';
import type { Random } from './random';

/**
 * The flow an exclusive gateway takes, or -1 for no route. A case with data, at a gateway with conditions, takes
 * the first flow in map order whose condition is true (a flow without a condition counts as true), else the default.
 * Otherwise the flows' probabilities decide.
 */
export function chooseExclusive(node: NetNode, flows: NetFlow[], record: Variables | null, random: Random): number {
  const out = node.out;
  if (record !== null && node.conditional) {
    for (let i = 0; i < out.length; i++) {
      const flow = flows[out[i]];
      if (flow.isDefault) continue;
      if (flow.condition === null || flow.condition.isTrue(record)) return flow.index;
    }
    return node.defaultFlow;
  }
  const shares = node.shares!;
  const u = random.next();
  let cumulative = 0;
  let last = -1;
  for (let i = 0; i < out.length; i++) {
    if (shares[i] <= 0) continue;
    cumulative += shares[i];
    last = out[i];
    if (u < cumulative) return last;
  }
  return last; // rounding: the sum fell just short of u
}

/**
 * The flows an inclusive gateway takes (into `taken`; empty for no route): with data and conditions, every flow
 * whose condition is true; otherwise each flow by its own probability (a flow without one is always taken).
 * The default flow is taken only when no other is.
 */
export function chooseInclusive(node: NetNode, flows: NetFlow[], record: Variables | null, random: Random, taken: number[]): void {
  taken.length = 0;
  const byCondition = record !== null && node.conditional;
  for (const f of node.out) {
    const flow = flows[f];
    if (flow.isDefault) continue;
    const take = byCondition
      ? flow.condition === null || flow.condition.isTrue(record)
      : flow.probability === undefined || random.next() < flow.probability;
    if (take) taken.push(f);
  }
  if (taken.length === 0 && node.defaultFlow >= 0) taken.push(node.defaultFlow);
}
