import { problem, type Problem } from './catalogue';
import { flowLabel, nodeLabel, quotedName } from './describe';
import type { ModelIndex } from './modelIndex';

/** Where and why an expression does not parse (offsets into the source), or null when it does. */
export type ExpressionSyntaxError = { message: string; from: number; to: number } | null;

/**
 * Checks the syntax of one FEEL expression against the names it may read. Validation cannot parse FEEL itself
 * (shared/expr is a sibling layer), so the caller passes the parser in: compileExpression adapted to this shape.
 */
export type ExpressionChecker = (source: string, names: readonly string[]) => ExpressionSyntaxError;

/**
 * "Incomplete <IfExpression> at position 9" → "incomplete if expression at column 9": the parser's grammar names
 * become words, and the offset names the column people count.
 */
function withColumn(error: NonNullable<ExpressionSyntaxError>): string {
  const reason = error.message
    .replace(/ at position \d+$/, '')
    .replace(/<([A-Za-z]+)>/g, (_, rule: string) => rule.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  return `${reason.charAt(0).toLowerCase()}${reason.slice(1)} at column ${error.from + 1}`;
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
    if (error)
      problems.push(
        problem('FW_V_EXPRESSION_SYNTAX', `${what}, "${source}", cannot be read: ${withColumn(error)}`, elementId),
      );
  };
  const named = index.nodeById;
  for (const flow of model.flows)
    inspect(flow.condition, fields, `The condition of the ${flowLabel(flow, named)}`, flow.id);
  for (const node of model.nodes) {
    if (node.type === 'boundaryEvent') inspect(node.condition, fields, `The condition of ${nodeLabel(node)}`, node.id);
    inspect(node.sim?.durationExpression, withBase, `The duration expression of ${nodeLabel(node)}`, node.id);
  }
  for (const field of model.data.fields)
    inspect(field.validation, fields, `The rule of field ${quotedName(field.name)}`);
  return problems;
}
