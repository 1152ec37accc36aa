import { describe, it, expect } from 'vitest';
import type { ProcessModel } from '../model';
import { cleanModel, flow, problemsWith } from './testModels';

const ids = (problems: { elementId?: string }[]) => problems.map((p) => p.elementId);
const flowById = (model: ProcessModel, id: string) => model.flows.find((f) => f.id === id)!;

describe('FW_V_GATEWAY_ROUTING', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_GATEWAY_ROUTING')).toEqual([]);
  });

  it('fires on a conditionless, non-default flow of an exclusive split without a default', () => {
    const model = cleanModel();
    delete flowById(model, 'skip-cfo').default;
    delete flowById(model, 'to-cfo').probability;
    expect(problemsWith(model, 'FW_V_GATEWAY_ROUTING')).toEqual([
      {
        severity: 'error',
        code: 'FW_V_GATEWAY_ROUTING',
        message:
          "Flow from 'Amount over 5000?' to an untitled exclusive gateway has no condition and is not the default " +
          'flow, so nothing says when it is taken',
        elementId: 'skip-cfo',
      },
    ]);
  });

  it('fires on such a flow of an inclusive split even when another flow is the default', () => {
    const model = cleanModel();
    delete flowById(model, 'to-insure').condition;
    expect(ids(problemsWith(model, 'FW_V_GATEWAY_ROUTING'))).toEqual(['to-insure']);
  });

  it('accepts a split whose every flow has a probability, and a gateway with one outgoing flow', () => {
    const model = cleanModel();
    delete flowById(model, 'skip-cfo').default;
    delete flowById(model, 'to-cfo').condition;
    delete flowById(model, 'to-ship').default;
    model.flows = model.flows.filter((f) => f.id !== 'to-insure');
    expect(problemsWith(model, 'FW_V_GATEWAY_ROUTING')).toEqual([]);
  });

  it('treats a blank condition as none', () => {
    const model = cleanModel();
    flowById(model, 'to-insure').condition = '  ';
    expect(ids(problemsWith(model, 'FW_V_GATEWAY_ROUTING'))).toEqual(['to-insure']);
  });
});

describe('FW_V_MULTIPLE_DEFAULTS', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_MULTIPLE_DEFAULTS')).toEqual([]);
  });

  it('fires once on the node that has several default flows', () => {
    const model = cleanModel();
    flowById(model, 'to-insure').default = true;
    expect(problemsWith(model, 'FW_V_MULTIPLE_DEFAULTS')).toEqual([
      {
        severity: 'error',
        code: 'FW_V_MULTIPLE_DEFAULTS',
        message: "'Extras?' has 2 default flows (to 'Insure goods' and 'Ship goods'); at most one is allowed",
        elementId: 'extras',
      },
    ]);
  });
});

describe('FW_V_DEFAULT_NOT_GATEWAY', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_DEFAULT_NOT_GATEWAY')).toEqual([]);
  });

  it('fires on default flows out of a task or a parallel gateway', () => {
    const model = cleanModel();
    flowById(model, 'submit-check').default = true;
    flowById(model, 'fork-order').default = true;
    const problems = problemsWith(model, 'FW_V_DEFAULT_NOT_GATEWAY');
    expect(ids(problems)).toEqual(['submit-check', 'fork-order']);
    expect(problems[0]).toMatchObject({
      severity: 'warning',
      message:
        "Flow from 'Submit request' to 'Check request' is marked as default, but it starts at task 'Submit request', " +
        'not at an exclusive or inclusive gateway, so the mark has no effect',
    });
  });
});

describe('FW_V_PROBABILITY_SUM', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_PROBABILITY_SUM')).toEqual([]);
  });

  it('fires, in words and percent, when the branches of an exclusive split do not add up to 100 %', () => {
    const model = cleanModel();
    flowById(model, 'skip-cfo').probability = 0.7;
    expect(problemsWith(model, 'FW_V_PROBABILITY_SUM')).toEqual([
      {
        severity: 'warning',
        code: 'FW_V_PROBABILITY_SUM',
        message: "The branches of 'Amount over 5000?' add up to 90 %, not 100 %",
        elementId: 'big',
      },
    ]);
    flowById(model, 'skip-cfo').probability = 0.9;
    expect(problemsWith(model, 'FW_V_PROBABILITY_SUM').map((p) => p.message)).toEqual([
      "The branches of 'Amount over 5000?' add up to 110 %, not 100 %",
    ]);
    // 60 % and 30 % as the form stores them (0.6 + 0.3 is 0.8999999999999999 in floating point).
    flowById(model, 'to-cfo').probability = 60 / 100;
    flowById(model, 'skip-cfo').probability = 30 / 100;
    expect(problemsWith(model, 'FW_V_PROBABILITY_SUM').map((p) => p.message)).toEqual([
      "The branches of 'Amount over 5000?' add up to 90 %, not 100 %",
    ]);
    flowById(model, 'skip-cfo').probability = 40 / 100;
    expect(problemsWith(model, 'FW_V_PROBABILITY_SUM')).toEqual([]);
  });

  it('fires when only some branches have a probability, naming the branches without one', () => {
    const model = cleanModel();
    delete flowById(model, 'to-timeout').probability;
    expect(problemsWith(model, 'FW_V_PROBABILITY_SUM').map((p) => p.message)).toEqual([
      'Only 1 of the 2 branches of an untitled event-based gateway has a probability (90 %); the branch to an ' +
        'untitled timer intermediate event has none: give every branch one, adding up to 100 %',
    ]);
    model.flows.push(flow({ id: 'third', source: 'big', target: 'merge', condition: 'urgent' }));
    model.flows.push(flow({ id: 'fourth', source: 'big', target: 'cfo', condition: 'rush' }));
    expect(problemsWith(model, 'FW_V_PROBABILITY_SUM').map((p) => p.message)[0]).toBe(
      "Only 2 of the 4 branches of 'Amount over 5000?' have a probability (100 %); the branches to an untitled " +
        "exclusive gateway and 'CFO approval' have none: give every branch one, adding up to 100 %",
    );
  });

  it('tolerates rounding, and leaves inclusive splits (independent chances) alone', () => {
    const model = cleanModel();
    flowById(model, 'to-cfo').probability = 0.1;
    flowById(model, 'skip-cfo').probability = 0.7;
    model.flows.push(flow({ id: 'third', source: 'big', target: 'merge', condition: 'urgent', probability: 0.2 }));
    flowById(model, 'to-insure').probability = 0.9;
    flowById(model, 'to-ship').probability = 0.9;
    expect(problemsWith(model, 'FW_V_PROBABILITY_SUM')).toEqual([]);
  });
});
