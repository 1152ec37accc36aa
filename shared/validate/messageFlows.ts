import { isMessageFlow, messageFlowRefusal, type ProcessModel } from '../model';
import { problem, type Problem } from './catalogue';

/**
 * FW_V_MESSAGE_FLOW: message flows whose ends are missing, in one pool, or of a kind that sends no message. The
 * other rules read the map without its pools and message flows, which carry no cases.
 */
export function messageFlowProblems(model: ProcessModel): Problem[] {
  const problems: Problem[] = [];
  for (const flow of model.flows.filter(isMessageFlow)) {
    // The flow itself is left out, so that it is not taken for a second flow between the same ends.
    const others = { ...model, flows: model.flows.filter((f) => f !== flow) };
    const refusal = messageFlowRefusal(others, flow.source, flow.target);
    if (refusal === null) continue;
    const named = flow.name?.trim() ? `The message flow '${flow.name.trim()}'` : 'A message flow';
    const why = refusal === 'That element is no longer on the map.' ? 'one of its ends does not exist.' : refusal;
    problems.push(
      problem('FW_V_MESSAGE_FLOW', `${named} cannot be sent: ${why[0].toLowerCase()}${why.slice(1)}`, flow.id),
    );
  }
  return problems;
}
