import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluate } from 'feelin';
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

describe('compiled FEEL agrees with feelin', () => {
  it('on random expressions over numbers, strings, booleans, null and missing fields (3,000 cases)', () => {
    fc.assert(
      fc.property(expression, record, (source, data) => {
        const result = compileExpression(source);
        if (!result.ok) return;
        expect(Object.is(result.expression.evaluate(data), reference(source, data)) ||
          result.expression.evaluate(data) === reference(source, data)).toBe(true);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});
