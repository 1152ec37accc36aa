import type { FlowNode } from '../model';
import { problem, type Problem } from './catalogue';
import { flowLabel, nodeKindLabel, nodeLabel, quotedName, sentence } from './describe';
import { levelOf, topLevel, type ModelIndex } from './modelIndex';

/** How messages name a level: "the process" or "'Check'" (the sub-process's label). */
export function levelLabel(index: ModelIndex, level: string): string {
  if (level === topLevel) return 'the process';
  const container = index.nodeById.get(level);
  return container ? nodeLabel(container) : `a missing sub-process ${quotedName(level)}`;
}

/** FW_V_FLOW_MISSING_NODE and FW_V_FLOW_CROSSES_SUBPROCESS: flows whose ends are missing or at different levels. */
export function flowEndProblems(index: ModelIndex): Problem[] {
  const problems: Problem[] = [];
  for (const flow of index.model.flows) {
    const source = index.nodeById.get(flow.source);
    const target = index.nodeById.get(flow.target);
    if (!source || !target) {
      const why = !source && !target ? 'neither of its ends exists' : 'one of its ends does not exist';
      problems.push(
        problem(
          'FW_V_FLOW_MISSING_NODE',
          `${sentence(flowLabel(flow, index.nodeById))} cannot be followed: ${why}`,
          flow.id,
        ),
      );
    } else if (levelOf(source) !== levelOf(target)) {
      problems.push(
        problem(
          'FW_V_FLOW_CROSSES_SUBPROCESS',
          `${sentence(flowLabel(flow, index.nodeById))} goes from ${levelLabel(index, levelOf(source))} into ` +
            `${levelLabel(index, levelOf(target))}; a flow cannot cross a sub-process border`,
          flow.id,
        ),
      );
    }
  }
  return problems;
}

/** FW_V_LANE_MISSING: nodes placed in a lane the map does not have. */
export function laneProblems({ model }: ModelIndex): Problem[] {
  const laneIds = new Set(model.lanes.map((lane) => lane.id));
  return model.nodes
    .filter((node) => node.lane !== undefined && !laneIds.has(node.lane))
    .map((node) =>
      problem(
        'FW_V_LANE_MISSING',
        `${sentence(nodeLabel(node))} is in a lane that does not exist (${quotedName(node.lane!)})`,
        node.id,
      ),
    );
}

/** FW_V_PARENT_MISSING: nodes whose parent is missing or not a sub-process. */
export function parentProblems(index: ModelIndex): Problem[] {
  const problems: Problem[] = [];
  for (const node of index.model.nodes) {
    if (node.parent === undefined) continue;
    const parent = index.nodeById.get(node.parent);
    if (!parent)
      problems.push(
        problem(
          'FW_V_PARENT_MISSING',
          `${sentence(nodeLabel(node))} is inside a sub-process that does not exist (${quotedName(node.parent)})`,
          node.id,
        ),
      );
    else if (parent.type !== 'subProcess')
      problems.push(
        problem(
          'FW_V_PARENT_MISSING',
          `${sentence(nodeLabel(node))} is inside ${nodeKindLabel(parent)}, which is not a sub-process`,
          node.id,
        ),
      );
  }
  return problems;
}

/** FW_V_PARENT_CYCLE: sub-processes that contain themselves through their parents; linear in the number of nodes. */
export function parentCycleProblems(index: ModelIndex): Problem[] {
  const parentOf = (node: FlowNode): FlowNode | undefined => {
    const parent = node.parent === undefined ? undefined : index.nodeById.get(node.parent);
    return parent?.type === 'subProcess' ? parent : undefined;
  };
  const state = new Map<string, 'walking' | 'done'>();
  const onCycle = new Set<string>();
  for (const start of index.model.nodes) {
    if (start.type !== 'subProcess') continue;
    const path: FlowNode[] = [];
    let current: FlowNode | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, 'walking');
      path.push(current);
      current = parentOf(current);
    }
    if (current && state.get(current.id) === 'walking')
      for (const member of path.slice(path.indexOf(current))) onCycle.add(member.id);
    for (const member of path) state.set(member.id, 'done');
  }
  return index.model.nodes
    .filter((node) => onCycle.has(node.id) && index.nodeById.get(node.id) === node)
    .map((node) =>
      problem(
        'FW_V_PARENT_CYCLE',
        `${sentence(nodeLabel(node))} is nested inside itself through its parent sub-processes`,
        node.id,
      ),
    );
}

/** FW_V_BOUNDARY_HOST: boundary events attached to nothing, to a missing node or to a non-activity. */
export function boundaryHostProblems(index: ModelIndex): Problem[] {
  const problems: Problem[] = [];
  for (const node of index.model.nodes) {
    if (node.type !== 'boundaryEvent') continue;
    const subject = sentence(nodeLabel(node));
    const host = node.attachedTo === undefined ? undefined : index.nodeById.get(node.attachedTo);
    let trouble: string | undefined;
    if (node.attachedTo === undefined) trouble = 'is attached to nothing';
    else if (!host) trouble = `is attached to a node that does not exist (${quotedName(node.attachedTo)})`;
    else if (host.type !== 'task' && host.type !== 'subProcess')
      trouble = `is attached to ${nodeKindLabel(host)}; boundary events attach to tasks and sub-processes`;
    else if (levelOf(host) !== levelOf(node))
      trouble = `lies in ${levelLabel(index, levelOf(node))} but its activity ${nodeLabel(host)} lies in ${levelLabel(index, levelOf(host))}`;
    if (trouble) problems.push(problem('FW_V_BOUNDARY_HOST', `${subject} ${trouble}`, node.id));
  }
  return problems;
}
