import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../schema';
import { expectUndoable, purchaseApproval } from './fixtures';
import { setPoolProps } from './pools';
import { poolQueuePolicy, poolQueuePolicyChange, queuePolicyMeaning } from './queuePolicies';

function withClerks(): ProcessModel {
  const base = purchaseApproval();
  return processSchema.parse({
    ...base,
    simulation: { ...base.simulation, resources: [{ id: 'clerks', name: 'Clerks', capacity: 2 }] },
  });
}

describe("a pool's queue policy", () => {
  it('is first come first served when the pool names none, and is set and removed with undo', () => {
    const model = withClerks();
    expect(poolQueuePolicy(model.simulation.resources[0])).toBe('fifo');
    const edit = setPoolProps(model, { id: 'clerks', props: { queuePolicy: 'shortest' } });
    expect(edit?.label).toBe("Set queue policy of pool 'Clerks'");
    const after = expectUndoable(model, edit);
    expect(after.simulation.resources[0].queuePolicy).toBe('shortest');
    const back = expectUndoable(after, setPoolProps(after, { id: 'clerks', props: { queuePolicy: undefined } }));
    expect(back.simulation.resources[0]).not.toHaveProperty('queuePolicy');
  });

  it('refuses a policy the file format does not know', () => {
    const model = withClerks();
    const bad = { queuePolicy: 'random' } as unknown as { queuePolicy: 'lifo' };
    expect(setPoolProps(model, { id: 'clerks', props: bad })).toBeNull();
    expect(poolQueuePolicyChange(model, 'clerks', 'random')).toBeNull();
    expect(() =>
      processSchema.parse({ ...model, simulation: { resources: [{ id: 'x', queuePolicy: 'random' }] } }),
    ).toThrow();
  });

  it('says that case priority does not apply to shortest work first', () => {
    expect(queuePolicyMeaning('shortest')).toMatch(/case priority does not apply/);
    expect(queuePolicyMeaning('fifo')).toMatch(/order it arrived/);
  });
});
