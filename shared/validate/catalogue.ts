/** How much a problem matters: an error makes the map unfit to simulate or export; warnings and info do not. */
export type Severity = 'error' | 'warning' | 'info';

/** One lint rule as shown to users (docs/validation.md and the problems panel). */
export interface ValidationRule {
  code: string;
  severity: Severity;
  title: string;
  description: string;
  fix: string;
}

/** Every validation rule; within a severity, validateModel() reports in this order. Codes are stable across releases. */
export const validationRules = [
  {
    code: 'FW_V_DUPLICATE_ID',
    severity: 'error',
    title: 'Duplicate id',
    description: 'Two or more elements (nodes, flows, lanes) share an id; ids must be unique across the map.',
    fix: 'Give each element its own id.',
  },
  {
    code: 'FW_V_FLOW_MISSING_NODE',
    severity: 'error',
    title: 'Flow to or from a missing node',
    description: 'A flow names a source or target node that is not in the map.',
    fix: 'Reconnect the flow to an existing node or delete it.',
  },
  {
    code: 'FW_V_LANE_MISSING',
    severity: 'error',
    title: 'Lane missing',
    description: 'A node is placed in a lane that is not in the map.',
    fix: "Move the node into an existing lane, add the lane, or clear the node's lane.",
  },
  {
    code: 'FW_V_PARENT_MISSING',
    severity: 'error',
    title: 'Parent sub-process missing',
    description: 'A node names a parent that is not in the map or is not a sub-process.',
    fix: 'Move the node into an existing sub-process or onto the top level.',
  },
  {
    code: 'FW_V_PARENT_CYCLE',
    severity: 'error',
    title: 'Sub-process nested inside itself',
    description: "Following a sub-process's parents leads back to the sub-process itself.",
    fix: 'Move one of the sub-processes on the cycle onto the top level or into another sub-process.',
  },
  {
    code: 'FW_V_BOUNDARY_HOST',
    severity: 'error',
    title: 'Boundary event not attached to an activity',
    description:
      'A boundary event is attached to nothing, to a missing node, to a node that is not a task or sub-process, ' +
      'or lies in a different sub-process than the activity it is attached to.',
    fix: 'Attach the boundary event to a task or sub-process at its own level, or delete it.',
  },
  {
    code: 'FW_V_FLOW_CROSSES_SUBPROCESS',
    severity: 'error',
    title: 'Flow crosses a sub-process border',
    description:
      'A flow connects a node inside a sub-process with a node outside it. A sub-process is entered through its ' +
      'start events and left through its end events; its outgoing flows leave from the sub-process itself.',
    fix: 'Connect the sub-process itself, or move both nodes to the same level.',
  },
  {
    code: 'FW_V_MESSAGE_FLOW',
    severity: 'error',
    title: 'Message flow that cannot be sent',
    description:
      'A message flow names an end that is not in the map, joins two elements of the same pool, or starts or ends ' +
      'at a gateway, an annotation or a data element. Messages go between pools: from or to another party, sent ' +
      'and received by tasks, events and pools.',
    fix: 'Connect the message flow to a task, an event or another pool, or delete it.',
  },
  {
    code: 'FW_V_NO_START',
    severity: 'error',
    title: 'No start event',
    description: 'The process, or a sub-process, has no start event, so no case can begin there.',
    fix: 'Add a start event at that level and connect it to the first step.',
  },
  {
    code: 'FW_V_NO_END',
    severity: 'error',
    title: 'No end event',
    description: 'The process, or a sub-process, has no end event, so no case can finish there.',
    fix: 'Add an end event at that level and connect the last steps to it.',
  },
  {
    code: 'FW_V_FLOW_INTO_START',
    severity: 'error',
    title: 'Flow into a start event',
    description: 'A flow ends at a start event; start events only begin cases and take no incoming flows.',
    fix: 'Point the flow at the step after the start event instead.',
  },
  {
    code: 'FW_V_FLOW_OUT_OF_END',
    severity: 'error',
    title: 'Flow out of an end event',
    description: 'A flow leaves an end event; a case stops at an end event and never follows its flows.',
    fix: 'Delete the flow, or replace the end event with an intermediate event or a task.',
  },
  {
    code: 'FW_V_UNREACHABLE',
    severity: 'warning',
    title: 'Unreachable node',
    description:
      "No path leads from a start event of the node's level to the node, so no case ever gets there. Boundary " +
      'events count as reached when their activity is; annotations are exempt.',
    fix: 'Connect the node from a step that cases reach, or delete it.',
  },
  {
    code: 'FW_V_DEAD_END',
    severity: 'error',
    title: 'Node cannot reach an end event',
    description:
      'No path leads from the node to an end event of its level (a dead end or a loop without exit), so a case ' +
      'that gets there never finishes.',
    fix: 'Add a flow from the node (or from its loop) towards an end event.',
  },
  {
    code: 'FW_V_GATEWAY_ROUTING',
    severity: 'error',
    title: 'Gateway routing undetermined',
    description:
      'An outgoing flow of an exclusive or inclusive gateway split has no condition and is not the default flow, ' +
      'so nothing says when it is taken. A split where every outgoing flow has a probability is routed by ' +
      'those probabilities and is not reported.',
    fix: 'Give the flow a condition, mark it as the default flow, or give every outgoing flow a probability.',
  },
  {
    code: 'FW_V_EXPRESSION_SYNTAX',
    severity: 'error',
    title: 'FEEL expression does not parse',
    description:
      'A flow condition, error boundary condition, duration expression or field validation rule is not valid FEEL ' +
      '(or reads the clock with now() or today()); the message gives the column where reading it failed.',
    fix: 'Correct the expression at the column shown, e.g. complete "amount >" to "amount > 5000".',
  },
  {
    code: 'FW_V_MULTIPLE_DEFAULTS',
    severity: 'error',
    title: 'More than one default flow',
    description: 'A node has several outgoing flows marked as default; only one can be taken when no condition holds.',
    fix: 'Keep the default mark on one flow only.',
  },
  {
    code: 'FW_V_DEFAULT_NOT_GATEWAY',
    severity: 'warning',
    title: 'Default flow on a non-gateway source',
    description:
      'A flow is marked as default but its source is not an exclusive or inclusive gateway; the mark has no effect.',
    fix: 'Clear the default mark, or route the choice through an exclusive or inclusive gateway.',
  },
  {
    code: 'FW_V_PROBABILITY_SUM',
    severity: 'warning',
    title: 'Branch probabilities do not add up',
    description:
      'The branches of an exclusive or event-based gateway split have probabilities that do not add up to 100 %, or ' +
      'only some of them have one. (Inclusive gateways take each branch by its own chance, so no sum is checked.)',
    fix: 'Give every branch a probability (Probability (%) in the flow properties) and make them add up to 100 %.',
  },
  {
    code: 'FW_V_PARALLEL_EXCLUSIVE_JOIN',
    severity: 'warning',
    title: 'Parallel branches merged without waiting',
    description:
      'The branches of a parallel split first meet at an exclusive gateway or at an activity or event, which ' +
      'passes each branch on as it arrives: everything after it runs once per branch.',
    fix: 'Join the branches with a parallel gateway (or an inclusive one if not all branches always run).',
  },
  {
    code: 'FW_V_TASK_NO_NAME',
    severity: 'warning',
    title: 'Task without a name',
    description: 'A task or sub-process has an empty name, so diagrams and reports cannot say what it does.',
    fix: 'Name it with a verb and an object, e.g. "Review request".',
  },
] as const satisfies readonly ValidationRule[];

export type ValidationCode = (typeof validationRules)[number]['code'];

/** One finding of validateModel(). `elementId` is absent for problems of the top-level process as a whole. */
export interface Problem {
  severity: Severity;
  code: ValidationCode;
  message: string;
  elementId?: string;
}

const severityByCode = Object.fromEntries(validationRules.map((rule) => [rule.code, rule.severity])) as Record<
  ValidationCode,
  Severity
>;

/** Builds a problem with the severity the catalogue gives its code. */
export function problem(code: ValidationCode, message: string, elementId?: string): Problem {
  const found: Problem = { severity: severityByCode[code], code, message };
  if (elementId !== undefined) found.elementId = elementId;
  return found;
}
