import type { Variables } from '../expr';
import { Kind, type NetFlow, type NetNode } from './network';
import type { Random } from './random';
import { shownValue } from './fieldChecks';

/** Counts the FEEL conditions evaluated (the collector). */
export interface ConditionCounter {
  conditions: number;
}

/**
 * The flow an exclusive gateway takes, or -1 for no route. A case with data, at a gateway with conditions, takes
 * the first flow in map order whose condition is true (a flow without a condition counts as true), else the default.
 * Otherwise the flows' probabilities decide.
 */
export function chooseExclusive(
  node: NetNode,
  flows: NetFlow[],
  record: Variables | null,
  random: Random,
  counter: ConditionCounter,
): number {
  const out = node.out;
  if (record !== null && node.conditional) {
    for (let i = 0; i < out.length; i++) {
      const flow = flows[out[i]];
      if (flow.isDefault) continue;
      if (flow.condition === null) return flow.index;
      counter.conditions++;
      if (flow.condition.isTrue(record)) return flow.index;
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
export function chooseInclusive(
  node: NetNode,
  flows: NetFlow[],
  record: Variables | null,
  random: Random,
  taken: number[],
  counter: ConditionCounter,
): void {
  taken.length = 0;
  const byCondition = record !== null && node.conditional;
  for (const f of node.out) {
    const flow = flows[f];
    if (flow.isDefault) continue;
    if (byCondition && flow.condition !== null) counter.conditions++;
    const take = byCondition
      ? flow.condition === null || flow.condition.isTrue(record)
      : flow.probability === undefined || random.next() < flow.probability;
    if (take) taken.push(f);
  }
  if (taken.length === 0 && node.defaultFlow >= 0) taken.push(node.defaultFlow);
}

/**
 * Why a case found no route, in words: the group's message, or with `withValues` the values of the fields the
 * gateway's conditions read ("no condition matched amount = -5 and no default flow").
 */
export function noRouteMessage(node: NetNode, record: Variables | null, withValues: boolean): string {
  if (record === null || !node.conditional)
    return node.kind === Kind.inclusive
      ? 'no flow of the inclusive gateway was taken and there is no default flow'
      : 'no condition matched and no default flow';
  if (!withValues || node.routeFields.length === 0) return 'no condition matched and no default flow';
  const values = node.routeFields.map((name) => `${name} = ${shownValue(record[name])}`).join(', ');
  return `no condition matched ${values} and no default flow`;
}
