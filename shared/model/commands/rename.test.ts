import { describe, expect, it } from 'vitest';
import { expectUndoable, purchaseApproval } from './fixtures';
import { addPool } from './pools';
import { rename } from './rename';

describe('rename', () => {
  it('renames a node with a label naming both names', () => {
    const model = purchaseApproval();
    const edit = rename(model, { target: { kind: 'node', id: 'review' }, name: 'Review request' });
    expect(edit?.label).toBe("Rename 'Review' to 'Review request'");
    expect(expectUndoable(model, edit).nodes[1].name).toBe('Review request');
  });

  it('names an unnamed node after its kind in the label', () => {
    const model = purchaseApproval();
    const edit = rename(model, { target: { kind: 'node', id: 'cfo_start' }, name: 'Begin' });
    expect(edit?.label).toBe("Rename 'Start event' to 'Begin'");
  });

  it('adds, changes and removes the optional name of a flow', () => {
    const model = purchaseApproval();
    const named = expectUndoable(model, rename(model, { target: { kind: 'flow', id: 'f1' }, name: 'Go' }));
    expect(named.flows[0].name).toBe('Go');
    const cleared = rename(named, { target: { kind: 'flow', id: 'f1' }, name: '' });
    expect(cleared?.label).toBe("Clear the name of 'Go'");
    expect(expectUndoable(named, cleared).flows[0]).toStrictEqual(model.flows[0]);
    expect(rename(model, { target: { kind: 'flow', id: 'f3' }, name: 'Over' })?.label).toBe("Rename 'Yes' to 'Over'");
  });

  it('renames lanes and the process', () => {
    const model = purchaseApproval();
    const lane = rename(model, { target: { kind: 'lane', id: 'finance' }, name: 'Accounting' });
    expect(lane?.label).toBe("Rename lane 'Finance' to 'Accounting'");
    expect(expectUndoable(model, lane).lanes[1].name).toBe('Accounting');
    const process = rename(model, { target: { kind: 'process' }, name: 'Buying' });
    expect(process?.label).toBe("Rename the process to 'Buying'");
    expect(expectUndoable(model, process).name).toBe('Buying');
  });

  it("renames a pool linked to the lane along with it while the pool still has the lane's old name", () => {
    const model = purchaseApproval();
    let m = expectUndoable(model, addPool(model, { name: 'Finance', lane: 'finance' }));
    m = expectUndoable(m, addPool(m, { name: 'Approvers', lane: 'finance' }));
    const edit = rename(m, { target: { kind: 'lane', id: 'finance' }, name: 'Accounting' });
    expect(edit?.label).toBe("Rename lane 'Finance' to 'Accounting'");
    const renamed = expectUndoable(m, edit);
    expect(renamed.simulation.resources.map((r) => r.name)).toEqual(['Accounting', 'Approvers']);
    // A name of its own is kept; a lane whose name is cleared leaves its pool's name alone.
    const cleared = expectUndoable(m, rename(m, { target: { kind: 'lane', id: 'finance' }, name: '' }));
    expect(cleared.simulation.resources.map((r) => r.name)).toEqual(['Finance', 'Approvers']);
  });

  it('returns null for an unchanged name or a missing element', () => {
    const model = purchaseApproval();
    expect(rename(model, { target: { kind: 'node', id: 'review' }, name: 'Review' })).toBeNull();
    expect(rename(model, { target: { kind: 'flow', id: 'f1' }, name: '' })).toBeNull();
    expect(rename(model, { target: { kind: 'node', id: 'ghost' }, name: 'X' })).toBeNull();
  });
});
