import { describe, it, expect } from 'vitest';
import { buildModel } from './testing/models';
import { run } from './testing/expectSound';

describe('exceptions are counted, never crashes or endless runs', () => {
  it('no-route: no condition true and no default ends the case with the exception and examples', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'x', type: 'exclusiveGateway' },
        { id: 'a', type: 'task' },
        { id: 'e', type: 'endEvent' },
      ],
      [['s', 'x'], { id: 'big', source: 'x', target: 'a', condition: 'amount > 10' }, ['a', 'e']],
      { cases: 20 },
    );
    const report = run(model, { caseData: { caseAt: (i) => ({ record: { amount: i } }) } });
    expect(report.cases).toEqual({ started: 20, completed: 20, inProgress: 0, withExceptions: 11 });
    expect(report.exceptions).toEqual([
      {
        kind: 'no-route',
        nodeId: 'x',
        count: 11,
        handled: 0,
        examples: ['case-1', 'case-2', 'case-3', 'case-4', 'case-5'],
        message: 'no condition matched and no default flow',
      },
    ]);
  });

  it('no-route at an inclusive split whose probabilities took no flow and that has no default', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'or', type: 'inclusiveGateway' },
        { id: 'a', type: 'task' },
        { id: 'b', type: 'task' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'or'],
        { id: 'toA', source: 'or', target: 'a', probability: 0.5 },
        { id: 'toB', source: 'or', target: 'b', probability: 0.5 },
        ['a', 'e'],
        ['b', 'e'],
      ],
      { cases: 4000 },
    );
    const report = run(model, { seed: 41 });
    const noRoute = report.exceptions.find((e) => e.kind === 'no-route')!.count;
    expect(Math.abs(noRoute - 1000)).toBeLessThan(4 * Math.sqrt(4000 * 0.25 * 0.75));
  });

  it('loop-limit: a case visiting a node more than the limit ends with the exception', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'fix', type: 'task', sim: { duration: { type: 'fixed', value: 1 } } },
        { id: 'x', type: 'exclusiveGateway' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'fix'],
        ['fix', 'x'],
        { id: 'back', source: 'x', target: 'fix', probability: 1 },
        { id: 'out', source: 'x', target: 'e', probability: 0 },
      ],
      { cases: 3, loopLimit: 25 },
    );
    const report = run(model);
    expect(report.exceptions).toEqual([expect.objectContaining({ kind: 'loop-limit', nodeId: 'fix', count: 3 })]);
    expect(report.activities[0].count).toBe(3 * 25);
    expect(report.cases.completed).toBe(3);
  });

  it('loop-limit also stops a loop that takes no time at all', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'x', type: 'exclusiveGateway' },
        { id: 'y', type: 'exclusiveGateway' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'x'],
        ['x', 'y'],
        { id: 'back', source: 'y', target: 'x', probability: 1 },
        { id: 'out', source: 'y', target: 'e', probability: 0 },
      ],
      { cases: 2 },
    );
    const report = run(model);
    expect(report.exceptions[0]).toMatchObject({
      kind: 'loop-limit',
      count: 2,
      message: 'the case visited x more than 1000 times',
    });
  });

  it('unfinished: a case stuck at a join whose other branch never comes is reported, not dropped', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'split', type: 'parallelGateway' },
        { id: 'x', type: 'exclusiveGateway' },
        { id: 'a', type: 'task' },
        { id: 'join', type: 'parallelGateway' },
        { id: 'e', type: 'endEvent' },
        { id: 'side', type: 'endEvent' },
      ],
      [
        ['s', 'split'],
        ['split', 'a'],
        ['split', 'x'],
        { id: 'toJoin', source: 'x', target: 'join', probability: 0.5 },
        { id: 'away', source: 'x', target: 'side', probability: 0.5 },
        ['a', 'join'],
        ['join', 'e'],
      ],
      { cases: 1000 },
    );
    const report = run(model, { seed: 42 });
    const stuck = report.cases.inProgress;
    expect(Math.abs(stuck - 500)).toBeLessThan(4 * Math.sqrt(1000 * 0.25));
    expect(report.cases.completed + stuck).toBe(1000);
    expect(report.exceptions).toEqual([expect.objectContaining({ kind: 'unfinished', nodeId: 'join', count: stuck })]);
    expect(report.exceptions[0].message).toBe('the case waited at join for a branch that never arrived');
  });
});
