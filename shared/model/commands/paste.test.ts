import { describe, expect, it } from 'vitest';
import { expectUndoable, purchaseApproval } from './fixtures';
import { copyFragment, duplicate, paste } from './paste';

describe('copyFragment', () => {
  it('takes the selection with its followers and the flows among them', () => {
    const fragment = copyFragment(purchaseApproval(), ['review', 'escalate', 'big']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['review', 'sla', 'big', 'escalate']);
    expect(fragment.flows.map((f) => f.id)).toEqual(['f2', 'f6']);
  });
});

describe('paste', () => {
  it('inserts the fragment with fresh ids, remapped flows and offset positions', () => {
    const model = purchaseApproval();
    const fragment = copyFragment(model, ['review', 'escalate', 'big']);
    const edit = paste(model, { fragment, offset: { dx: 0, dy: 300 } });
    expect(edit?.label).toBe('Paste 4 elements');
    expect(edit?.created).toEqual(['task_1', 'boundary_1', 'gateway_1', 'task_2', 'flow_1', 'flow_2']);
    const after = expectUndoable(model, edit);
    const pasted = after.nodes.slice(model.nodes.length);
    expect(pasted.map((n) => [n.id, n.name, n.y, n.attachedTo, n.lane])).toEqual([
      ['task_1', 'Review', 300, undefined, 'finance'],
      ['boundary_1', '', 340, 'task_1', 'finance'],
      ['gateway_1', 'Amount over 5000?', 300, undefined, 'finance'],
      ['task_2', 'Escalate', 420, undefined, undefined],
    ]);
    expect(after.flows.slice(model.flows.length).map((f) => [f.id, f.source, f.target])).toEqual([
      ['flow_1', 'task_1', 'gateway_1'],
      ['flow_2', 'boundary_1', 'task_2'],
    ]);
  });

  it('drops flows with an end outside the fragment, orphaned boundary events and unknown lanes', () => {
    const model = purchaseApproval();
    const source = model.nodes.filter((n) => ['sla', 'big', 'done', 'cfo_sign'].includes(n.id));
    const fragment = {
      nodes: [...source.map((n) => (n.id === 'big' ? { ...n, lane: 'elsewhere' } : n)), source[1]],
      flows: model.flows.filter((f) => ['f3', 'f4', 'f6'].includes(f.id)),
    };
    const after = expectUndoable(model, paste(model, { fragment }));
    const pasted = after.nodes.slice(model.nodes.length);
    expect(pasted.map((n) => [n.id, n.lane, n.parent])).toEqual([
      ['gateway_1', undefined, undefined],
      ['task_1', undefined, undefined],
      ['end_1', undefined, undefined],
    ]);
    const flows = after.flows.slice(model.flows.length);
    expect(flows).toStrictEqual([{ id: 'flow_1', source: 'gateway_1', target: 'end_1', name: 'No', default: true }]);
  });

  it('returns null when nothing can be pasted', () => {
    const model = purchaseApproval();
    expect(paste(model, { fragment: { nodes: [], flows: model.flows } })).toBeNull();
    expect(paste(model, { fragment: copyFragment(model, ['review']), offset: { dx: Infinity, dy: 0 } })).toBeNull();
  });
});

describe('duplicate', () => {
  it('copies a sub-process with its contents beside the original', () => {
    const model = purchaseApproval();
    const edit = duplicate(model, { ids: ['cfo'] });
    expect(edit?.label).toBe('Duplicate 4 elements');
    const after = expectUndoable(model, edit);
    const copies = after.nodes.slice(model.nodes.length);
    expect(copies.map((n) => [n.id, n.parent, n.attachedTo, n.x, n.y])).toEqual([
      ['subprocess_1', undefined, undefined, 520, -60],
      ['start_1', 'subprocess_1', undefined, 540, -40],
      ['task_1', 'subprocess_1', undefined, 600, -40],
      ['boundary_1', 'subprocess_1', 'task_1', 620, 0],
    ]);
    const flow = after.flows.at(-1);
    expect([flow?.source, flow?.target, flow?.waypoints]).toEqual(['start_1', 'task_1', [{ x: 570, y: -40 }]]);
    expect(duplicate(model, { ids: ['escalate'] })?.label).toBe("Duplicate 'Escalate'");
  });
});
