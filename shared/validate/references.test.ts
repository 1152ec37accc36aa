import { describe, it, expect } from 'vitest';
import { cleanModel, flow, node, problemsWith } from './testModels';

describe('FW_V_FLOW_MISSING_NODE', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_FLOW_MISSING_NODE')).toEqual([]);
  });

  it('names the missing source, target or both', () => {
    const model = cleanModel();
    model.flows.push(
      flow({ id: 'f-source', source: 'ghost', target: 'cfo' }),
      flow({ id: 'f-target', source: 'cfo', target: 'ghost' }),
      flow({ id: 'f-both', name: 'Lost', source: 'a', target: 'b' }),
    );
    expect(problemsWith(model, 'FW_V_FLOW_MISSING_NODE').map((p) => [p.elementId, p.message])).toEqual([
      [
        'f-source',
        "Flow from a missing node 'ghost' to 'CFO approval' cannot be followed: one of its ends does not exist",
      ],
      [
        'f-target',
        "Flow from 'CFO approval' to a missing node 'ghost' cannot be followed: one of its ends does not exist",
      ],
      [
        'f-both',
        "Flow 'Lost' from a missing node 'a' to a missing node 'b' cannot be followed: neither of its ends exists",
      ],
    ]);
  });
});

describe('FW_V_FLOW_CROSSES_SUBPROCESS', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_FLOW_CROSSES_SUBPROCESS')).toEqual([]);
  });

  it('fires on a flow from inside a sub-process to outside it', () => {
    const model = cleanModel();
    model.flows.push(flow({ id: 'leak', source: 'check-budget', target: 'cfo' }));
    expect(problemsWith(model, 'FW_V_FLOW_CROSSES_SUBPROCESS')).toEqual([
      {
        severity: 'error',
        code: 'FW_V_FLOW_CROSSES_SUBPROCESS',
        message:
          "Flow from 'Check budget' to 'CFO approval' goes from 'Check request' into the process; a flow cannot cross a " +
          'sub-process border',
        elementId: 'leak',
      },
    ]);
  });
});

describe('FW_V_LANE_MISSING', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_LANE_MISSING')).toEqual([]);
  });

  it('fires on a node in a lane the map lacks', () => {
    const model = cleanModel();
    model.lanes = model.lanes.filter((lane) => lane.id !== 'requester');
    expect(problemsWith(model, 'FW_V_LANE_MISSING').map((p) => [p.elementId, p.message])).toEqual([
      ['start', "'Request submitted' is in a lane that does not exist ('requester')"],
      ['submit', "'Submit request' is in a lane that does not exist ('requester')"],
    ]);
  });
});

describe('FW_V_PARENT_MISSING', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_PARENT_MISSING')).toEqual([]);
  });

  it('fires when the parent is missing or is not a sub-process', () => {
    const model = cleanModel();
    model.nodes.find((n) => n.id === 'check-start')!.parent = 'gone';
    model.nodes.find((n) => n.id === 'check-end')!.parent = 'cfo';
    expect(problemsWith(model, 'FW_V_PARENT_MISSING').map((p) => [p.elementId, p.message])).toEqual([
      ['check-start', "An untitled start event is inside a sub-process that does not exist ('gone')"],
      ['check-end', "An untitled end event is inside task 'CFO approval', which is not a sub-process"],
    ]);
  });
});

describe('FW_V_PARENT_CYCLE', () => {
  it('does not fire on a clean map with nested sub-processes', () => {
    const model = cleanModel();
    model.nodes.push(node({ id: 'inner', type: 'subProcess', name: 'Inner', parent: 'check' }));
    expect(problemsWith(model, 'FW_V_PARENT_CYCLE')).toEqual([]);
  });

  it('fires on every sub-process of a cycle, and only on them', () => {
    const model = cleanModel();
    model.nodes.push(
      node({ id: 'a', type: 'subProcess', name: 'A', parent: 'b' }),
      node({ id: 'b', type: 'subProcess', name: 'B', parent: 'a' }),
      node({ id: 'c', type: 'subProcess', name: 'C', parent: 'a' }),
      node({ id: 'self', type: 'subProcess', name: 'Self', parent: 'self' }),
    );
    const problems = problemsWith(model, 'FW_V_PARENT_CYCLE');
    expect(problems.map((p) => p.elementId)).toEqual(['a', 'b', 'self']);
    expect(problems[2].message).toBe("'Self' is nested inside itself through its parent sub-processes");
  });
});

describe('FW_V_BOUNDARY_HOST', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_BOUNDARY_HOST')).toEqual([]);
  });

  it('fires when attached to nothing, to a missing node, to a non-activity or across levels', () => {
    const model = cleanModel();
    model.nodes.push(
      node({ id: 'b1', type: 'boundaryEvent', name: 'Loose' }),
      node({ id: 'b2', type: 'boundaryEvent', attachedTo: 'ghost' }),
      node({ id: 'b3', type: 'boundaryEvent', attachedTo: 'big' }),
      node({ id: 'b4', type: 'boundaryEvent', attachedTo: 'check-budget' }),
    );
    expect(problemsWith(model, 'FW_V_BOUNDARY_HOST').map((p) => [p.elementId, p.message])).toEqual([
      ['b1', "'Loose' is attached to nothing"],
      ['b2', "An untitled boundary event is attached to a node that does not exist ('ghost')"],
      [
        'b3',
        "An untitled boundary event is attached to exclusive gateway 'Amount over 5000?'; boundary events attach to tasks and sub-processes",
      ],
      ['b4', "An untitled boundary event lies in the process but its activity 'Check budget' lies in 'Check request'"],
    ]);
  });
});
