import { describe, expect, it } from 'vitest';
import { expectUndoable, purchaseApproval } from './fixtures';
import { setDefaultFlow } from './setDefaultFlow';
import { updateModel } from './updateModel';

const defaults = (model: ReturnType<typeof purchaseApproval>) =>
  model.flows.filter((f) => f.default === true).map((f) => f.id);

describe('setDefaultFlow', () => {
  it('moves the default flag to another outgoing flow and drops its condition', () => {
    const model = purchaseApproval();
    const edit = setDefaultFlow(model, { flowId: 'f3' });
    expect(edit?.label).toBe("Make 'Yes' the default flow");
    const after = expectUndoable(model, edit);
    expect(defaults(after)).toEqual(['f3']);
    expect(after.flows[2].condition).toBeUndefined();
    expect(after.flows[3]).toStrictEqual({ id: 'f4', source: 'big', target: 'done', name: 'No' });
  });

  it('clears the flag', () => {
    const model = purchaseApproval();
    const edit = setDefaultFlow(model, { flowId: 'f4', isDefault: false });
    expect(edit?.label).toBe("Clear the default flow of 'Amount over 5000?'");
    expect(defaults(expectUndoable(model, edit))).toEqual([]);
  });

  it('returns null for sources without default flows, missing flows and no-ops', () => {
    const model = purchaseApproval();
    expect(setDefaultFlow(model, { flowId: 'f1' })).toBeNull();
    expect(setDefaultFlow(model, { flowId: 'ghost' })).toBeNull();
    expect(setDefaultFlow(model, { flowId: 'f4' })).toBeNull();
    expect(setDefaultFlow(model, { flowId: 'f3', isDefault: false })).toBeNull();
    expect(defaults(expectUndoable(model, setDefaultFlow(model, { flowId: 'f2' })))).toEqual(['f2', 'f4']);
  });
});

describe('updateModel', () => {
  it('sets one top-level or simulation field with a specific label', () => {
    const model = purchaseApproval();
    const currency = updateModel(model, { settings: { currency: 'USD' } });
    expect(currency?.label).toBe('Set currency');
    expect(expectUndoable(model, currency).currency).toBe('USD');
    const cases = updateModel(model, { simulation: { cases: 50 } });
    expect(cases?.label).toBe('Set simulation cases');
    const after = expectUndoable(model, cases);
    expect(after.simulation.cases).toBe(50);
    expect(after.simulation.resources).toBe(model.simulation.resources);
  });

  it('fills defaults, removes optional fields and resets defaulted ones', () => {
    const model = purchaseApproval();
    const edit = updateModel(model, {
      settings: { description: 'Buying things' },
      simulation: { resources: [{ id: 'clerks' } as never], horizon: 3600 },
    });
    expect(edit?.label).toBe('Edit process settings');
    const after = expectUndoable(model, edit);
    expect(after.simulation.resources).toStrictEqual([{ id: 'clerks', name: '', capacity: 1, costPerHour: 0 }]);
    const reset = updateModel(after, {
      settings: { description: undefined },
      simulation: { horizon: undefined, resources: undefined },
    });
    expect(expectUndoable(after, reset)).toStrictEqual(model);
    expect(updateModel(after, { simulation: { horizon: undefined } })?.label).toBe('Set simulation horizon');
  });

  it('refuses invalid values and unknown keys, and returns null when nothing changes', () => {
    const model = purchaseApproval();
    expect(updateModel(model, { simulation: { cases: 0 } })).toBeNull();
    expect(updateModel(model, { settings: { nodes: [] } as never })).toBeNull();
    expect(updateModel(model, { simulation: { colour: 1 } as never })).toBeNull();
    expect(updateModel(model, { settings: { currency: 'EUR' } })).toBeNull();
    expect(updateModel(model, {})).toBeNull();
  });
});
