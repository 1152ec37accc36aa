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

  it('returns a cached result for the same source', () => {
    expect(compileExpression('a + 1')).toBe(compileExpression('a + 1'));
  });
});
