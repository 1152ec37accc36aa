import { describe, expect, it } from 'vitest';
import { expectUndoable, purchaseApproval } from './fixtures';
import { setProperty } from './setProperty';

const review = { kind: 'node', id: 'review' } as const;

describe('setProperty', () => {
  it('replaces, adds and removes top-level fields', () => {
    const model = purchaseApproval();
    const width = setProperty(model, { target: review, path: 'width', value: 120 });
    expect(width?.label).toBe("Set width of 'Review'");
    expect(expectUndoable(model, width).nodes[1].width).toBe(120);
    const typed = expectUndoable(model, setProperty(model, { target: review, path: 'taskType', value: 'service' }));
    expect(typed.nodes[1].taskType).toBe('service');
    const cleared = setProperty(model, { target: review, path: 'taskType', value: undefined });
    expect(cleared?.label).toBe("Clear task type of 'Review'");
    expect('taskType' in expectUndoable(model, cleared).nodes[1]).toBe(false);
  });

  it('sets nested simulation fields, creating `sim` when it is missing', () => {
    const model = purchaseApproval();
    const cost = setProperty(model, { target: review, path: ['sim', 'fixedCost'], value: 12 });
    expect(cost?.label).toBe("Set fixed cost of 'Review'");
    const after = expectUndoable(model, cost);
    expect(after.nodes[1].sim).toStrictEqual({ ...model.nodes[1].sim, fixedCost: 12 });
    expect(after.nodes[1].sim?.duration).toBe(model.nodes[1].sim?.duration);
    const created = setProperty(model, {
      target: { kind: 'node', id: 'escalate' },
      path: ['sim', 'duration'],
      value: { type: 'exponential', mean: 60 },
    });
    expect(created?.patch).toEqual([
      { op: 'add', path: '/nodes/9/sim', value: { duration: { type: 'exponential', mean: 60 } } },
    ]);
    expectUndoable(model, created);
    const removed = expectUndoable(
      model,
      setProperty(model, { target: review, path: ['sim', 'resource'], value: undefined }),
    );
    expect(removed.nodes[1].sim).toStrictEqual({ duration: { type: 'fixed', value: 600 } });
  });

  it('edits flows and lanes', () => {
    const model = purchaseApproval();
    const probability = expectUndoable(
      model,
      setProperty(model, { target: { kind: 'flow', id: 'f3' }, path: 'probability', value: 0.25 }),
    );
    expect(probability.flows[2].probability).toBe(0.25);
    const height = expectUndoable(
      model,
      setProperty(model, { target: { kind: 'lane', id: 'finance' }, path: 'height', value: 200 }),
    );
    expect(height.lanes[1].height).toBe(200);
  });

  it('reconnects a flow only to an existing node, never into a self-loop or a duplicate', () => {
    const model = purchaseApproval();
    const f1 = { kind: 'flow', id: 'f1' } as const;
    expect(
      expectUndoable(model, setProperty(model, { target: f1, path: 'target', value: 'escalate' })).flows[0].target,
    ).toBe('escalate');
    expect(setProperty(model, { target: f1, path: 'target', value: 'start' })).toBeNull();
    expect(setProperty(model, { target: f1, path: 'target', value: 'ghost' })).toBeNull();
    expect(setProperty(model, { target: { kind: 'flow', id: 'f4' }, path: 'target', value: 'cfo' })).toBeNull();
  });

  it('refuses ids, unknown fields, invalid values, broken references and no-ops', () => {
    const model = purchaseApproval();
    expect(setProperty(model, { target: review, path: 'id', value: 'x' })).toBeNull();
    expect(setProperty(model, { target: review, path: 'colour', value: 'red' })).toBeNull();
    expect(setProperty(model, { target: review, path: [], value: 1 })).toBeNull();
    expect(setProperty(model, { target: review, path: 'width', value: -3 })).toBeNull();
    expect(setProperty(model, { target: review, path: ['sim', 'probability'], value: 2 })).toBeNull();
    expect(setProperty(model, { target: review, path: ['sim', 'colour'], value: 'red' })).toBeNull();
    expect(setProperty(model, { target: review, path: 'name', value: undefined })).toBeNull();
    expect(setProperty(model, { target: review, path: 'lane', value: 'ghost' })).toBeNull();
    expect(setProperty(model, { target: { kind: 'node', id: 'cfo' }, path: 'parent', value: 'cfo' })).toBeNull();
    expect(setProperty(model, { target: review, path: 'x', value: 160 })).toBeNull();
    expect(setProperty(model, { target: review, path: 'width', value: undefined })).toBeNull();
    expect(setProperty(model, { target: review, path: ['extensions', '__proto__'], value: {} })).toBeNull();
    expect(setProperty(model, { target: review, path: ['extensions', 'constructor', 'x'], value: 1 })).toBeNull();
    expect(setProperty(model, { target: review, path: ['extensions', 'prototype'], value: 1 })).toBeNull();
    expect(setProperty(model, { target: { kind: 'node', id: 'ghost' }, path: 'x', value: 1 })).toBeNull();
  });
});
