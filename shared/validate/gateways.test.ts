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
          "Flow (skip-cfo) from exclusive gateway 'Amount over 5000?' (big) to exclusive gateway (merge) has no " +
          'condition and is not the default flow, so nothing says when it is taken',
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
        message:
          "Inclusive gateway 'Extras?' (extras) has 2 default flows (to-insure, to-ship); at most one is allowed",
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
        "Flow (submit-check) is marked as default, but its source task 'Submit request' (submit) is not an " +
        'exclusive or inclusive gateway, so the mark has no effect',
    });
  });
});

describe('FW_V_PROBABILITY_SUM', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_PROBABILITY_SUM')).toEqual([]);
  });

  it('fires when the probabilities of an exclusive split do not sum to 1', () => {
    const model = cleanModel();
    flowById(model, 'skip-cfo').probability = 0.7;
    expect(problemsWith(model, 'FW_V_PROBABILITY_SUM')).toEqual([
      {
        severity: 'warning',
        code: 'FW_V_PROBABILITY_SUM',
        message:
          "The outgoing flows of exclusive gateway 'Amount over 5000?' (big) have probabilities that sum to 0.9, not 1",
        elementId: 'big',
      },
    ]);
  });

  it('fires when only some flows of an event-based split have a probability', () => {
    const model = cleanModel();
    delete flowById(model, 'to-timeout').probability;
    expect(problemsWith(model, 'FW_V_PROBABILITY_SUM').map((p) => p.message)).toEqual([
      'The outgoing flows of event-based gateway (wait) have probabilities on 1 of 2 flows; to-timeout has none',
    ]);
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
