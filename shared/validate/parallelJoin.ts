import type { FlowNode } from '../model';
import { problem, type Problem } from './catalogue';
import { nodeLabel } from './describe';
import { entries, type ModelIndex } from './modelIndex';

/** Node types that, as a merge, pass every arriving branch straight on instead of waiting for the others. */
const passThroughMerges = new Set<FlowNode['type']>(['exclusiveGateway', 'task', 'subProcess', 'intermediateEvent']);
const splitMarker = -1;

/**
 * Traces the branches of one parallel split breadth-first, each node owned by the branch that reaches it first.
 * Nodes with several incoming flows are expanded only when nothing else is left, so that branches meet there before
 * any one of them runs on past it. Where two branches not yet merged meet is a first meeting point. End events are
 * not traced (nothing follows them). The trace stops once no two branches can still meet: all have merged, or only
 * one is still moving and no other owns a node with several incoming flows it could come to. So it stays within the
 * split's own block, and a branch that ends on its own does not make the other explore the rest of the map.
 */
function firstMeetings(index: ModelIndex, split: FlowNode): string[] {
  const branches = entries(index.successors, split.id);
  const merged = branches.map((_, i) => i);
  const group = (branch: number): number => {
    while (merged[branch] !== branch) branch = merged[branch] = merged[merged[branch]];
    return branch;
  };
  const frontier = branches.map(() => 0);
  const ownsMerge = branches.map(() => false);
  const owner = new Map<string, number>([[split.id, splitMarker]]);
  let queue: string[] = [];
  let held: string[] = [];
  const meetings: string[] = [];
  let groups = branches.length;

  const arrive = (nodeId: string, branch: number) => {
    if (index.nodeById.get(nodeId)!.type === 'endEvent') return;
    const first = owner.get(nodeId);
    if (first === undefined) {
      owner.set(nodeId, branch);
      frontier[branch]++;
      const isMerge = entries(index.predecessors, nodeId).length > 1;
      ownsMerge[branch] ||= isMerge;
      (isMerge ? held : queue).push(nodeId);
    } else if (first !== splitMarker && group(first) !== group(branch)) {
      merged[group(first)] = group(branch);
      groups--;
      meetings.push(nodeId);
    }
  };
  const canStillMeet = () => {
    const moving = new Set<number>();
    const waiting = new Set<number>();
    branches.forEach((_, branch) => {
      if (frontier[branch] > 0) moving.add(group(branch));
      else if (ownsMerge[branch]) waiting.add(group(branch));
    });
    return moving.size > 1 || (moving.size === 1 && [...waiting].some((g) => !moving.has(g)));
  };

  branches.forEach((target, branch) => arrive(target, branch));
  let active = groups > 1 && canStillMeet();
  let next = 0;
  while (active) {
    if (next === queue.length) {
      if (held.length === 0) break;
      [queue, held, next] = [held, [], 0];
    }
    const nodeId = queue[next++];
    const branch = owner.get(nodeId)!;
    const groupsBefore = groups;
    for (const to of entries(index.successors, nodeId)) arrive(to, branch);
    for (const boundary of entries(index.boundariesByHost, nodeId)) arrive(boundary.id, branch);
    if (--frontier[branch] === 0 || groups !== groupsBefore) active = groups > 1 && canStillMeet();
  }
  return meetings;
}

/** FW_V_PARALLEL_EXCLUSIVE_JOIN: parallel splits whose branches first meet where nothing waits for them. */
export function parallelJoinProblems(index: ModelIndex): Problem[] {
  const problems: Problem[] = [];
  for (const split of index.model.nodes) {
    if (split.type !== 'parallelGateway' || entries(index.successors, split.id).length < 2) continue;
    if (index.nodeById.get(split.id) !== split) continue;
    for (const meetingId of new Set(firstMeetings(index, split))) {
      const meeting = index.nodeById.get(meetingId)!;
      if (!passThroughMerges.has(meeting.type)) continue;
      problems.push(
        problem(
          'FW_V_PARALLEL_EXCLUSIVE_JOIN',
          `The branches of ${nodeLabel(split)} first meet at ${nodeLabel(meeting)}, which does not wait for them: it ` +
            'and everything after it run once per branch; join them with a parallel gateway',
          meeting.id,
        ),
      );
    }
  }
  return problems;
}
