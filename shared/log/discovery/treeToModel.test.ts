import { describe, expect, it } from 'vitest';
import type { ProcessModel } from '../../model';
import { validateModel } from '../../validate';
import type { ProcessTree } from './processTree';
import { treeToModel } from './treeToModel';

const act = (name: string, frequency: number): ProcessTree => ({ kind: 'activity', name, frequency });
const tau = (frequency: number): ProcessTree => ({ kind: 'tau', frequency });
const op = (kind: 'sequence' | 'xor' | 'parallel' | 'loop', frequency: number, ...children: ProcessTree[]) =>
  ({ kind, frequency, children }) as ProcessTree;

const nameOf = (model: ProcessModel, id: string) => {
  const node = model.nodes.find((n) => n.id === id)!;
  return node.name || node.type;
};
const flowsText = (model: ProcessModel) =>
  model.flows.map(
    (f) =>
      `${nameOf(model, f.source)} -> ${nameOf(model, f.target)}${f.probability === undefined ? '' : ` ${f.probability}`}`,
  );

describe('treeToModel', () => {
  it('draws choices with their shares, skips as an empty branch, parallels in matched pairs', () => {
    const tree = op(
      'sequence',
      4,
      act('a', 4),
      op('xor', 4, act('b', 3), tau(1)),
      op('parallel', 4, act('c', 4), act('d', 4)),
    );
    const model = treeToModel(tree, { id: 'm', name: 'M' });
    expect(flowsText(model).sort()).toEqual([
      'Start -> a',
      'a -> exclusiveGateway',
      'b -> exclusiveGateway',
      'c -> parallelGateway',
      'd -> parallelGateway',
      'exclusiveGateway -> b 0.75',
      'exclusiveGateway -> exclusiveGateway 0.25',
      'exclusiveGateway -> parallelGateway',
      'parallelGateway -> End',
      'parallelGateway -> c',
      'parallelGateway -> d',
    ]);
    expect(validateModel(model)).toEqual([]);
  });

  it('draws a loop as a join before the body and a split after it, going back as often as the log did', () => {
    // c ran 4 times in 3 cases: 1 of its 4 runs went round again through d.
    const model = treeToModel(op('loop', 3, act('c', 4), act('d', 1)), { id: 'm', name: 'M' });
    expect(flowsText(model)).toEqual([
      'exclusiveGateway -> c',
      'c -> exclusiveGateway',
      'exclusiveGateway -> d 0.25',
      'd -> exclusiveGateway',
      'Start -> exclusiveGateway',
      'exclusiveGateway -> End 0.75',
    ]);
    expect(validateModel(model)).toEqual([]);
  });

  it('makes probabilities add up to exactly 1 in four decimals', () => {
    const model = treeToModel(op('xor', 3, act('a', 1), act('b', 1), act('c', 1)), { id: 'm', name: 'M' });
    const shares = model.flows.filter((f) => f.probability !== undefined).map((f) => f.probability!);
    expect(shares).toEqual([0.3333, 0.3333, 0.3334]);
  });
});
