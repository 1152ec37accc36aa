import { evaluate as interpret, type parseExpression } from 'feelin';
import type { SyntaxNode } from './closures';

/** Where and why an expression does not parse (offsets into the source). */
export interface ExpressionError {
  message: string;
  from: number;
  to: number;
}

type ParseTree = ReturnType<typeof parseExpression>;

/** Functions that read the wall clock: results would change from run to run. */
const clockFunctions = new Set(['now', 'today']);

const spaced = (text: string) => text.trim().replace(/\s+/g, ' ');

/** A node lezer inserted or skipped while recovering, reported with feelin's own wording. */
function recoveredError(source: string, tree: ParseTree): ExpressionError | null {
  let found: ExpressionError | null = null;
  tree.iterate({
    enter: (node) => {
      if (found) return false;
      if (!node.type.isError) return undefined;
      let message = 'syntax error';
      try {
        interpret(source, {});
      } catch (error) {
        message = (error as Error).message;
      }
      found = {
        message: `${message} at position ${node.from + 1}`,
        from: node.from,
        to: Math.max(node.to, node.from + 1),
      };
      return false;
    },
  });
  return found;
}

/** Names the expression binds itself: `for`/`some`/`every` variables, function parameters, context keys. */
function boundNames(source: string, tree: ParseTree): Set<string> {
  const names = new Set<string>();
  tree.iterate({
    enter: (node) => {
      if (node.name === 'Name') names.add(spaced(source.slice(node.from, node.to)));
    },
  });
  return names;
}

/**
 * FEEL reads `amount 5` or `amount tier` as one name with a space; when no such name exists, the author almost
 * certainly left out an operator. The error points at the word after the longest prefix that is a known name.
 */
function unknownName(source: string, node: SyntaxNode, known: ReadonlySet<string>): ExpressionError | null {
  const text = source.slice(node.from, node.to);
  if (!/\s/.test(text.trim()) || known.has(spaced(text))) return null;
  if (node.parent?.name === 'FunctionInvocation' && node.parent.firstChild?.from === node.from) return null;
  const words: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) words.push(child);
  let split = 1;
  for (let i = words.length - 1; i >= 1; i--)
    if (known.has(spaced(source.slice(node.from, words[i - 1].to)))) {
      split = i;
      break;
    }
  const next = words[split] ?? node;
  const word = source.slice(next.from, next.to);
  return {
    message: `unknown name "${spaced(text)}"; is an operator missing before "${word}"? at position ${next.from + 1}`,
    from: next.from,
    to: next.to,
  };
}

/** The first problem that feelin's error recovery lets through, or that FEEL parses but no run could mean. */
function meaningProblem(source: string, tree: ParseTree, fieldNames: readonly string[]): ExpressionError | null {
  const known = new Set([...fieldNames.map(spaced), ...boundNames(source, tree)]);
  let found: ExpressionError | null = null;
  tree.iterate({
    enter: (node) => {
      if (found) return false;
      if (node.name === 'SimplePositiveUnaryTest' && node.node.parent?.name !== 'PositiveUnaryTest') {
        // `> 5` is a unary test, valid only after `in`; lezer-feel also accepts it as an operand (`amount > > 5`).
        const op = node.node.firstChild;
        const opText = op ? source.slice(op.from, op.to) : '';
        found = {
          message: `"${opText}" needs a value on its left at position ${node.from + 1}`,
          from: node.from,
          to: op?.to ?? node.to,
        };
      } else if (node.name === 'VariableName') {
        found = unknownName(source, node.node, known);
      } else if (node.name === 'FunctionInvocation') {
        const callee = node.node.firstChild;
        const name = callee ? source.slice(callee.from, callee.to).trim() : '';
        if (clockFunctions.has(name))
          found = {
            message: `${name}() reads the clock, so results would differ from run to run; compare with a field or a fixed date`,
            from: node.from,
            to: node.to,
          };
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The first reason an expression cannot be used: empty, a syntax error (feelin's parser), an unknown name with a
 * space (see docs/decisions.md, FEEL), a unary test where a value belongs, or a clock function.
 */
export function firstProblem(source: string, tree: ParseTree, fieldNames: readonly string[]): ExpressionError | null {
  if (!source.trim()) return { message: 'the expression is empty', from: 0, to: source.length };
  return recoveredError(source, tree) ?? meaningProblem(source, tree, fieldNames);
}
