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
      ['f-source', "Flow (f-source) starts at node 'ghost', which does not exist"],
      ['f-target', "Flow (f-target) ends at node 'ghost', which does not exist"],
      ['f-both', "Flow 'Lost' (f-both) starts at node 'a' and ends at node 'b', neither of which exists"],
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
          "Flow (leak) goes from task 'Check budget' (check-budget) in sub-process 'Check request' (check) to task " +
          "'CFO approval' (cfo) in the process; a flow cannot cross a sub-process border",
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
      ['start', "Start event 'Request submitted' (start) is in lane 'requester', which does not exist"],
      ['submit', "Task 'Submit request' (submit) is in lane 'requester', which does not exist"],
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
      ['check-start', "Start event (check-start) is inside sub-process 'gone', which does not exist"],
      ['check-end', "End event (check-end) is inside task 'CFO approval' (cfo), which is not a sub-process"],
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
    expect(problems[2].message).toBe(
      "Sub-process 'Self' (self) is nested inside itself through its parent sub-processes",
    );
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
      ['b1', "Boundary event 'Loose' (b1) is attached to nothing"],
      ['b2', "Boundary event (b2) is attached to node 'ghost', which does not exist"],
      [
        'b3',
        "Boundary event (b3) is attached to exclusive gateway 'Amount over 5000?' (big); boundary events attach to tasks and sub-processes",
      ],
      [
        'b4',
        "Boundary event (b4) lies in the process but its task 'Check budget' (check-budget) lies in sub-process 'Check request' (check)",
      ],
    ]);
  });
});
