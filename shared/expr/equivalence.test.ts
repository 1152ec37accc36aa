import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluate, parseExpression } from 'feelin';
import { compileExpression } from './compile';

const literals = ['0', '1', '2.5', '1e3', '10', '"a"', '"b"', '""', 'true', 'false', 'null'];
const variables = ['a', 'b', 'c'];
const binary = ['+', '-', '*', '/', '**', '=', '!=', '<', '<=', '>', '>=', 'and', 'or'];

const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...literals, ...variables),
    fc.tuple(tie('expr'), fc.constantFrom(...binary), tie('expr')).map(([l, op, r]) => `(${l}) ${op} (${r})`),
    tie('expr').map((e) => `-(${e})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, t, e]) => `if ${c} then ${t} else ${e}`),
  ),
})).expr;

const value = fc.constantFrom<unknown>(0, 1, -2, 2.5, 1000, 'a', 'b', '1', '', true, false, null);
const record = fc.record({ a: value, b: value, c: value }, { requiredKeys: [] });

function reference(source: string, data: Record<string, unknown>): unknown {
  try {
    return evaluate(source, data).value;
  } catch {
    return null;
  }
}

const orderings = new Set(['<', '<=', '>', '>=']);

/**
 * The one stated exception: an ordering of two non-null values of different types (`"a" >= 1`) is null in the FEEL
 * spec and in the closures, while feelin orders them with JavaScript's `<`. True when the expression has one.
 */
function ordersMixedTypes(source: string, data: Record<string, unknown>): boolean {
  let mixed = false;
  parseExpression(source, {}, undefined).iterate({
    enter: (node) => {
      const op = node.node.firstChild?.nextSibling;
      if (mixed || node.name !== 'Comparison' || !op || !orderings.has(source.slice(op.from, op.to))) return;
      const right = op.nextSibling!;
      const a = reference(source.slice(node.from, op.from), data);
      const b = reference(source.slice(right.from, right.to), data);
      mixed = a !== null && b !== null && typeof a !== typeof b;
    },
  });
  return mixed;
}

describe('compiled FEEL agrees with feelin', () => {
  it('on random expressions over numbers, strings, booleans, null and missing fields (3,000 cases)', () => {
    let excepted = 0;
    fc.assert(
      fc.property(expression, record, (source, data) => {
        const result = compileExpression(source);
        if (!result.ok) return;
        if (ordersMixedTypes(source, data)) {
          excepted++;
          return;
        }
        expect(
          Object.is(result.expression.evaluate(data), reference(source, data)) ||
            result.expression.evaluate(data) === reference(source, data),
        ).toBe(true);
      }),
      { numRuns: 3000, seed: 42 },
    );
    // The exception must stay an exception: most cases are compared.
    expect(excepted).toBeGreaterThan(0);
    expect(excepted).toBeLessThan(900);
  });

  it('except that ordering values of different types is null, where feelin answers true or false', () => {
    for (const source of ['"abc" >= 5000', '5000 <= "abc"', '"10" > 9', 'a < 1']) {
      const result = compileExpression(source, ['a']);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.expression.compiled).toBe(true);
      expect(result.expression.evaluate({ a: 'x' })).toBe(null);
      expect(typeof reference(source, { a: 'x' })).toBe('boolean');
    }
  });
});
