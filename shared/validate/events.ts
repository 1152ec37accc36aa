import { problem, type Problem } from './catalogue';
import { flowLabel, sentence } from './describe';
import { entries, topLevel, type ModelIndex } from './modelIndex';
import { levelLabel } from './references';

/** The levels that must hold their own start and end events: the process and every sub-process. */
function processLevels(index: ModelIndex): string[] {
  return [topLevel, ...index.model.nodes.filter((node) => node.type === 'subProcess').map((node) => node.id)];
}

/** FW_V_NO_START and FW_V_NO_END: levels without a start event or without an end event. */
export function startEndProblems(index: ModelIndex): Problem[] {
  const problems: Problem[] = [];
  for (const level of new Set(processLevels(index))) {
    const nodes = entries(index.nodesByLevel, level);
    const where = `${sentence(levelLabel(index, level))} has`;
    const inside = level === topLevel ? '' : ' inside it';
    const elementId = level === topLevel ? undefined : level;
    if (!nodes.some((node) => node.type === 'startEvent'))
      problems.push(problem('FW_V_NO_START', `${where} no start event${inside}`, elementId));
    if (!nodes.some((node) => node.type === 'endEvent'))
      problems.push(problem('FW_V_NO_END', `${where} no end event${inside}`, elementId));
  }
  return problems;
}

/** FW_V_FLOW_INTO_START and FW_V_FLOW_OUT_OF_END: flows that enter a start event or leave an end event. */
export function eventFlowProblems(index: ModelIndex): Problem[] {
  const problems: Problem[] = [];
  for (const flow of index.model.flows) {
    const source = index.nodeById.get(flow.source);
    const target = index.nodeById.get(flow.target);
    if (target?.type === 'startEvent')
      problems.push(
        problem(
          'FW_V_FLOW_INTO_START',
          `${sentence(flowLabel(flow, index.nodeById))} ends at a start event; a start event takes no incoming ` +
            'flows',
          flow.id,
        ),
      );
    if (source?.type === 'endEvent')
      problems.push(
        problem(
          'FW_V_FLOW_OUT_OF_END',
          `${sentence(flowLabel(flow, index.nodeById))} starts at an end event; a case stops at an end event`,
          flow.id,
        ),
      );
  }
  return problems;
}
