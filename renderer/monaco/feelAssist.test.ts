import { describe, expect, it } from 'vitest';
import type { DataField } from '../../shared/model';
import { feelCompletions, feelHover, feelMarkers, type ExpressionScope } from './feelAssist';

const fields: DataField[] = [
  { name: 'amount', type: 'number', required: true, validation: 'amount > 0' },
  { name: 'cost center', type: 'text' },
  { name: 'tier', type: 'enum', values: ['gold', 'silver'] },
];
const scope: ExpressionScope = { fields };

describe('feelCompletions', () => {
  it('offers the fields with their types, the built-in functions with signatures, and keywords', () => {
    const items = feelCompletions(scope, 'am', 2);
    expect(items.find((i) => i.label === 'amount')).toMatchObject({
      kind: 'field',
      detail: 'number, required',
      from: 0,
      to: 2,
    });
    expect(items.find((i) => i.label === 'tier')?.detail).toBe('one of gold, silver');
    expect(items.find((i) => i.label === 'string length')).toMatchObject({
      kind: 'function',
      detail: 'string length(string)',
      insertText: 'string length(',
    });
    expect(items.some((i) => i.label === 'satisfies' && i.kind === 'keyword')).toBe(true);
  });

  it('replaces only the name being typed after an operator', () => {
    const text = 'amount > 5 and ti';
    expect(feelCompletions(scope, text, text.length)[0]).toMatchObject({ from: 15, to: 17 });
    expect(feelCompletions(scope, 'amount > ', 9)[0]).toMatchObject({ from: 9, to: 9 });
  });

  it('treats a typed run with spaces as one name when a name starts with it', () => {
    const text = 'string le';
    expect(feelCompletions(scope, text, text.length)[0].from).toBe(0);
    const other = 'amount > 5 and cost ce';
    expect(feelCompletions(scope, other, other.length)[0].from).toBe(15);
  });

  it('adds context names such as base', () => {
    const items = feelCompletions({ fields, locals: [{ name: 'base', description: 'the drawn duration' }] }, '', 0);
    expect(items.find((i) => i.label === 'base')).toMatchObject({ kind: 'local', detail: 'the drawn duration' });
  });
});

describe('feelHover', () => {
  it('shows a field’s type, whether it is required and its validation', () => {
    const hover = feelHover(scope, 'amount > 10', 3);
    expect(hover).toEqual({ from: 0, to: 6, contents: ['**amount**: number, required', 'Valid when `amount > 0`'] });
  });

  it('finds names with spaces and built-in functions, and nothing over an operator', () => {
    expect(feelHover(scope, 'cost center = "A"', 7)?.contents[0]).toBe('**cost center**: text');
    expect(feelHover(scope, 'upper case(tier) = "GOLD"', 2)?.contents[0]).toBe('**upper case**(string)');
    expect(feelHover(scope, 'amount > 10', 7)).toBeNull();
    expect(feelHover(scope, 'amounts > 1', 2)).toBeNull();
  });
});

describe('feelMarkers', () => {
  it('reports a syntax error at its position', () => {
    const [marker] = feelMarkers(scope, 'amount > ');
    expect(marker.severity).toBe('error');
    expect(marker.from).toBeGreaterThanOrEqual(7);
    expect(marker.message).toMatch(/position/);
  });

  it('warns about names that are not fields, but not about bound variables or functions', () => {
    expect(feelMarkers(scope, 'amont > 5')).toEqual([
      { severity: 'warning', message: 'amont is not a field of this map', from: 0, to: 5 },
    ]);
    expect(feelMarkers(scope, 'some x in [1, 2] satisfies x > amount')).toEqual([]);
    expect(feelMarkers(scope, 'string length(cost center) > 3 and tier = "gold"')).toEqual([]);
    expect(feelMarkers(scope, 'base * 2')).toHaveLength(1);
    expect(feelMarkers({ fields, locals: [{ name: 'base', description: '' }] }, 'base * 2')).toEqual([]);
  });

  it('has nothing to say about an empty expression, and rejects clock readers', () => {
    expect(feelMarkers(scope, '  ')).toEqual([]);
    expect(feelMarkers(scope, 'today() > date("2026-01-01")')[0].severity).toBe('error');
  });
});
