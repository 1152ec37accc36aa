import { describe, expect, it } from 'vitest';
import { compileExpression } from '../expr';
import { validateModel, type ExpressionChecker, type Problem } from './index';
import { cleanModel, flow, modelOf, node } from './testModels';

const feel: ExpressionChecker = (source, names) => {
  const result = compileExpression(source, names);
  return result.ok ? null : result.error;
};

/** A drawn approval whose gateway splits to two tasks with neither a condition nor a default. */
function approval() {
  return modelOf(
    [
      { id: 'Event_1', type: 'startEvent', name: 'Request in' },
      { id: 'Gateway_7', type: 'exclusiveGateway', name: 'Amount over 1,000?' },
      { id: 'Activity_3', type: 'task', taskType: 'user', name: 'Approve' },
      { id: 'Activity_4', type: 'task', taskType: 'user', name: 'Reject' },
      { id: 'Event_2', type: 'endEvent', name: 'Done' },
    ],
    [
      { id: 'Flow_1', source: 'Event_1', target: 'Gateway_7' },
      { id: 'Flow_2', source: 'Gateway_7', target: 'Activity_3' },
      { id: 'Flow_3', source: 'Gateway_7', target: 'Activity_4' },
      { id: 'Flow_4', source: 'Activity_3', target: 'Event_2' },
      { id: 'Flow_5', source: 'Activity_4', target: 'Event_2' },
    ],
  );
}

/** A map that breaks one rule of nearly every family: references, events, reachability, gateways, names, FEEL. */
function brokenEverywhere() {
  const model = cleanModel();
  model.nodes.push(
    node({ id: 'orphan', type: 'task', name: 'Archive' }),
    node({ id: 'nameless', type: 'task', taskType: 'user', name: '' }),
    node({ id: 'loose', type: 'boundaryEvent', name: 'Late' }),
    node({ id: 'lost', type: 'task', name: 'Lost', lane: 'nowhere' }),
  );
  model.flows.push(
    flow({ id: 'back', source: 'cfo', target: 'start' }),
    flow({ id: 'to-nameless', source: 'big', target: 'nameless' }),
    flow({ id: 'bad-feel', source: 'big', target: 'orphan', condition: 'amount >' }),
  );
  model.flows.find((f) => f.id === 'to-insure')!.default = true;
  return model;
}

describe('problem messages lead with names and plain words', () => {
  it('says which flow has no condition by the names of its ends', () => {
    const routing = validateModel(approval()).filter((p) => p.code === 'FW_V_GATEWAY_ROUTING');
    expect(routing.map((p) => [p.elementId, p.message])).toEqual([
      [
        'Flow_2',
        "Flow from 'Amount over 1,000?' to 'Approve' has no condition and is not the default flow, so nothing says " +
          'when it is taken',
      ],
      [
        'Flow_3',
        "Flow from 'Amount over 1,000?' to 'Reject' has no condition and is not the default flow, so nothing says " +
          'when it is taken',
      ],
    ]);
  });

  it('keeps ids and codes out of the words of every rule family, and beside them as detail', () => {
    const problems: Problem[] = validateModel(brokenEverywhere(), { checkExpression: feel });
    const codes = new Set(problems.map((p) => p.code));
    for (const code of [
      'FW_V_LANE_MISSING',
      'FW_V_BOUNDARY_HOST',
      'FW_V_FLOW_INTO_START',
      'FW_V_UNREACHABLE',
      'FW_V_DEAD_END',
      'FW_V_GATEWAY_ROUTING',
      'FW_V_MULTIPLE_DEFAULTS',
      'FW_V_EXPRESSION_SYNTAX',
      'FW_V_TASK_NO_NAME',
    ])
      expect(codes).toContain(code);
    for (const found of problems) {
      expect(found.message).not.toMatch(/FW_/);
      expect(found.message).toMatch(/^['A-Z]/);
      if (found.elementId !== undefined) {
        expect(found.elementId).toBeTruthy();
        expect(found.message).not.toContain(`(${found.elementId})`);
      }
    }
  });

  it('calls an element without a name by what it is, and a nameless task by the step before it', () => {
    const model = approval();
    model.nodes.find((n) => n.id === 'Activity_4')!.name = '';
    model.flows = model.flows.filter((f) => f.id !== 'Flow_5');
    const messages = validateModel(model).map((p) => p.message);
    expect(messages).toContain('An untitled user task cannot reach an end event');
    expect(messages).toContain(
      "A user task after 'Amount over 1,000?' has no name, so diagrams and reports cannot say what it does",
    );
    expect(messages).toContain(
      "Flow from 'Amount over 1,000?' to an untitled user task has no condition and is not the default flow, so " +
        'nothing says when it is taken',
    );
  });
});
