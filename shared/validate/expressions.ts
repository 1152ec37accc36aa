import { problem, type Problem } from './catalogue';
import { flowLabel, nodeLabel } from './describe';
import type { ModelIndex } from './modelIndex';

/** Where and why an expression does not parse (offsets into the source), or null when it does. */
export type ExpressionSyntaxError = { message: string; from: number; to: number } | null;

/**
 * Checks the syntax of one FEEL expression against the names it may read. Validation cannot parse FEEL itself
 * (shared/expr is a sibling layer), so the caller passes the parser in: compileExpression adapted to this shape.
 */
export type ExpressionChecker = (source: string, names: readonly string[]) => ExpressionSyntaxError;

/** "Incomplete <Comparison> at position 9" → "Incomplete <Comparison> at column 9": the offset names the column. */
function withColumn(error: NonNullable<ExpressionSyntaxError>): string {
  const reason = error.message.replace(/ at position \d+$/, '');
  return `${reason} at column ${error.from + 1}`;
}

/**
 * FW_V_EXPRESSION_SYNTAX: FEEL that does not parse, on flow conditions, error boundary conditions, duration
 * expressions and field validation rules, with the column where parsing failed.
 */
export function expressionProblems(index: ModelIndex, check: ExpressionChecker): Problem[] {
  const { model } = index;
  const fields = model.data.fields.map((field) => field.name);
  const withBase = [...fields, 'base'];
  const problems: Problem[] = [];
  const inspect = (source: string | undefined, names: readonly string[], what: string, elementId?: string) => {
    if (source === undefined || !source.trim()) return;
    const error = check(source, names);
    if (error) problems.push(problem('FW_V_EXPRESSION_SYNTAX', `${what} "${source}": ${withColumn(error)}`, elementId));
  };
  for (const flow of model.flows) inspect(flow.condition, fields, `Condition of ${flowLabel(flow)}`, flow.id);
  for (const node of model.nodes) {
    if (node.type === 'boundaryEvent') inspect(node.condition, fields, `Condition of ${nodeLabel(node)}`, node.id);
    inspect(node.sim?.durationExpression, withBase, `Duration expression of ${nodeLabel(node)}`, node.id);
  }
  for (const field of model.data.fields) inspect(field.validation, fields, `Validation rule of field ${field.name}`);
  return problems;
}
