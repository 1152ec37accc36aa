import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../schema';
import { addCalendar, officeHours } from './calendars';
import { deleteElements } from './deleteElements';
import { expectUndoable, purchaseApproval } from './fixtures';
import { addPool, deletePool, newPoolId, nodesUsingPool, setPoolProps } from './pools';

/** The purchase map with two pools, 'Review' on clerks, and a scenario that overrides both pools. */
function withPools(): ProcessModel {
  const base = purchaseApproval();
  return processSchema.parse({
    ...base,
    nodes: base.nodes.map((n) => (n.id === 'escalate' ? { ...n, sim: { resource: 'managers' } } : n)),
    simulation: {
      ...base.simulation,
      resources: [
        { id: 'clerks', name: 'Clerks', capacity: 2, costPerHour: 40 },
        { id: 'managers', name: 'Managers', capacity: 1, costPerHour: 90 },
      ],
    },
    scenarios: [
      {
        id: 'more',
        name: 'More people',
        overrides: [
          { path: '/simulation/resources/0/capacity', value: 3 },
          { path: '/simulation/resources/1/capacity', value: 2 },
          { path: '/simulation/cases', value: 10 },
        ],
      },
    ],
  });
}

describe('addPool', () => {
  it('adds a pool named by the user, with an id made from its name, and assigns tasks', () => {
    const model = purchaseApproval();
    const edit = addPool(model, {
      name: 'Finance clerks',
      capacity: 2,
      costPerHour: 45,
      lane: 'finance',
      assign: ['review'],
    });
    expect(edit?.label).toBe("Add pool 'Finance clerks'");
    const after = expectUndoable(model, edit);
    expect(after.simulation.resources).toStrictEqual([
      { id: 'finance-clerks', name: 'Finance clerks', capacity: 2, costPerHour: 45, lane: 'finance' },
    ]);
    expect(after.nodes.find((n) => n.id === 'review')?.sim?.resource).toBe('finance-clerks');
    expect(newPoolId(after, 'Finance clerks')).toBe('finance-clerks-2');
    expect(newPoolId(after, '!!!')).toBe('pool');
  });

  it('assigns a task that has no sim settings yet', () => {
    const model = purchaseApproval();
    const after = expectUndoable(model, addPool(model, { name: 'Clerks', assign: ['escalate'] }));
    expect(after.nodes.find((n) => n.id === 'escalate')?.sim).toStrictEqual({ resource: 'clerks' });
  });

  it('refuses taken ids, invalid values, missing lanes and missing nodes', () => {
    const model = withPools();
    expect(addPool(model, { id: 'clerks', name: 'Clerks' })).toBeNull();
    expect(addPool(model, { name: 'X', capacity: -1 })).toBeNull();
    expect(addPool(model, { name: 'X', lane: 'ghost' })).toBeNull();
    expect(addPool(model, { name: 'X', assign: ['ghost'] })).toBeNull();
  });
});

describe('setPoolProps', () => {
  it('edits one field with a specific label, several with a general one, and clears optional ones', () => {
    const model = withPools();
    const capacity = setPoolProps(model, { id: 'clerks', props: { capacity: 3 } });
    expect(capacity?.label).toBe("Set capacity of pool 'Clerks'");
    expect(expectUndoable(model, capacity).simulation.resources[0].capacity).toBe(3);
    const several = setPoolProps(model, {
      id: 'clerks',
      props: { name: 'Finance', costPerHour: 50, calendar: 'office' },
    });
    expect(several?.label).toBe("Edit pool 'Clerks'");
    const after = expectUndoable(model, several);
    expect(after.simulation.resources[0]).toStrictEqual({
      id: 'clerks',
      name: 'Finance',
      capacity: 2,
      costPerHour: 50,
      calendar: 'office',
    });
    const cleared = expectUndoable(after, setPoolProps(after, { id: 'clerks', props: { calendar: undefined } }));
    expect(cleared.simulation.resources[0].calendar).toBeUndefined();
  });

  it('refuses no-ops, unknown pools and keys, the id, invalid values and missing lanes', () => {
    const model = withPools();
    expect(setPoolProps(model, { id: 'clerks', props: { capacity: 2 } })).toBeNull();
    expect(setPoolProps(model, { id: 'ghost', props: { capacity: 3 } })).toBeNull();
    expect(setPoolProps(model, { id: 'clerks', props: { colour: 'red' } as never })).toBeNull();
    expect(setPoolProps(model, { id: 'clerks', props: { id: 'x' } as never })).toBeNull();
    expect(setPoolProps(model, { id: 'clerks', props: { capacity: 1.5 } })).toBeNull();
    expect(setPoolProps(model, { id: 'clerks', props: { lane: 'ghost' } })).toBeNull();
  });
});

describe('deletePool', () => {
  it('moves the tasks of a pool in use to another pool, and fixes scenario overrides', () => {
    const model = withPools();
    const edit = deletePool(model, { id: 'clerks', reassignTo: 'managers' });
    expect(edit?.label).toBe("Delete pool 'Clerks'");
    const after = expectUndoable(model, edit);
    expect(after.simulation.resources.map((r) => r.id)).toEqual(['managers']);
    expect(nodesUsingPool(after, 'managers').map((n) => n.id)).toEqual(['review', 'escalate']);
    expect(after.scenarios[0].overrides).toStrictEqual([
      { path: '/simulation/resources/0/capacity', value: 2 },
      { path: '/simulation/cases', value: 10 },
    ]);
  });

  it('leaves the tasks without a pool when no other is chosen', () => {
    const model = withPools();
    const after = expectUndoable(model, deletePool(model, { id: 'managers' }));
    expect(after.nodes.find((n) => n.id === 'escalate')?.sim).toStrictEqual({});
    expect(after.nodes.find((n) => n.id === 'review')?.sim?.resource).toBe('clerks');
    expect(after.scenarios[0].overrides.map((o) => o.path)).toEqual([
      '/simulation/resources/0/capacity',
      '/simulation/cases',
    ]);
  });

  it('refuses unknown pools and reassigning to itself or to a missing pool', () => {
    const model = withPools();
    expect(deletePool(model, { id: 'ghost' })).toBeNull();
    expect(deletePool(model, { id: 'clerks', reassignTo: 'clerks' })).toBeNull();
    expect(deletePool(model, { id: 'clerks', reassignTo: 'ghost' })).toBeNull();
  });
});

describe('addCalendar', () => {
  it('adds office hours once, and never a calendar named 24x7', () => {
    const model = purchaseApproval();
    const edit = addCalendar(model, officeHours('+01:00'));
    expect(edit?.label).toBe("Add calendar 'Mon–Fri 09:00–17:00'");
    const after = expectUndoable(model, edit);
    expect(after.simulation.calendars[0]).toMatchObject({ id: 'office', timezone: '+01:00' });
    expect(addCalendar(after, officeHours())).toBeNull();
    expect(addCalendar(model, { ...officeHours(), id: '24x7' })).toBeNull();
  });
});

describe('deleting a lane', () => {
  it('keeps the pool linked to it and drops the link, undoably', () => {
    const model = purchaseApproval();
    const linked = expectUndoable(model, addPool(model, { name: 'Finance', lane: 'finance' }));
    const after = expectUndoable(linked, deleteElements(linked, { ids: ['finance'] }));
    expect(after.simulation.resources).toStrictEqual([{ id: 'finance', name: 'Finance', capacity: 1, costPerHour: 0 }]);
  });
});
