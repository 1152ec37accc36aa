import { describe, it, expect } from 'vitest';
import { chain, cleanModel, flow, modelOf, node, problemsWith } from './testModels';

const ids = (problems: { elementId?: string }[]) => problems.map((p) => p.elementId);

describe('FW_V_UNREACHABLE', () => {
  it('does not fire on a clean map, where boundary events are reached through their activity', () => {
    expect(problemsWith(cleanModel(), 'FW_V_UNREACHABLE')).toEqual([]);
  });

  it('fires on a node no start event leads to, and on the boundary events of an unreached activity', () => {
    const model = cleanModel();
    model.nodes.push(
      node({ id: 'orphan', type: 'task', name: 'Archive' }),
      node({ id: 'orphan-timer', type: 'boundaryEvent', attachedTo: 'orphan' }),
    );
    model.flows.push(
      flow({ id: 'o1', source: 'orphan', target: 'done' }),
      flow({ id: 'o2', source: 'orphan-timer', target: 'done' }),
    );
    const problems = problemsWith(model, 'FW_V_UNREACHABLE');
    expect(ids(problems)).toEqual(['orphan', 'orphan-timer']);
    expect(problems[0]).toMatchObject({
      severity: 'warning',
      message: "'Archive' cannot be reached from a start event",
    });
  });

  it('exempts annotations, and levels without a start event (FW_V_NO_START says so)', () => {
    const model = modelOf(
      [
        { id: 'note', type: 'annotation', name: 'Remember' },
        { id: 'a', type: 'task', name: 'A' },
        { id: 'end', type: 'endEvent' },
      ],
      chain('a', 'end'),
    );
    expect(problemsWith(model, 'FW_V_UNREACHABLE')).toEqual([]);
  });

  it('does not follow a flow that crosses a sub-process border', () => {
    const model = cleanModel();
    model.nodes.push(node({ id: 'inside', type: 'task', name: 'Inside', parent: 'check' }));
    model.flows.push(
      flow({ id: 'x', source: 'submit', target: 'inside' }),
      flow({ id: 'y', source: 'inside', target: 'check-end' }),
    );
    expect(ids(problemsWith(model, 'FW_V_UNREACHABLE'))).toEqual(['inside']);
  });
});

describe('FW_V_DEAD_END', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), 'FW_V_DEAD_END')).toEqual([]);
  });

  it('fires on a node with no way on, and on the nodes that lead only there', () => {
    const model = cleanModel();
    model.nodes.push(
      node({ id: 'stuck', type: 'task', name: 'Review' }),
      node({ id: 'before', type: 'task', name: 'Prepare' }),
    );
    model.flows.push(
      flow({ id: 'to-before', source: 'big', target: 'before', condition: 'amount > 100000' }),
      ...chain('before', 'stuck'),
    );
    const problems = problemsWith(model, 'FW_V_DEAD_END');
    expect(ids(problems)).toEqual(['stuck', 'before']);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      message: "'Review' cannot reach an end event",
    });
  });

  it('reports every node of a path that has lost its way to the end', () => {
    const model = cleanModel();
    model.flows = model.flows.filter((f) => f.id !== 'merge-fork');
    expect(ids(problemsWith(model, 'FW_V_DEAD_END'))).toEqual(['start', 'submit', 'check', 'big', 'cfo', 'merge']);
  });

  it('fires on a loop without exit', () => {
    const model = modelOf(
      [
        { id: 's', type: 'startEvent' },
        { id: 'a', type: 'task', name: 'A' },
        { id: 'b', type: 'task', name: 'B' },
        { id: 'e', type: 'endEvent' },
      ],
      [...chain('s', 'a', 'b', 'a')],
    );
    expect(ids(problemsWith(model, 'FW_V_DEAD_END'))).toEqual(['s', 'a', 'b']);
  });

  it('does not let an activity finish through its boundary event alone', () => {
    const model = cleanModel();
    model.flows = model.flows.filter((f) => f.id !== 'check-big');
    expect(ids(problemsWith(model, 'FW_V_DEAD_END'))).toEqual(['start', 'submit', 'check']);
  });

  it('fires on a boundary event whose path does not end', () => {
    const model = cleanModel();
    model.flows = model.flows.filter((f) => f.id !== 'remind-remind-end');
    expect(ids(problemsWith(model, 'FW_V_DEAD_END'))).toEqual(['sla', 'remind']);
  });
});
