import { describe, expect, it } from 'vitest';
import { expectUndoable, purchaseApproval } from './fixtures';
import { moveNodes } from './moveNodes';

const position = (model: ReturnType<typeof purchaseApproval>, id: string) => {
  const node = model.nodes.find((n) => n.id === id);
  return node && { x: node.x, y: node.y };
};

describe('moveNodes', () => {
  it('shifts nodes by an offset, taking boundary events along', () => {
    const model = purchaseApproval();
    const edit = moveNodes(model, { ids: ['review'], dx: 10, dy: -5 });
    expect(edit?.label).toBe("Move 'Review'");
    const after = expectUndoable(model, edit);
    expect(position(after, 'review')).toEqual({ x: 170, y: -5 });
    expect(position(after, 'sla')).toEqual({ x: 210, y: 35 });
    expect(after.nodes[0]).toBe(model.nodes[0]);
  });

  it('moves a sub-process with its contents and the bend points between moved nodes', () => {
    const model = purchaseApproval();
    const after = expectUndoable(model, moveNodes(model, { ids: ['cfo'], dx: 100, dy: 0 }));
    expect(['cfo', 'cfo_start', 'cfo_sign', 'cfo_check'].map((id) => position(after, id)?.x)).toEqual([
      580, 600, 660, 680,
    ]);
    expect(after.flows.find((f) => f.id === 'f7')?.waypoints).toEqual([{ x: 630, y: -80 }]);
    // Only one end of f3 moves: its bend point stays where the user put it.
    expect(after.flows.find((f) => f.id === 'f3')).toBe(model.flows[2]);
  });

  it('puts nodes at absolute positions; followers keep their offset to the host', () => {
    const model = purchaseApproval();
    const edit = moveNodes(model, { positions: { review: { x: 0, y: 300 }, big: { x: 320, y: 300 } } });
    expect(edit?.label).toBe('Move 2 elements');
    const after = expectUndoable(model, edit);
    expect(position(after, 'review')).toEqual({ x: 0, y: 300 });
    expect(position(after, 'sla')).toEqual({ x: 40, y: 340 });
    expect(position(after, 'big')).toEqual({ x: 320, y: 300 });
  });

  it('lets an explicitly moved follower go its own way', () => {
    const model = purchaseApproval();
    const after = expectUndoable(
      model,
      moveNodes(model, { positions: { review: { x: 0, y: 0 }, sla: { x: 1, y: 1 } } }),
    );
    expect(position(after, 'sla')).toEqual({ x: 1, y: 1 });
  });

  it('returns null when nothing moves or a coordinate is not finite', () => {
    const model = purchaseApproval();
    expect(moveNodes(model, { ids: ['review'], dx: 0, dy: 0 })).toBeNull();
    expect(moveNodes(model, { ids: ['ghost'], dx: 5, dy: 5 })).toBeNull();
    expect(moveNodes(model, { positions: { review: { x: 160, y: 0 } } })).toBeNull();
    expect(moveNodes(model, { ids: ['review'], dx: Number.NaN, dy: 0 })).toBeNull();
  });
});
