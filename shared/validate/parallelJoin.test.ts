import { describe, it, expect } from 'vitest';
import type { ProcessModelInput } from '../model';
import { chain, cleanModel, modelOf, problemsWith } from './testModels';

type NodeInput = ProcessModelInput['nodes'][number];
const code = 'FW_V_PARALLEL_EXCLUSIVE_JOIN';
const start: NodeInput = { id: 's', type: 'startEvent' };
const end: NodeInput = { id: 'e', type: 'endEvent' };
const fork: NodeInput = { id: 'fork', type: 'parallelGateway', name: 'Split' };
const tasks = (...ids: string[]): NodeInput[] => ids.map((id) => ({ id, type: 'task', name: id.toUpperCase() }));
const ids = (problems: { elementId?: string }[]) => problems.map((p) => p.elementId);

describe('FW_V_PARALLEL_EXCLUSIVE_JOIN', () => {
  it('does not fire on a clean map', () => {
    expect(problemsWith(cleanModel(), code)).toEqual([]);
  });

  it('fires where parallel branches first meet at an exclusive gateway', () => {
    const model = modelOf(
      [start, fork, ...tasks('a', 'b', 'c'), { id: 'merge', type: 'exclusiveGateway', name: 'Merge' }, end],
      [...chain('s', 'fork', 'a', 'merge', 'c', 'e'), ...chain('fork', 'b', 'merge')],
    );
    expect(problemsWith(model, code)).toEqual([
      {
        severity: 'warning',
        code,
        message:
          "The branches of 'Split' first meet at 'Merge', which does not wait for them: it and everything after it " +
          'run once per branch; join them with a parallel gateway',
        elementId: 'merge',
      },
    ]);
  });

  it('fires where branches meet at a task, also one branch coming straight from the split', () => {
    const model = modelOf(
      [start, fork, ...tasks('a', 'c'), end],
      [...chain('s', 'fork', 'a', 'c', 'e'), ...chain('fork', 'c')],
    );
    expect(ids(problemsWith(model, code))).toEqual(['c']);
  });

  it('does not fire where branches meet at a parallel or inclusive join or at an end event', () => {
    for (const joinType of ['parallelGateway', 'inclusiveGateway'] as const) {
      const model = modelOf(
        [start, fork, ...tasks('a', 'b'), { id: 'join', type: joinType }, end],
        [...chain('s', 'fork', 'a', 'join', 'e'), ...chain('fork', 'b', 'join')],
      );
      expect(problemsWith(model, code)).toEqual([]);
    }
    const toOneEnd = modelOf(
      [start, fork, ...tasks('a', 'b'), end],
      [...chain('s', 'fork', 'a', 'e'), ...chain('fork', 'b', 'e')],
    );
    expect(problemsWith(toOneEnd, code)).toEqual([]);
  });

  it('sees past a nested parallel block and an exclusive loop inside one branch', () => {
    const nodes: NodeInput[] = [
      start,
      fork,
      ...tasks('a1', 'a2', 'b', 'c'),
      { id: 'inner', type: 'parallelGateway' },
      { id: 'inner-join', type: 'parallelGateway' },
      { id: 'again', type: 'exclusiveGateway' },
      { id: 'retry', type: 'exclusiveGateway' },
      { id: 'join', type: 'parallelGateway' },
      end,
    ];
    const flows = [
      ...chain('s', 'fork', 'inner', 'a1', 'inner-join', 'again', 'b', 'retry', 'join', 'c', 'e'),
      ...chain('inner', 'a2', 'inner-join'),
      ...chain('retry', 'again'),
    ];
    const sound = modelOf(nodes, [...flows, ...chain('fork', 'join')]);
    expect(problemsWith(sound, code)).toEqual([]);
    const rejoinedTooSoon = modelOf(nodes, [...flows, { id: 'short', source: 'fork', target: 'again' }]);
    expect(ids(problemsWith(rejoinedTooSoon, code))).toEqual(['again']);
  });

  it('follows boundary events of a branch', () => {
    const model = modelOf(
      [
        start,
        fork,
        ...tasks('a', 'b', 'c'),
        { id: 'oops', type: 'boundaryEvent', eventType: 'error', attachedTo: 'a' },
        { id: 'merge', type: 'exclusiveGateway' },
        end,
      ],
      [...chain('s', 'fork', 'a', 'e'), ...chain('oops', 'merge', 'c', 'e'), ...chain('fork', 'b', 'merge')],
    );
    expect(ids(problemsWith(model, code))).toEqual(['merge']);
  });

  it('still finds a meeting at a merge owned by a branch that has run out', () => {
    const model = modelOf(
      [
        start,
        fork,
        ...tasks('a', 'b', 'c'),
        { id: 'x', type: 'exclusiveGateway' },
        { id: 'loop', type: 'exclusiveGateway' },
        end,
      ],
      [...chain('s', 'fork', 'b', 'x', 'e'), ...chain('fork', 'a', 'loop', 'c', 'x'), ...chain('c', 'loop')],
    );
    expect(ids(problemsWith(model, code))).toEqual(['x']);
  });
});
