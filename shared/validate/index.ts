import { caseFlowOf, type ProcessModel } from '../model';
import { validationRules, type Problem, type Severity, type ValidationCode } from './catalogue';
import { buildModelIndex, type ModelIndex } from './modelIndex';
import { duplicateIdProblems, unnamedTaskProblems } from './identity';
import { boundaryHostProblems, flowEndProblems, laneProblems, parentCycleProblems, parentProblems } from './references';
import { eventFlowProblems, startEndProblems } from './events';
import { reachabilityProblems } from './reachability';
import { defaultFlowProblems, gatewayRoutingProblems, probabilitySumProblems } from './gateways';
import { parallelJoinProblems } from './parallelJoin';
import { messageFlowProblems } from './messageFlows';
import { expressionProblems, type ExpressionChecker } from './expressions';

export { validationRules, type Problem, type Severity, type ValidationCode, type ValidationRule } from './catalogue';
export type { ExpressionChecker, ExpressionSyntaxError } from './expressions';

export interface ValidateOptions {
  /** Parses FEEL (compileExpression, adapted); without it expressions are not checked (FW_V_EXPRESSION_SYNTAX). */
  checkExpression?: ExpressionChecker;
}

const rules: ReadonlyArray<(index: ModelIndex) => Problem[]> = [
  flowEndProblems,
  laneProblems,
  parentProblems,
  parentCycleProblems,
  boundaryHostProblems,
  startEndProblems,
  eventFlowProblems,
  reachabilityProblems,
  gatewayRoutingProblems,
  defaultFlowProblems,
  probabilitySumProblems,
  parallelJoinProblems,
  unnamedTaskProblems,
];

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const catalogueRank = new Map<ValidationCode, number>(validationRules.map((rule, i) => [rule.code, i]));
const reportOrder = (problem: Problem) =>
  severityRank[problem.severity] * validationRules.length + catalogueRank.get(problem.code)!;

/**
 * Lints a process map. Problems come errors first, then warnings, then info; within a severity in catalogue order,
 * and for one code in the order of the map's elements.
 */
export function validateModel(model: ProcessModel, options: ValidateOptions = {}): Problem[] {
  // Ids are unique across every element; the other rules look at what cases pass through, not at data elements.
  const found = duplicateIdProblems(buildModelIndex(model));
  const index = buildModelIndex(caseFlowOf(model));
  const { checkExpression } = options;
  found.push(...rules.flatMap((rule) => rule(index)), ...messageFlowProblems(model));
  if (checkExpression) found.push(...expressionProblems(index, checkExpression));
  return found.sort((a, b) => reportOrder(a) - reportOrder(b));
}

/** Whether any problem is an error, i.e. the map is not fit to simulate or export. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((found) => found.severity === 'error');
}
