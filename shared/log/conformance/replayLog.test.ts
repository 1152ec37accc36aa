import { describe, expect, it } from 'vitest';
import { replayLog } from './replayLog';
import { testLog, testMap } from './testMaps';

// start > A > B > C > end
const sequence = testMap(
  [
    ['s', 'startEvent', 'Start'],
    ['a', 'task', 'A'],
    ['b', 'task', 'B'],
    ['c', 'task', 'C'],
    ['e', 'endEvent', 'End'],
  ],
  ['s>a', 'a>b', 'b>c', 'c>e'],
);

/** start > split > B and C > join > D > end, split and join gateways of the kind given. */
const splitAndJoin = (gateway: 'parallelGateway' | 'inclusiveGateway', split: string) =>
  testMap(
    [
      ['s', 'startEvent'],
      [split, gateway],
      ['b', 'task', 'B'],
      ['c', 'task', 'C'],
      ['join', gateway],
      ['d', 'task', 'D'],
      ['e', 'endEvent'],
    ],
    ['s>' + split, split + '>b', split + '>c', 'b>join', 'c>join', 'join>d', 'd>e'],
  );

describe('replayLog', () => {
  it('gives fitness 1 to a log that follows the map', () => {
    const result = replayLog(
      sequence,
      testLog([
        ['A', 'B', 'C'],
        ['A', 'B', 'C'],
      ]),
    );
    expect(result).toMatchObject({ fitness: 1, cases: 2, fittingCases: 2, deviations: [], unknownActivities: [] });
    expect(result.perCase.map((c) => c.fitness)).toEqual([1, 1]);
  });

  it('matches names trimmed and without case', () => {
    expect(replayLog(sequence, testLog([[' a ', 'b', 'c']])).fitness).toBe(1);
  });

  it('counts a skipped task: a missing token where the log goes on, one left before the skipped task', () => {
    const result = replayLog(sequence, testLog([['A', 'C']]));
    // produced 5 (source, start, A, C, end), consumed 5 (start, A, C, end, sink); 1 missing, 1 remaining
    expect(result.fitness).toBeCloseTo(0.8, 10);
    expect(result.fittingCases).toBe(0);
    expect(result.deviations).toEqual([
      { nodeId: 'b', name: 'B', missing: 0, remaining: 1 },
      { nodeId: 'c', name: 'C', missing: 1, remaining: 0 },
    ]);
    expect(result.perCase[0]).toMatchObject({ caseId: '1', missing: 1, remaining: 1 });
    expect(result.perCase[0].deviations).toEqual([
      'C: done when the map did not allow it (once)',
      'B: expected but not reached (once)',
    ]);
  });

  it('lists an activity the map lacks and counts it as missing', () => {
    const result = replayLog(sequence, testLog([['A', 'Call customer', 'B', 'C']]));
    expect(result.unknownActivities).toEqual(['Call customer']);
    // consumed 6 + 1 for the unknown activity, produced 6, 1 missing
    expect(result.fitness).toBeCloseTo(0.5 * (1 - 1 / 7) + 0.5, 10);
    expect(result.deviations).toEqual([]);
    expect(result.perCase[0].deviations).toEqual(['Call customer: not on the map (once)']);
  });

  it('weighs each variant by its cases and computes overall fitness from the summed tokens', () => {
    const result = replayLog(
      sequence,
      testLog([
        ['A', 'B', 'C'],
        ['A', 'C'],
        ['A', 'B', 'C'],
        ['A', 'C'],
      ]),
    );
    expect(result.fittingCases).toBe(2);
    // 2 × (6 produced, 6 consumed) + 2 × (5, 5 with 1 missing and 1 remaining)
    expect(result.fitness).toBeCloseTo(1 - 2 / 22, 10);
    expect(result.deviations).toContainEqual({ nodeId: 'c', name: 'C', missing: 2, remaining: 0 });
    expect(result.perCase.map((c) => c.caseId)).toEqual(['1', '2', '3', '4']);
  });

  it('accepts the branches of a parallel gateway in either order', () => {
    const map = splitAndJoin('parallelGateway', 'split');
    const fit = replayLog(
      map,
      testLog([
        ['B', 'C', 'D'],
        ['C', 'B', 'D'],
      ]),
    );
    expect(fit).toMatchObject({ fitness: 1, fittingCases: 2 });
    const short = replayLog(map, testLog([['B', 'D']]));
    // D needs the join, which cannot fire without C: D is done without its token, C's and B's tokens are left
    expect(short.fittingCases).toBe(0);
    expect(short.deviations.map((d) => [d.nodeId, d.missing, d.remaining])).toEqual([
      ['c', 0, 1],
      ['d', 1, 0],
      ['join', 0, 1],
    ]);
  });

  it('follows either branch of an exclusive gateway, and a loop back through it', () => {
    const map = testMap(
      [
        ['s', 'startEvent'],
        ['a', 'task', 'Register'],
        ['merge', 'exclusiveGateway'],
        ['b', 'task', 'Check'],
        ['ok', 'exclusiveGateway', 'Complete?'],
        ['c', 'task', 'Pay'],
        ['d', 'task', 'Reject'],
        ['e', 'endEvent'],
      ],
      ['s>a', 'a>merge', 'merge>b', 'b>ok', 'ok>merge', 'ok>c', 'ok>d', 'c>e', 'd>e'],
    );
    const traces = [
      ['Register', 'Check', 'Pay'],
      ['Register', 'Check', 'Reject'],
      ['Register', 'Check', 'Check', 'Check', 'Pay'],
    ];
    expect(replayLog(map, testLog(traces))).toMatchObject({ fitness: 1, fittingCases: 3 });
    const both = replayLog(map, testLog([['Register', 'Check', 'Pay', 'Reject']]));
    expect(both.fitness).toBeLessThan(1);
    expect(both.deviations[0]).toMatchObject({ nodeId: 'd', missing: 1 });
  });

  it('takes an inclusive gateway conservatively: any non-empty set of its branches fits', () => {
    const map = splitAndJoin('inclusiveGateway', 'or');
    const result = replayLog(
      map,
      testLog([
        ['B', 'D'],
        ['C', 'D'],
        ['B', 'C', 'D'],
        ['C', 'B', 'D'],
      ]),
    );
    expect(result).toMatchObject({ fitness: 1, fittingCases: 4 });
  });

  it('lets a boundary event take its path instead of the activity it is attached to', () => {
    const map = testMap(
      [
        ['s', 'startEvent'],
        ['a', 'task', 'Wait for payment'],
        ['late', 'boundaryEvent', 'Overdue', { eventType: 'timer', attachedTo: 'a', interrupting: true }],
        ['r', 'task', 'Send reminder'],
        ['b', 'task', 'Ship'],
        ['e', 'endEvent'],
        ['e2', 'endEvent'],
      ],
      ['s>a', 'a>b', 'b>e', 'late>r', 'r>e2'],
    );
    const result = replayLog(map, testLog([['Wait for payment', 'Ship'], ['Send reminder']]));
    expect(result).toMatchObject({ fitness: 1, fittingCases: 2 });
  });

  it('replays the inside of an expanded sub-process', () => {
    const map = testMap(
      [
        ['s', 'startEvent'],
        ['sub', 'subProcess', 'Handle claim'],
        ['ss', 'startEvent', '', { parent: 'sub' }],
        ['x', 'task', 'Assess', { parent: 'sub' }],
        ['y', 'task', 'Decide', { parent: 'sub' }],
        ['se', 'endEvent', '', { parent: 'sub' }],
        ['z', 'task', 'Notify'],
        ['e', 'endEvent'],
      ],
      ['s>sub', 'ss>x', 'x>y', 'y>se', 'sub>z', 'z>e'],
    );
    expect(replayLog(map, testLog([['Assess', 'Decide', 'Notify']]))).toMatchObject({ fitness: 1 });
    // A log that records the sub-process as one activity fits too.
    expect(replayLog(map, testLog([['Handle claim', 'Notify']]))).toMatchObject({ fitness: 1 });
    expect(replayLog(map, testLog([['Decide', 'Notify']])).fitness).toBeLessThan(1);
  });

  it('reports a case that skips the first task on that task, not on the start event', () => {
    const result = replayLog(sequence, testLog([['B', 'C']]));
    expect(result.deviations).toEqual([
      { nodeId: 'a', name: 'A', missing: 0, remaining: 1 },
      { nodeId: 'b', name: 'B', missing: 1, remaining: 0 },
    ]);
  });

  it('names unnamed elements by what they are', () => {
    const map = testMap(
      [
        ['s', 'startEvent'],
        ['split', 'parallelGateway'],
        ['b', 'task', 'B'],
        ['c', 'task', 'C'],
        ['join', 'parallelGateway'],
        ['e', 'endEvent'],
      ],
      ['s>split', 'split>b', 'split>c', 'b>join', 'c>join', 'join>e'],
    );
    const result = replayLog(map, testLog([['B']]));
    expect(result.deviations).toContainEqual({ nodeId: 'join', name: 'Parallel gateway', missing: 0, remaining: 1 });
  });

  it('counts a case that stops early as tokens left over', () => {
    const result = replayLog(sequence, testLog([['A']]));
    expect(result.deviations).toEqual([{ nodeId: 'b', name: 'B', missing: 0, remaining: 1 }]);
    // The sink got no token: one missing there too, shown on no node (the left-over token says where it stopped).
    expect(result.perCase[0]).toMatchObject({ missing: 1, remaining: 1 });
  });
});

describe('replayLog on a map with other pools and data', () => {
  it('replays as if the pool, the message flow, the data object and its associations were not there', () => {
    const withMore = structuredClone(sequence);
    withMore.participants = [{ id: 'customer', name: 'Customer' }];
    withMore.nodes.push({ id: 'doc', type: 'dataObject', name: 'Invoice', x: 0, y: 0 });
    withMore.flows.push(
      { id: 'm1', source: 'b', target: 'customer', kind: 'message' },
      { id: 'd1', source: 'a', target: 'doc', kind: 'data' },
      { id: 'd2', source: 'doc', target: 'c', kind: 'data' },
    );
    const log = testLog([
      ['A', 'B', 'C'],
      ['A', 'C'],
    ]);
    expect(replayLog(withMore, log)).toEqual(replayLog(sequence, log));
    expect(replayLog(withMore, log).fitness).toBeLessThan(1);
  });
});
