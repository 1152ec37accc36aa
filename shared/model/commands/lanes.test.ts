import { describe, expect, it } from 'vitest';
import { expectUndoable, purchaseApproval } from './fixtures';
import { addLane, reorderLanes, setLaneProps } from './lanes';
import { moveToLane } from './moveToLane';

const laneOf = (model: ReturnType<typeof purchaseApproval>) =>
  Object.fromEntries(model.nodes.map((n) => [n.id, n.lane]));

describe('moveToLane', () => {
  it('moves nodes with their followers into a lane', () => {
    const model = purchaseApproval();
    const edit = moveToLane(model, { ids: ['review'], lane: 'requester' });
    expect(edit?.label).toBe("Move 'Review' to lane 'Requester'");
    const lanes = laneOf(expectUndoable(model, edit));
    expect([lanes.review, lanes.sla, lanes.big]).toEqual(['requester', 'requester', 'finance']);
    const sub = laneOf(expectUndoable(model, moveToLane(model, { ids: ['cfo', 'done'], lane: 'requester' })));
    expect([sub.cfo, sub.cfo_start, sub.cfo_sign, sub.cfo_check, sub.done]).toEqual(Array(5).fill('requester'));
  });

  it('takes nodes out of their lanes', () => {
    const model = purchaseApproval();
    const edit = moveToLane(model, { ids: ['start', 'big'], lane: undefined });
    expect(edit?.label).toBe('Remove 2 elements from their lanes');
    const lanes = laneOf(expectUndoable(model, edit));
    expect([lanes.start, lanes.big, lanes.review]).toEqual([undefined, undefined, 'finance']);
  });

  it('returns null for a missing lane or when every node is already there', () => {
    const model = purchaseApproval();
    expect(moveToLane(model, { ids: ['review'], lane: 'ghost' })).toBeNull();
    expect(moveToLane(model, { ids: ['review', 'big'], lane: 'finance' })).toBeNull();
    expect(moveToLane(model, { ids: ['done'], lane: undefined })).toBeNull();
  });
});

describe('lane commands', () => {
  it('adds a lane at the end or at an index', () => {
    const model = purchaseApproval();
    const end = addLane(model, { name: 'IT', kind: 'system' });
    expect(end?.label).toBe("Add lane 'IT'");
    expect(expectUndoable(model, end).lanes[2]).toStrictEqual({ id: 'lane_1', name: 'IT', kind: 'system' });
    const first = expectUndoable(model, addLane(model, { id: 'board', index: 0 }));
    expect(first.lanes.map((l) => l.id)).toEqual(['board', 'requester', 'finance']);
    expect(addLane(model, { id: 'finance' })).toBeNull();
    expect(addLane(model, { index: 5 })).toBeNull();
    expect(addLane(model, { height: 0 })).toBeNull();
  });

  it('changes several lane fields at once and removes optional ones', () => {
    const model = purchaseApproval();
    const edit = setLaneProps(model, { id: 'finance', props: { kind: 'external', y: 100, height: 180 } });
    expect(edit?.label).toBe("Edit lane 'Finance'");
    const after = expectUndoable(model, edit);
    expect(after.lanes[1]).toStrictEqual({ id: 'finance', name: 'Finance', kind: 'external', y: 100, height: 180 });
    expect(
      expectUndoable(after, setLaneProps(after, { id: 'finance', props: { y: undefined } })).lanes[1].y,
    ).toBeUndefined();
  });

  it('refuses invalid lane fields and no-ops', () => {
    const model = purchaseApproval();
    expect(setLaneProps(model, { id: 'finance', props: { kind: 'alien' as 'system' } })).toBeNull();
    expect(setLaneProps(model, { id: 'finance', props: { name: undefined } })).toBeNull();
    expect(setLaneProps(model, { id: 'finance', props: { name: 'Finance' } })).toBeNull();
    expect(setLaneProps(model, { id: 'ghost', props: { name: 'X' } })).toBeNull();
  });

  it('reorders lanes keeping the lane objects', () => {
    const model = purchaseApproval();
    const edit = reorderLanes(model, { order: ['finance', 'requester'] });
    expect(edit?.label).toBe('Reorder lanes');
    const after = expectUndoable(model, edit);
    expect(after.lanes).toEqual([model.lanes[1], model.lanes[0]]);
    expect(after.lanes[0]).toBe(model.lanes[1]);
    expect(reorderLanes(model, { order: ['requester', 'finance'] })).toBeNull();
    expect(reorderLanes(model, { order: ['finance'] })).toBeNull();
    expect(reorderLanes(model, { order: ['finance', 'finance'] })).toBeNull();
    expect(reorderLanes(model, { order: ['finance', 'ghost'] })).toBeNull();
  });
});
