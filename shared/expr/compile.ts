import { evaluate as interpret, parseExpression } from 'feelin';
import { compileNode, needsInterpreter, type Closure, type Variables } from './closures';
import { firstProblem, type ExpressionError } from './problems';

export type { Variables } from './closures';
export type { ExpressionError } from './problems';

/** A FEEL expression parsed once, evaluated many times. */
export interface CompiledExpression {
  readonly source: string;
  /** True when compiled closures evaluate it; false when every evaluation goes through feelin's interpreter. */
  readonly compiled: boolean;
  /** The value for a record (null for a case without data), with locals such as `base` shadowing its fields. */
  evaluate(record: Variables | null, locals?: Variables | null): unknown;
  /** Whether the value is FEEL `true` (null, false and non-booleans are not). */
  isTrue(record: Variables | null, locals?: Variables | null): boolean;
}

export type CompileResult = { ok: true; expression: CompiledExpression } | { ok: false; error: ExpressionError };

function merged(record: Variables | null, locals: Variables | null): Variables {
  if (!locals) return record ?? {};
  return record ? { ...record, ...locals } : locals;
}

/** feelin's interpreter, with a failure during evaluation read as null (FEEL's "no value"). */
function interpreted(source: string, record: Variables | null, locals: Variables | null): unknown {
  try {
    return interpret(source, merged(record, locals)).value;
  } catch {
    return null;
  }
}

function build(source: string, closure: Closure | null): CompiledExpression {
  const evaluate = (record: Variables | null, locals: Variables | null = null): unknown => {
    if (closure === null) return interpreted(source, record, locals);
    try {
      return closure(record, locals);
    } catch (error) {
      if (error !== needsInterpreter) throw error;
      return interpreted(source, record, locals);
    }
  };
  return {
    source,
    compiled: closure !== null,
    evaluate,
    isTrue: (record, locals) => evaluate(record, locals) === true,
  };
}

function compileUncached(source: string, fieldNames: readonly string[]): CompileResult {
  const context = Object.fromEntries(fieldNames.map((name) => [name, null]));
  const tree = parseExpression(source, context, undefined);
  const error = firstProblem(source, tree, fieldNames);
  if (error) return { ok: false, error };
  let closure: Closure | null = null;
  try {
    closure = compileNode(tree.topNode, source);
  } catch (reason) {
    if (reason !== needsInterpreter) throw reason;
  }
  return { ok: true, expression: build(source, closure) };
}

const cache = new Map<string, CompileResult>();
const cacheLimit = 4096;

/**
 * Parses a FEEL expression once (reporting syntax errors with their position) and returns an evaluator: plain
 * comparisons, arithmetic, and/or and if-then-else over numbers, strings and booleans run as compiled closures
 * that agree with feelin; everything else is evaluated by feelin's interpreter. Results are cached by source.
 */
export function compileExpression(source: string, fieldNames: readonly string[] = []): CompileResult {
  const key = `${fieldNames.join('\u0000')}\u0001${source}`;
  let result = cache.get(key);
  if (!result) {
    if (cache.size >= cacheLimit) cache.clear();
    result = compileUncached(source, fieldNames);
    cache.set(key, result);
  }
  return result;
}

/** The syntax error of a FEEL expression with its position, or null when it compiles (validation's expression checker). */
export function expressionSyntaxError(source: string, fieldNames: readonly string[] = []): ExpressionError | null {
  const result = compileExpression(source, fieldNames);
  return result.ok ? null : result.error;
}
