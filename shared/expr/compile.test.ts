import { describe, it, expect } from 'vitest';
import { evaluate } from 'feelin';
import { compileExpression, type CompiledExpression } from './compile';

function compiled(source: string, fields: string[] = []): CompiledExpression {
  const result = compileExpression(source, fields);
  if (!result.ok) throw new Error(result.error.message);
  return result.expression;
}

describe('compileExpression', () => {
  it('reports a syntax error with its position instead of failing at run time', () => {
    const result = compileExpression('amount >');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.from).toBe(8);
      expect(result.error.message).toMatch(/position 9/);
    }
    expect(compileExpression('   ').ok).toBe(false);
  });

  it('refuses the clock functions, which would make runs differ', () => {
    const result = compileExpression('date > today()');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/today\(\) reads the clock/);
  });

  it('compiles the usual routing conditions and evaluates them against records', () => {
    const condition = compiled('amount > 5000 and tier = "gold"');
    expect(condition.compiled).toBe(true);
    expect(condition.isTrue({ amount: 6000, tier: 'gold' })).toBe(true);
    expect(condition.isTrue({ amount: 6000, tier: 'silver' })).toBe(false);
    expect(condition.evaluate({ amount: null, tier: 'gold' })).toBe(null);
  });

  it('lets locals shadow fields, as duration expressions need for base', () => {
    const duration = compiled('if amount > 10000 then 2 * base else base');
    expect(duration.evaluate({ amount: 20000, base: 1 }, { base: 60 })).toBe(120);
    expect(duration.evaluate(null, { base: 60 })).toBe(60);
  });

  it('hands the rest of FEEL to the interpreter, with the same answers', () => {
    const list = compiled('tier in ["gold", "silver"]');
    expect(list.compiled).toBe(false);
    expect(list.isTrue({ tier: 'silver' })).toBe(true);
    const negation = compiled('not(flag)');
    expect(negation.isTrue({ flag: false })).toBe(true);
    // A date value and a missing variable fall back at run time.
    const when = compiled('due = x');
    expect(when.compiled).toBe(true);
    expect(when.evaluate({ x: 1 })).toBe(evaluate('due = x', { x: 1 }).value);
    expect(when.evaluate({ due: new Date(0), x: new Date(0) })).toBe(true);
  });

  it('reads names with spaces when the field list declares them', () => {
    expect(compiled('order total >= 100', ['order total']).isTrue({ 'order total': 100 })).toBe(true);
  });

  it('reports what lezer recovers from silently: a unary test where a value belongs, with its position', () => {
    for (const [source, from] of [
      ['amount > > 5', 9],
      ['amount => 5', 8],
      ['amount =< 5', 8],
      ['amount = = 5', 9],
      ['> 0', 0],
    ] as const) {
      const result = compileExpression(source, ['amount']);
      expect(result.ok, source).toBe(false);
      if (!result.ok) {
        expect(result.error.from).toBe(from);
        expect(result.error.message).toMatch(new RegExp(`needs a value on its left at position ${from + 1}$`));
      }
    }
  });

  it('reports juxtaposed words that are no known name as a missing operator, at the first unknown word', () => {
    const cases = [
      ['amount 5', ['amount'], 7, '"amount 5"; is an operator missing before "5"'],
      ['amount tier = "gold"', ['amount', 'tier'], 7, 'before "tier"'],
      ['order total 100 > 5', ['order total'], 12, 'before "100"'],
      ['amount >= 5000 or amount  5 > 1', ['amount'], 26, '"amount 5"'],
    ] as const;
    for (const [source, fields, from, text] of cases) {
      const result = compileExpression(source, fields);
      expect(result.ok, source).toBe(false);
      if (!result.ok) {
        expect(result.error.from).toBe(from);
        expect(result.error.message).toContain(text);
        expect(result.error.message).toMatch(new RegExp(`at position ${from + 1}$`));
      }
    }
  });

  it('keeps compiling valid FEEL with names that have spaces', () => {
    const valid: [string, string[]][] = [
      ['order  total >= 100', ['order total']],
      ['string length(name) > 3', ['name']],
      ['is defined(amount)', ['amount']],
      ['for first item in [1, 2] return first item + 1', []],
      ['{home address: 1}.home address = 1', []],
      ['applicant.home address = "x"', ['applicant']],
      ['some x in [1] satisfies x > 0', []],
      ['amount in > 5', ['amount']],
      ['amount in (> 5, < 10)', ['amount']],
      ['date and time("2020-01-01T00:00:00") < due', ['due']],
      ['amount > 5 // a comment', ['amount']],
    ];
    for (const [source, fields] of valid) expect(compileExpression(source, fields).ok, source).toBe(true);
    expect(compiled('string length(name) > 3', ['name']).isTrue({ name: 'abcd' })).toBe(true);
    expect(compiled('amount in (> 5, < 10)', ['amount']).isTrue({ amount: 7 })).toBe(true);
  });

  it('returns a cached result for the same source', () => {
    expect(compileExpression('a + 1')).toBe(compileExpression('a + 1'));
  });
});
