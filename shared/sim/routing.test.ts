import { describe, it, expect } from 'vitest';
import type { ProcessModelInput } from '../model';
import { buildModel } from './testing/models';
import { run } from './testing/expectSound';

type Nodes = ProcessModelInput['nodes'];
const task = (id: string, mean: number, extra: Partial<Nodes[number]> = {}): Nodes[number] => ({
  id,
  type: 'task',
  sim: { duration: { type: 'exponential', mean } },
  ...extra,
});
const fixedTask = (id: string, value: number): Nodes[number] => ({
  id,
  type: 'task',
  sim: { duration: { type: 'fixed', value } },
});
const flowCount = (report: ReturnType<typeof run>, id: string) => report.flows.find((f) => f.id === id)!.count;
/** |count − np| within 4 binomial standard deviations. */
const expectBinomial = (count: number, n: number, p: number) =>
  expect(Math.abs(count - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));

describe('gateways', () => {
  it('parallel split of two exponential tasks and their join: cycle time = E[max] = 1 + 2 − 2/3 (tolerance 0.03 = 5 SE)', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'split', type: 'parallelGateway' },
        task('a', 1),
        task('b', 2),
        { id: 'join', type: 'parallelGateway' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'split'],
        ['split', 'a'],
        ['split', 'b'],
        ['a', 'join'],
        ['b', 'join'],
        ['join', 'e'],
      ],
      { cases: 100_000, arrivals: { interarrival: { type: 'exponential', mean: 5 } } },
    );
    const report = run(model, { seed: 21 });
    expect(Math.abs(report.cycleTime.mean - (3 - 2 / 3))).toBeLessThan(0.03);
    expect(report.cases.completed).toBe(100_000);
    expect(flowCount(report, 'f6')).toBe(100_000); // the join fires once per case
  });

  it('exclusive split by probabilities 0.3 / 0.7: branch counts within binomial bounds (4 sd)', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'x', type: 'exclusiveGateway' },
        fixedTask('a', 1),
        fixedTask('b', 1),
        { id: 'e', type: 'endEvent' },
      ],
      [
        { id: 'in', source: 's', target: 'x' },
        { id: 'toA', source: 'x', target: 'a', probability: 0.3 },
        { id: 'toB', source: 'x', target: 'b', default: true },
        ['a', 'e'],
        ['b', 'e'],
      ],
      { cases: 10_000 },
    );
    const report = run(model, { seed: 22 });
    expectBinomial(flowCount(report, 'toA'), 10_000, 0.3);
    expect(flowCount(report, 'toA') + flowCount(report, 'toB')).toBe(10_000);
  });

  it('rework loop with probability 0.25: mean visits 1 / (1 − p) = 4/3 (tolerance 0.015 = 5 SE)', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        fixedTask('check', 1),
        { id: 'ok', type: 'exclusiveGateway' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'check'],
        ['check', 'ok'],
        { id: 'again', source: 'ok', target: 'check', probability: 0.25 },
        { id: 'done', source: 'ok', target: 'e', probability: 0.75 },
      ],
      { cases: 50_000 },
    );
    const report = run(model, { seed: 23 });
    expect(Math.abs(report.activities[0].count / 50_000 - 4 / 3)).toBeLessThan(0.015);
  });

  it('inclusive split by probabilities, with a default, and a join that waits only for the branches started', () => {
    // A (1 s) and B (2 s) each with probability 0.5; C (3 s) when neither: mean cycle 0.25·1 + 0.5·2 + 0.25·3 = 2.
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'or', type: 'inclusiveGateway' },
        fixedTask('a', 1),
        fixedTask('b', 2),
        fixedTask('c', 3),
        { id: 'orJoin', type: 'inclusiveGateway' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'or'],
        { id: 'toA', source: 'or', target: 'a', probability: 0.5 },
        { id: 'toB', source: 'or', target: 'b', probability: 0.5 },
        { id: 'toC', source: 'or', target: 'c', default: true },
        ['a', 'orJoin'],
        ['b', 'orJoin'],
        ['c', 'orJoin'],
        ['orJoin', 'e'],
      ],
      { cases: 20_000, arrivals: { interarrival: { type: 'fixed', value: 10 } } },
    );
    const report = run(model, { seed: 24 });
    expect(report.cases).toEqual({ started: 20_000, completed: 20_000, inProgress: 0, withExceptions: 0 });
    expectBinomial(flowCount(report, 'toC'), 20_000, 0.25);
    // sd of the cycle time is √0.5; 4 standard errors.
    expect(Math.abs(report.cycleTime.mean - 2)).toBeLessThan(4 * Math.sqrt(0.5 / 20_000));
  });

  it('routes cases with data by the first true condition in map order, else by the default', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'x', type: 'exclusiveGateway' },
        fixedTask('cfo', 1),
        fixedTask('boss', 1),
        fixedTask('clerk', 1),
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'x'],
        { id: 'big', source: 'x', target: 'cfo', condition: 'amount > 5000', probability: 0.1 },
        { id: 'mid', source: 'x', target: 'boss', condition: 'amount > 1000', probability: 0.2 },
        { id: 'small', source: 'x', target: 'clerk', default: true },
        ['cfo', 'e'],
        ['boss', 'e'],
        ['clerk', 'e'],
      ],
      { cases: 300 },
    );
    const amounts = [100, 2000, 9000];
    const report = run(model, { caseData: { caseAt: (i) => ({ record: { amount: amounts[i % 3] } }) } });
    expect([flowCount(report, 'big'), flowCount(report, 'mid'), flowCount(report, 'small')]).toEqual([100, 100, 100]);
  });

  it('event-based gateway: the earlier of a 100 s timer and an exponential message (mean 100) wins', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent' },
        { id: 'wait', type: 'eventBasedGateway' },
        {
          id: 'reply',
          type: 'intermediateEvent',
          eventType: 'message',
          sim: { duration: { type: 'exponential', mean: 100 } },
        },
        { id: 'timeout', type: 'intermediateEvent', eventType: 'timer', timer: 100 },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'wait'],
        { id: 'toReply', source: 'wait', target: 'reply' },
        { id: 'toTimeout', source: 'wait', target: 'timeout' },
        ['reply', 'e'],
        ['timeout', 'e'],
      ],
      { cases: 10_000 },
    );
    const report = run(model, { seed: 25 });
    expectBinomial(flowCount(report, 'toReply'), 10_000, 1 - Math.exp(-1));
    expect(flowCount(report, 'toReply') + flowCount(report, 'toTimeout')).toBe(10_000);
    expect(report.cycleTime.max).toBeLessThanOrEqual(100);
  });

  it('counts handoffs as changes of lane along the case', () => {
    const model = buildModel(
      [
        { id: 's', type: 'startEvent', lane: 'sales' },
        { id: 'a', type: 'task', lane: 'sales' },
        { id: 'b', type: 'task', lane: 'ops' },
        { id: 'c', type: 'task', lane: 'sales' },
        { id: 'e', type: 'endEvent', lane: 'sales' },
      ],
      [
        ['s', 'a'],
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'e'],
      ],
      { cases: 10 },
      { lanes: [{ id: 'sales' }, { id: 'ops' }] },
    );
    const report = run(model);
    expect(report.handoffsPerCase.mean).toBe(2);
  });
});
