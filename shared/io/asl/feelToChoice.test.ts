import { describe, expect, it } from 'vitest';
import { feelToChoice, UntranslatableCondition } from './feelToChoice';

describe('FEEL conditions as Step Functions choice rules', () => {
  const cases: [string, unknown][] = [
    ['amount > 5000', { Variable: '$.amount', NumericGreaterThan: 5000 }],
    ['amount <= 5000.5', { Variable: '$.amount', NumericLessThanEquals: 5000.5 }],
    ['5000 < amount', { Variable: '$.amount', NumericGreaterThan: 5000 }],
    ['tier = "gold"', { Variable: '$.tier', StringEquals: 'gold' }],
    ['tier != "gold"', { Not: { Variable: '$.tier', StringEquals: 'gold' } }],
    ['vip = true', { Variable: '$.vip', BooleanEquals: true }],
    ['vip', { Variable: '$.vip', BooleanEquals: true }],
    ['not(vip)', { Not: { Variable: '$.vip', BooleanEquals: true } }],
    ['costCenter = null', { Variable: '$.costCenter', IsNull: true }],
    ['is defined(costCenter)', { Variable: '$.costCenter', IsPresent: true }],
    ['customer.age >= 18', { Variable: '$.customer.age', NumericGreaterThanEquals: 18 }],
    [
      'amount between 10 and 20',
      {
        And: [
          { Variable: '$.amount', NumericGreaterThanEquals: 10 },
          { Variable: '$.amount', NumericLessThanEquals: 20 },
        ],
      },
    ],
    [
      'tier in ["gold", "silver"]',
      {
        Or: [
          { Variable: '$.tier', StringEquals: 'gold' },
          { Variable: '$.tier', StringEquals: 'silver' },
        ],
      },
    ],
    [
      'amount > 5000 and tier = "gold" or vip',
      {
        Or: [
          {
            And: [
              { Variable: '$.amount', NumericGreaterThan: 5000 },
              { Variable: '$.tier', StringEquals: 'gold' },
            ],
          },
          { Variable: '$.vip', BooleanEquals: true },
        ],
      },
    ],
    [
      '(a > 1 and b < 2) and c = "x"',
      {
        And: [
          { Variable: '$.a', NumericGreaterThan: 1 },
          { Variable: '$.b', NumericLessThan: 2 },
          { Variable: '$.c', StringEquals: 'x' },
        ],
      },
    ],
  ];
  for (const [feel, rule] of cases) it(`translates ${feel}`, () => expect(feelToChoice(feel)).toEqual(rule));

  it('compares two fields when their type is declared', () => {
    expect(feelToChoice('amount > limit', new Map([['amount', 'number']]))).toEqual({
      Variable: '$.amount',
      NumericGreaterThanPath: '$.limit',
    });
  });

  const refused: [string, RegExp][] = [
    ['count(items) > 2', /"count\(items\) > 2" compares something other than a field with a value/],
    ['amount > limit', /compares two fields whose type is not known/],
    ['upper case(name) = "X"', /compares something other than a field/],
    ['amount * 2 > 10', /compares something other than a field/],
    ['amount > ', /is not a valid FEEL expression/],
    ['amount < null', /compares with null by order/],
    ['if vip then true else false', /has no Step Functions equivalent/],
  ];
  for (const [feel, message] of refused)
    it(`refuses ${feel}, naming what has no equivalent`, () => {
      expect(() => feelToChoice(feel)).toThrow(UntranslatableCondition);
      expect(() => feelToChoice(feel)).toThrow(message);
    });
});
