import type { FlowNode } from '../model';
import { problem, type Problem } from './catalogue';
import { nodeLabel, sentence } from './describe';
import { entries, levelOf, type ModelIndex } from './modelIndex';

/** Ids reached from the seeds by `next`, each visited once. */
function reach(seeds: readonly string[], next: (id: string, visit: (to: string) => void) => void): Set<string> {
  const reached = new Set<string>(seeds);
  const stack = [...reached];
  const visit = (to: string) => {
    if (reached.has(to)) return;
    reached.add(to);
    stack.push(to);
  };
  while (stack.length > 0) next(stack.pop()!, visit);
  return reached;
}

function idsOfType(nodes: readonly FlowNode[], type: FlowNode['type']): string[] {
  return nodes.filter((node) => node.type === type).map((node) => node.id);
}

/**
 * FW_V_UNREACHABLE and FW_V_DEAD_END, each level on its own (flows never cross levels; crossing ones are reported
 * elsewhere). A level without start (end) events is not checked for reachability (dead ends): FW_V_NO_START
 * (FW_V_NO_END) already says so, once.
 */
export function reachabilityProblems(index: ModelIndex): Problem[] {
  const nodes = index.model.nodes;
  // Boundary events are reached through their activity, but an activity does not finish through its boundary
  // events: its own outgoing flows must lead on, so backward reach ignores the attachment.
  const fromStart = reach(idsOfType(nodes, 'startEvent'), (id, visit) => {
    for (const to of entries(index.successors, id)) visit(to);
    for (const boundary of entries(index.boundariesByHost, id)) visit(boundary.id);
  });
  const toEnd = reach(idsOfType(nodes, 'endEvent'), (id, visit) => {
    for (const from of entries(index.predecessors, id)) visit(from);
  });
  const levelsWithStart = new Set(nodes.filter((node) => node.type === 'startEvent').map(levelOf));
  const levelsWithEnd = new Set(nodes.filter((node) => node.type === 'endEvent').map(levelOf));

  const problems: Problem[] = [];
  for (const node of nodes) {
    if (node.type === 'annotation') continue;
    const level = levelOf(node);
    if (levelsWithStart.has(level) && !fromStart.has(node.id))
      problems.push(
        problem('FW_V_UNREACHABLE', `${sentence(nodeLabel(node))} cannot be reached from a start event`, node.id),
      );
    if (levelsWithEnd.has(level) && !toEnd.has(node.id))
      problems.push(problem('FW_V_DEAD_END', `${sentence(nodeLabel(node))} cannot reach an end event`, node.id));
  }
  return problems;
}
