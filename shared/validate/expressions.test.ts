import { describe, it, expect } from 'vitest';
import { compileExpression } from '../expr';
import { validateModel, type ExpressionChecker } from './index';
import { cleanModel, node } from './testModels';

/** The app's and the command line's checker: feelin's parser through compileExpression. */
const feel: ExpressionChecker = (source, names) => {
  const result = compileExpression(source, names);
  return result.ok ? null : result.error;
};

function brokenModel() {
  const model = cleanModel();
  model.data.fields = [
    { name: 'amount', type: 'number', validation: 'amount >' },
    { name: 'insured', type: 'boolean' },
  ];
  model.flows.find((f) => f.id === 'to-cfo')!.condition = 'amount > 5000)';
  model.nodes.find((n) => n.id === 'cfo')!.sim = { durationExpression: 'if amount > 10000 then 2 * base' };
  model.nodes.push(
    node({ id: 'fraud', type: 'boundaryEvent', eventType: 'error', attachedTo: 'cfo', condition: 'now() > 1' }),
  );
  return model;
}

describe('FW_V_EXPRESSION_SYNTAX', () => {
  it('reports every expression that does not parse, with the element and the column', () => {
    const found = validateModel(brokenModel(), { checkExpression: feel }).filter(
      (p) => p.code === 'FW_V_EXPRESSION_SYNTAX',
    );
    expect(found.map((p) => [p.severity, p.elementId, p.message])).toEqual([
      [
        'error',
        'to-cfo',
        "The condition of the flow from 'Amount over 5000?' to 'CFO approval', \"amount > 5000)\", cannot be read: " +
          'unrecognized token in expression at column 14',
      ],
      [
        'error',
        'cfo',
        'The duration expression of \'CFO approval\', "if amount > 10000 then 2 * base", cannot be read: ' +
          'incomplete if expression at column 32',
      ],
      [
        'error',
        'fraud',
        expect.stringMatching(
          /^The condition of an untitled error boundary event, "now\(\) > 1", cannot be read: now\(\) reads the clock.* at column 1$/,
        ),
      ],
      [
        'error',
        undefined,
        'The rule of field \'amount\', "amount >", cannot be read: incomplete comparison at column 9',
      ],
    ]);
  });

  it('finds nothing in expressions that parse, and checks nothing without a parser', () => {
    expect(validateModel(cleanModel(), { checkExpression: feel })).toEqual([]);
    expect(validateModel(brokenModel()).some((p) => p.code === 'FW_V_EXPRESSION_SYNTAX')).toBe(false);
  });

  it("passes the map's field names (and base for durations) to the parser", () => {
    const seen: Array<[string, readonly string[]]> = [];
    validateModel(brokenModel(), { checkExpression: (source, names) => (seen.push([source, names]), null) });
    expect(seen).toContainEqual(['amount > 5000)', ['amount', 'insured']]);
    expect(seen).toContainEqual(['if amount > 10000 then 2 * base', ['amount', 'insured', 'base']]);
  });
});
