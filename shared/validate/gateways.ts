import type { Flow, FlowNode } from '../model';
import { problem, type Problem } from './catalogue';
import { endLabel, flowLabel, listed, nodeKindLabel, nodeLabel, sentence } from './describe';
import { entries, type ModelIndex } from './modelIndex';

const conditionalGateways = new Set<FlowNode['type']>(['exclusiveGateway', 'inclusiveGateway']);
/** Gateways whose outgoing probabilities share out one case: exactly one branch is taken. */
const oneBranchGateways = new Set<FlowNode['type']>(['exclusiveGateway', 'eventBasedGateway']);
const probabilityTolerance = 1e-6;

const hasCondition = (flow: Flow) => Boolean(flow.condition?.trim());
const hasProbability = (flow: Flow) => flow.probability !== undefined;

/** Outgoing flows of gateways of the given kinds that split (have two or more outgoing flows). */
function splits(index: ModelIndex, kinds: ReadonlySet<FlowNode['type']>): Array<[FlowNode, readonly Flow[]]> {
  const found: Array<[FlowNode, readonly Flow[]]> = [];
  for (const node of index.model.nodes) {
    const outgoing = entries(index.outgoing, node.id);
    if (kinds.has(node.type) && outgoing.length > 1 && index.nodeById.get(node.id) === node)
      found.push([node, outgoing]);
  }
  return found;
}

/**
 * FW_V_GATEWAY_ROUTING: outgoing flows of exclusive/inclusive splits with neither a condition nor the default mark.
 * Such a flow is undetermined whether or not the gateway has a default elsewhere. A split whose every flow has a
 * probability is routed by probability in simulation and is accepted.
 */
export function gatewayRoutingProblems(index: ModelIndex): Problem[] {
  const problems: Problem[] = [];
  for (const [, outgoing] of splits(index, conditionalGateways)) {
    if (outgoing.every(hasProbability)) continue;
    for (const flow of outgoing) {
      if (flow.default || hasCondition(flow)) continue;
      problems.push(
        problem(
          'FW_V_GATEWAY_ROUTING',
          `${sentence(flowLabel(flow, index.nodeById))} has no condition and is not the default flow, so nothing ` +
            'says when it is taken',
          flow.id,
        ),
      );
    }
  }
  return problems;
}

/** FW_V_MULTIPLE_DEFAULTS and FW_V_DEFAULT_NOT_GATEWAY: misplaced default marks. */
export function defaultFlowProblems(index: ModelIndex): Problem[] {
  const problems: Problem[] = [];
  for (const node of index.model.nodes) {
    if (index.nodeById.get(node.id) !== node) continue;
    const defaults = entries(index.outgoing, node.id).filter((flow) => flow.default);
    if (defaults.length > 1)
      problems.push(
        problem(
          'FW_V_MULTIPLE_DEFAULTS',
          `${sentence(nodeLabel(node))} has ${defaults.length} default flows (to ` +
            `${listed(defaults.map((f) => endLabel(index.nodeById, f.target)))}); at most one is allowed`,
          node.id,
        ),
      );
    if (defaults.length > 0 && !conditionalGateways.has(node.type))
      for (const flow of defaults)
        problems.push(
          problem(
            'FW_V_DEFAULT_NOT_GATEWAY',
            `${sentence(flowLabel(flow, index.nodeById))} is marked as default, but it starts at ${nodeKindLabel(node)}, ` +
              'not at an exclusive or inclusive gateway, so the mark has no effect',
            flow.id,
          ),
        );
  }
  return problems;
}

/** A share as people write it: 0.9 → "90 %", 1/3 → "33.33 %". */
function percentText(share: number): string {
  return `${Number((share * 100).toFixed(2)).toLocaleString('en')} %`;
}

/**
 * FW_V_PROBABILITY_SUM: exclusive and event-based splits (one branch taken) whose branch probabilities are given on
 * only some branches, or on all of them without adding up to 100 %.
 */
export function probabilitySumProblems(index: ModelIndex): Problem[] {
  const problems: Problem[] = [];
  for (const [gateway, outgoing] of splits(index, oneBranchGateways)) {
    const given = outgoing.filter(hasProbability);
    if (given.length === 0) continue;
    const sum = given.reduce((total, flow) => total + flow.probability!, 0);
    const name = nodeLabel(gateway);
    if (given.length < outgoing.length) {
      const without = outgoing
        .filter((flow) => !hasProbability(flow))
        .map((flow) => endLabel(index.nodeById, flow.target));
      const one = given.length === 1;
      problems.push(
        problem(
          'FW_V_PROBABILITY_SUM',
          `Only ${given.length} of the ${outgoing.length} branches of ${name} ${one ? 'has a' : 'have a'} ` +
            `probability (${percentText(sum)}); the ${without.length > 1 ? 'branches' : 'branch'} to ` +
            `${listed(without)} ${without.length > 1 ? 'have' : 'has'} none: give every branch one, adding up to 100 %`,
          gateway.id,
        ),
      );
    } else if (Math.abs(sum - 1) > probabilityTolerance) {
      problems.push(
        problem('FW_V_PROBABILITY_SUM', `The branches of ${name} add up to ${percentText(sum)}, not 100 %`, gateway.id),
      );
    }
  }
  return problems;
}
