import { parseExpression } from 'feelin';
import type { DataField } from '../../model';

type FieldType = DataField['type'];

type SyntaxNode = ReturnType<typeof parseExpression>['topNode'];

/** An Amazon States Language choice rule (the body of one entry of a Choice state's `Choices`). */
export type ChoiceRule = { [key: string]: unknown };

/** Thrown for a FEEL condition that has no Choice-rule equivalent; the message names the part that has none. */
export class UntranslatableCondition extends Error {}

type Literal = { kind: 'number' | 'string' | 'boolean' | 'null'; value: number | string | boolean | null };

const flipped: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '!=': '!=' };
const suffixes: Record<string, string> = {
  '=': 'Equals',
  '<': 'LessThan',
  '<=': 'LessThanEquals',
  '>': 'GreaterThan',
  '>=': 'GreaterThanEquals',
};
const prefixes: Partial<Record<Literal['kind'] | FieldType, string>> = {
  number: 'Numeric',
  string: 'String',
  text: 'String',
  enum: 'String',
  boolean: 'Boolean',
  date: 'Timestamp',
};

/** The children of a syntax node that carry meaning (no brackets or keywords such as `and`). */
function parts(node: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling)
    if (!/^[()[\],]$|^(and|or|in|between)$/.test(child.name)) found.push(child);
  return found;
}

/** Translates one FEEL condition; `fieldTypes` tells the type of a field compared with another field. */
export function feelToChoice(condition: string, fieldTypes: ReadonlyMap<string, FieldType> = new Map()): ChoiceRule {
  const source = condition;
  const textOf = (node: SyntaxNode) => source.slice(node.from, node.to);
  const fail = (node: SyntaxNode, why: string): never => {
    throw new UntranslatableCondition(`"${textOf(node).trim()}" ${why}`);
  };

  const variablePath = (node: SyntaxNode): string | undefined => {
    if (node.name === 'VariableName') {
      const name = textOf(node).trim();
      return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `$.${name}` : `$['${name.replace(/'/g, "\\'")}']`;
    }
    if (node.name === 'PathExpression') {
      const [base, path] = parts(node).filter((p) => p.name !== '.');
      const head = base ? variablePath(base) : undefined;
      const key = path ? textOf(path).trim() : '';
      return head && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${head}.${key}` : undefined;
    }
    if (node.name === 'ParenthesizedExpression') return parts(node)[0] ? variablePath(parts(node)[0]) : undefined;
    return undefined;
  };

  const literal = (node: SyntaxNode): Literal | undefined => {
    const raw = textOf(node).trim();
    if (node.name === 'NumericLiteral') return { kind: 'number', value: Number(raw) };
    if (node.name === 'StringLiteral') return { kind: 'string', value: JSON.parse(raw) as string };
    if (node.name === 'BooleanLiteral') return { kind: 'boolean', value: raw === 'true' };
    if (node.name === 'null') return { kind: 'null', value: null };
    return undefined;
  };

  const compare = (variable: string, op: string, value: Literal, node: SyntaxNode): ChoiceRule => {
    if (value.kind === 'null') {
      if (op !== '=' && op !== '!=') fail(node, 'compares with null by order');
      return { Variable: variable, IsNull: op === '=' };
    }
    if (value.kind === 'boolean' && op !== '=' && op !== '!=') fail(node, 'orders booleans');
    const rule = { Variable: variable, [`${prefixes[value.kind]}${suffixes[op === '!=' ? '=' : op]}`]: value.value };
    return op === '!=' ? { Not: rule } : rule;
  };

  const comparison = (node: SyntaxNode): ChoiceRule => {
    const [left, middle, ...rest] = parts(node);
    const keyword = textOf(node)
      .slice(left.to - node.from)
      .trim();
    if (keyword.startsWith('between')) {
      const path = variablePath(left);
      const [low, high] = [literal(middle), literal(rest[0])];
      if (!path || !low || !high) return fail(node, 'is a between that is not field between two values');
      return { And: [compare(path, '>=', low, node), compare(path, '<=', high, node)] };
    }
    if (keyword.startsWith('in')) {
      const path = variablePath(left);
      const list = middle?.firstChild?.name === 'List' ? parts(middle.firstChild) : [];
      const values = list.map(literal);
      if (!path || values.length === 0 || values.some((v) => !v))
        return fail(node, 'is an "in" test that is not field in [values]');
      return values.length === 1
        ? compare(path, '=', values[0]!, node)
        : { Or: values.map((v) => compare(path, '=', v!, node)) };
    }
    const op = textOf(middle).trim();
    const right = rest[0];
    if (!suffixes[op] && op !== '!=') return fail(node, `uses the operator ${op}`);
    const [leftPath, rightPath] = [variablePath(left), variablePath(right)];
    const [leftValue, rightValue] = [literal(left), literal(right)];
    if (leftPath && rightValue) return compare(leftPath, op, rightValue, node);
    if (rightPath && leftValue) return compare(rightPath, flipped[op], leftValue, node);
    if (leftPath && rightPath) {
      const type = fieldTypes.get(textOf(left).trim()) ?? fieldTypes.get(textOf(right).trim());
      const prefix = type ? prefixes[type] : undefined;
      if (!prefix) return fail(node, 'compares two fields whose type is not known (declare them as data fields)');
      const rule = { Variable: leftPath, [`${prefix}${suffixes[op === '!=' ? '=' : op]}Path`]: rightPath };
      return op === '!=' ? { Not: rule } : rule;
    }
    return fail(node, 'compares something other than a field with a value');
  };

  const translate = (node: SyntaxNode): ChoiceRule => {
    switch (node.name) {
      case 'Expression':
      case 'ParenthesizedExpression':
        if (parts(node).length !== 1) return fail(node, 'is not a single condition');
        return translate(parts(node)[0]);
      case 'Conjunction':
      case 'Disjunction': {
        const key = node.name === 'Conjunction' ? 'And' : 'Or';
        const rules = parts(node)
          .map(translate)
          .flatMap((rule) => (Array.isArray(rule[key]) ? (rule[key] as ChoiceRule[]) : [rule]));
        return { [key]: rules };
      }
      case 'Comparison':
        return comparison(node);
      case 'VariableName':
      case 'PathExpression':
        return { Variable: variablePath(node) ?? fail(node, 'is not a field'), BooleanEquals: true };
      case 'FunctionInvocation': {
        const [callee, args] = parts(node);
        const name = textOf(callee).trim();
        const argument = args ? parts(args) : [];
        if (name === 'not' && argument.length === 1) return { Not: translate(argument[0]) };
        if (name === 'is defined' && argument.length === 1)
          return {
            Variable: variablePath(argument[0]) ?? fail(node, 'tests something other than a field'),
            IsPresent: true,
          };
        return fail(node, `calls ${name}(), which Step Functions cannot evaluate`);
      }
    }
    return fail(node, 'has no Step Functions equivalent');
  };

  const tree = parseExpression(source, {}, undefined);
  let broken = false;
  tree.iterate({
    enter: (n) => {
      if (n.type.isError) broken = true;
      return !broken;
    },
  });
  if (broken || !source.trim()) throw new UntranslatableCondition(`"${source}" is not a valid FEEL expression`);
  return translate(tree.topNode);
}
