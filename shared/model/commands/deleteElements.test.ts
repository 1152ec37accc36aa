import { describe, expect, it } from 'vitest';
import { deleteElements } from './deleteElements';
import { expectUndoable, purchaseApproval } from './fixtures';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('deleteElements', () => {
  it('deletes a task with its flows, its boundary events and their flows', () => {
    const model = purchaseApproval();
    const edit = deleteElements(model, { ids: ['review'] });
    expect(edit?.label).toBe("Delete 'Review'");
    const after = expectUndoable(model, edit);
    expect(ids(after.nodes)).not.toContain('review');
    expect(ids(after.nodes)).not.toContain('sla');
    expect(ids(after.flows)).toEqual(['f3', 'f4', 'f5', 'f7']);
  });

  it('deletes a sub-process with its contents', () => {
    const model = purchaseApproval();
    const after = expectUndoable(model, deleteElements(model, { ids: ['cfo'] }));
    expect(ids(after.nodes)).toEqual(['start', 'review', 'sla', 'big', 'done', 'escalate']);
    expect(ids(after.flows)).toEqual(['f1', 'f2', 'f4', 'f6']);
  });

  it('deletes flows alone and counts a mixed selection', () => {
    const model = purchaseApproval();
    const flows = deleteElements(model, { ids: ['f1', 'f4'] });
    expect(flows?.label).toBe('Delete 2 elements');
    expect(ids(expectUndoable(model, flows).nodes)).toEqual(ids(model.nodes));
    expect(deleteElements(model, { ids: ['f4'] })?.label).toBe("Delete 'No'");
    expect(deleteElements(model, { ids: ['f1'] })?.label).toBe("Delete the flow from 'Request submitted' to 'Review'");
  });

  it('deletes a lane and takes its nodes out of it', () => {
    const model = purchaseApproval();
    const edit = deleteElements(model, { ids: ['finance'] });
    expect(edit?.label).toBe("Delete lane 'Finance'");
    const after = expectUndoable(model, edit);
    expect(ids(after.lanes)).toEqual(['requester']);
    expect(after.nodes.filter((n) => n.lane !== undefined).map((n) => n.id)).toEqual(['start']);
    expect(after.nodes).toHaveLength(model.nodes.length);
  });

  it('removes lane keys of surviving nodes before shifting the node list', () => {
    const model = purchaseApproval();
    const after = expectUndoable(model, deleteElements(model, { ids: ['start', 'finance', 'f5'] }));
    expect(ids(after.nodes)).toEqual(ids(model.nodes).slice(1));
    expect(after.nodes.some((n) => n.lane !== undefined)).toBe(false);
    expect(ids(after.flows)).toEqual(['f2', 'f3', 'f4', 'f6', 'f7']);
    expect(after.nodes.find((n) => n.id === 'done')).toBe(model.nodes.find((n) => n.id === 'done'));
  });

  it('returns null when no id exists', () => {
    expect(deleteElements(purchaseApproval(), { ids: ['ghost'] })).toBeNull();
    expect(deleteElements(purchaseApproval(), { ids: [] })).toBeNull();
  });
});
