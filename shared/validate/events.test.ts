import { describe, it, expect } from 'vitest';
import { chain, cleanModel, flow, modelOf, node, problemsWith } from './testModels';

describe('FW_V_NO_START and FW_V_NO_END', () => {
  it('do not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_NO_START')).toEqual([]);
    expect(problemsWith(cleanModel(), 'FW_V_NO_END')).toEqual([]);
  });

  it('fire for the process without an element id', () => {
    const model = modelOf([{ id: 'a', type: 'task', name: 'A' }], []);
    expect(problemsWith(model, 'FW_V_NO_START')).toEqual([
      { severity: 'error', code: 'FW_V_NO_START', message: 'The process has no start event' },
    ]);
    expect(problemsWith(model, 'FW_V_NO_END')).toEqual([
      { severity: 'error', code: 'FW_V_NO_END', message: 'The process has no end event' },
    ]);
  });

  it('check each sub-process on its own: its events do not count for the process, nor the reverse', () => {
    const model = modelOf(
      [
        { id: 'sub', type: 'subProcess', name: 'Sub' },
        { id: 's', type: 'startEvent', parent: 'sub' },
        { id: 'e', type: 'endEvent', parent: 'sub' },
        { id: 'empty', type: 'subProcess', name: 'Empty' },
      ],
      chain('s', 'e'),
    );
    expect(problemsWith(model, 'FW_V_NO_START').map((p) => [p.elementId, p.message])).toEqual([
      [undefined, 'The process has no start event'],
      ['empty', "'Empty' has no start event inside it"],
    ]);
    const withTopLevelEvents = cleanModel();
    withTopLevelEvents.nodes = withTopLevelEvents.nodes.filter((n) => n.id !== 'check-end');
    expect(problemsWith(withTopLevelEvents, 'FW_V_NO_END').map((p) => p.elementId)).toEqual(['check']);
  });
});

describe('FW_V_FLOW_INTO_START and FW_V_FLOW_OUT_OF_END', () => {
  it('do not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_FLOW_INTO_START')).toEqual([]);
    expect(problemsWith(cleanModel(), 'FW_V_FLOW_OUT_OF_END')).toEqual([]);
  });

  it('fire on a flow into a start event and one out of an end event', () => {
    const model = cleanModel();
    model.flows.push(
      flow({ id: 'back', source: 'cfo', target: 'start' }),
      flow({ id: 'after', source: 'done', target: 'chase' }),
    );
    expect(problemsWith(model, 'FW_V_FLOW_INTO_START').map((p) => [p.elementId, p.message])).toEqual([
      [
        'back',
        "Flow from 'CFO approval' to 'Request submitted' ends at a start event; a start event takes no incoming flows",
      ],
    ]);
    expect(problemsWith(model, 'FW_V_FLOW_OUT_OF_END').map((p) => [p.elementId, p.message])).toEqual([
      ['after', "Flow from 'Order paid' to 'Chase payment' starts at an end event; a case stops at an end event"],
    ]);
  });

  it('apply inside sub-processes too', () => {
    const model = cleanModel();
    model.nodes.push(node({ id: 'extra', type: 'task', name: 'Extra', parent: 'check' }));
    model.flows.push(flow({ id: 'in', source: 'extra', target: 'check-start' }));
    expect(problemsWith(model, 'FW_V_FLOW_INTO_START').map((p) => p.elementId)).toEqual(['in']);
  });
});
