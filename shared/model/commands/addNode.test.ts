import { describe, expect, it } from 'vitest';
import { addNode } from './addNode';
import { connect } from './connect';
import { expectUndoable, purchaseApproval } from './fixtures';

describe('addNode', () => {
  it('appends a node with a fresh id, schema defaults and a label naming its kind', () => {
    const model = purchaseApproval();
    const edit = addNode(model, { type: 'task', taskType: 'user', x: 10, y: 20, lane: 'finance' });
    expect(edit?.label).toBe('Add User task');
    expect(edit?.created).toEqual(['task_1']);
    const after = expectUndoable(model, edit);
    expect(after.nodes.at(-1)).toStrictEqual({
      id: 'task_1',
      type: 'task',
      taskType: 'user',
      name: '',
      x: 10,
      y: 20,
      lane: 'finance',
    });
    expect(after.flows).toBe(model.flows);
  });

  it('stores no key that holds undefined, so that later edits and their undo stay exact', () => {
    const model = purchaseApproval();
    const after = expectUndoable(
      model,
      addNode(model, { type: 'task', lane: undefined, sim: { fixedCost: undefined } }),
    );
    expect(Object.keys(after.nodes.at(-1) ?? {})).toEqual(['id', 'type', 'name', 'x', 'y', 'sim']);
    expect(after.nodes.at(-1)?.sim).toStrictEqual({});
  });

  it('labels events by their definition', () => {
    const model = purchaseApproval();
    expect(addNode(model, { type: 'boundaryEvent', eventType: 'timer', attachedTo: 'review' })?.label).toBe(
      'Add Timer boundary event',
    );
    expect(addNode(model, { type: 'endEvent', eventType: 'none' })?.label).toBe('Add End event');
    expect(addNode(model, { type: 'inclusiveGateway' })?.created).toEqual(['gateway_1']);
  });

  it('refuses a taken id, missing references and invalid fields', () => {
    const model = purchaseApproval();
    expect(addNode(model, { type: 'task', id: 'review' })).toBeNull();
    expect(addNode(model, { type: 'task', id: 'f1' })).toBeNull();
    expect(addNode(model, { type: 'task', lane: 'nowhere' })).toBeNull();
    expect(addNode(model, { type: 'task', parent: 'review' })).toBeNull();
    expect(addNode(model, { type: 'boundaryEvent', attachedTo: 'big' })).toBeNull();
    expect(addNode(model, { type: 'task', width: -1 })).toBeNull();
    expect(addNode(model, { type: 'task', id: 'x', parent: 'x' })).toBeNull();
    expect(addNode(model, { type: 'task', parent: 'cfo', id: 'inside' })?.created).toEqual(['inside']);
  });
});

describe('connect', () => {
  it('adds a flow between two nodes', () => {
    const model = purchaseApproval();
    const edit = connect(model, { source: 'escalate', target: 'done', condition: 'true' });
    expect(edit?.label).toBe("Connect 'Escalate' to 'Approved'");
    const after = expectUndoable(model, edit);
    expect(after.flows.at(-1)).toStrictEqual({ id: 'flow_1', source: 'escalate', target: 'done', condition: 'true' });
  });

  it('refuses a self-loop, a duplicate pair, a missing end and a taken id', () => {
    const model = purchaseApproval();
    expect(connect(model, { source: 'review', target: 'review' })).toBeNull();
    expect(connect(model, { source: 'start', target: 'review' })).toBeNull();
    expect(connect(model, { source: 'start', target: 'ghost' })).toBeNull();
    expect(connect(model, { source: 'done', target: 'start', id: 'review' })).toBeNull();
    expect(connect(model, { source: 'done', target: 'start', probability: 2 })).toBeNull();
  });

  it('allows the reverse direction of an existing flow', () => {
    const model = purchaseApproval();
    expectUndoable(model, connect(model, { source: 'review', target: 'start' }));
  });
});
