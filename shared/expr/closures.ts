import type { parseExpression } from 'feelin';

/** A node of feelin's parse tree (lezer), typed through feelin's own API. */
export type SyntaxNode = ReturnType<typeof parseExpression>['topNode'];

/** Values an expression reads: a case's record, and locals (such as `base`) that shadow it. */
export type Variables = Readonly<Record<string, unknown>>;

/** One compiled sub-expression. */
export type Closure = (record: Variables | null, locals: Variables | null) => unknown;

/**
 * Thrown at compile time for constructs outside the compiled subset, and at run time (as this one shared object, so
 * nothing is allocated) when a value is outside it (a date, a list, a missing variable): the caller then evaluates
 * the whole expression with feelin's interpreter, which stays the reference for every result.
 */
export const needsInterpreter = { reason: 'needs the FEEL interpreter' };

const hasOwn = Object.prototype.hasOwnProperty;
const keywords = new Set(['if', 'then', 'else', 'and', 'or', '(', ')']);

function children(node: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (!child.type.isSkipped) found.push(child);
  return found;
}

/** A plain value of the subset; anything else goes to the interpreter. */
function primitive(value: unknown): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  throw needsInterpreter;
}

function variable(name: string): Closure {
  return (record, locals) => {
    if (locals !== null && hasOwn.call(locals, name)) return primitive(locals[name]);
    if (record !== null && hasOwn.call(record, name)) return primitive(record[name]);
    // Missing names resolve to builtins or to null with a warning, by feelin's own lookup rules.
    throw needsInterpreter;
  };
}

/** FEEL `=` on plain values, as feelin's equals(): null only equals null; different types are not comparable. */
function equals(a: unknown, b: unknown): boolean | null {
  if ((a === null) !== (b === null)) return false;
  if (typeof a !== typeof b) return null;
  return a === null || a === b;
}

/**
 * Ordering as feelin's ranges do it (the right side is the bound, JavaScript's `<` and `>` order the values), except
 * that values of different types are not comparable and give null, as the FEEL spec says; feelin answers `"abc" >=
 * 5000` with true, and the equivalence test names this exception.
 */
function order(op: string, left: Closure, right: Closure): Closure {
  const accept =
    op === '>'
      ? (c: number) => c > 0
      : op === '>='
        ? (c: number) => c >= 0
        : op === '<'
          ? (c: number) => c < 0
          : (c: number) => c <= 0;
  return (record, locals) => {
    const value = left(record, locals);
    const bound = right(record, locals);
    if (typeof bound === 'boolean') throw needsInterpreter; // feelin refuses a boolean range
    if (bound === null || value === null || typeof value !== typeof bound) return null;
    const c = (value as number) < (bound as number) ? -1 : (value as number) > (bound as number) ? 1 : 0;
    return accept(c);
  };
}

function comparison(parts: SyntaxNode[], source: string): Closure {
  if (parts.length !== 3 || parts[1].name !== 'CompareOp') throw needsInterpreter;
  const op = source.slice(parts[1].from, parts[1].to);
  const left = compileNode(parts[0], source);
  const right = compileNode(parts[2], source);
  if (op === '=') return (r, l) => equals(left(r, l), right(r, l));
  if (op === '!=')
    return (r, l) => {
      const result = equals(left(r, l), right(r, l));
      return result === null ? null : !result;
    };
  return order(op, left, right);
}

const arithmetic: Record<string, (a: number, b: number) => unknown> = {
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => (!b ? null : a / b),
  '**': (a, b) => Math.pow(a, b),
  '^': (a, b) => Math.pow(a, b),
};

/** Binary and unary arithmetic; operands of different or unsupported types give null, as in feelin. */
function arithmeticExpression(parts: SyntaxNode[], source: string): Closure {
  const unary = parts.length === 2;
  const opNode = unary ? parts[0] : parts[1];
  if (opNode.name !== 'ArithOp' || (parts.length !== 2 && parts.length !== 3)) throw needsInterpreter;
  const op = source.slice(opNode.from, opNode.to);
  const left: Closure = unary ? () => 0 : compileNode(parts[0], source);
  const right = compileNode(parts[unary ? 1 : 2], source);
  if (op === '+')
    return (r, l) => {
      const a = left(r, l);
      const b = right(r, l);
      if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) return null;
      return (a as number) + (b as number);
    };
  const apply = arithmetic[op];
  if (!apply) throw needsInterpreter;
  return (r, l) => {
    const a = left(r, l);
    const b = right(r, l);
    return typeof a === 'number' && typeof b === 'number' ? apply(a, b) : null;
  };
}

/** FEEL's three-valued `and` / `or`; non-boolean operands count as null. */
function logic(parts: SyntaxNode[], source: string, isAnd: boolean): Closure {
  const left = compileNode(parts[0], source);
  const right = compileNode(parts[2], source);
  return (r, l) => {
    const x = left(r, l);
    const y = right(r, l);
    const a = typeof x === 'boolean' ? x : null;
    const b = typeof y === 'boolean' ? y : null;
    if (isAnd) return a === false || b === false ? false : a === true && b === true ? true : null;
    return a === true || b === true ? true : a === false && b === false ? false : null;
  };
}

function ifExpression(parts: SyntaxNode[], source: string): Closure {
  const [test, then, otherwise] = parts.filter((p) => !keywords.has(p.name)).map((p) => compileNode(p, source));
  if (!otherwise) throw needsInterpreter;
  return (r, l) => {
    const value = test(r, l);
    return value !== false && value !== null ? then(r, l) : otherwise(r, l);
  };
}

function literal(value: unknown): Closure {
  return () => value;
}

/** Turns one node of feelin's parse tree into a closure, or throws `needsInterpreter` for the rest of FEEL. */
export function compileNode(node: SyntaxNode, source: string): Closure {
  const parts = children(node);
  const text = source.slice(node.from, node.to);
  switch (node.name) {
    case 'Expression':
      if (parts.length !== 1) throw needsInterpreter;
      return compileNode(parts[0], source);
    case 'ParenthesizedExpression':
      return compileNode(parts[1], source);
    case 'NumericLiteral':
      // The same parse as feelin's, so that results agree to the last bit.
      return literal(text.includes('.') ? parseFloat(text) : parseInt(text));
    case 'StringLiteral':
      if (text.includes('\\')) throw needsInterpreter;
      return literal(text.slice(1, -1));
    case 'BooleanLiteral':
      return literal(text === 'true');
    case 'null':
      return literal(null);
    case 'VariableName':
      if (parts.some((p) => p.name !== 'Identifier')) throw needsInterpreter;
      return variable(parts.map((p) => source.slice(p.from, p.to)).join(' '));
    case 'Comparison':
      return comparison(parts, source);
    case 'ArithmeticExpression':
      return arithmeticExpression(parts, source);
    case 'Conjunction':
    case 'Disjunction':
      return logic(parts, source, node.name === 'Conjunction');
    case 'IfExpression':
      return ifExpression(parts, source);
    default:
      throw needsInterpreter;
  }
}
