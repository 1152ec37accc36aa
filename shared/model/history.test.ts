import { describe, expect, it } from 'vitest';
import { addNode, moveNodes, rename, setProperty, type Edit } from './commands';
import { purchaseApproval } from './commands/fixtures';
import { FlowwrightError } from './errors';
import {
  canRedo,
  canUndo,
  commit,
  createHistory,
  record,
  redo,
  redoLabel,
  startEditing,
  undo,
  undoLabel,
  type EditorState,
} from './history';

const renameReview = (state: EditorState, name: string) =>
  commit(state, rename(state.model, { target: { kind: 'node', id: 'review' }, name }), { capture: 'capture' });

function undoAll(state: EditorState): EditorState {
  let current = state;
  while (canUndo(current.history)) current = undo(current.history, current.model) as EditorState;
  return current;
}

describe('undo and redo', () => {
  it('start empty after a load and walk back and forth with labels', () => {
    const model = purchaseApproval();
    const loaded = startEditing(model);
    expect([canUndo(loaded.history), canRedo(loaded.history), undoLabel(loaded.history)]).toEqual([
      false,
      false,
      undefined,
    ]);
    expect(undo(loaded.history, model)).toBeNull();
    expect(redo(loaded.history, model)).toBeNull();

    const edited = renameReview(renameReview(loaded, 'Check'), 'Approve');
    expect(undoLabel(edited.history)).toBe("Rename 'Check' to 'Approve'");
    const once = undo(edited.history, edited.model) as EditorState;
    expect(once.model.nodes[1].name).toBe('Check');
    expect([undoLabel(once.history), redoLabel(once.history)]).toEqual([
      "Rename 'Review' to 'Check'",
      "Rename 'Check' to 'Approve'",
    ]);
    const twice = undo(once.history, once.model) as EditorState;
    expect(twice.model).toStrictEqual(model);
    expect(canUndo(twice.history)).toBe(false);
    const again = redo(twice.history, twice.model) as EditorState;
    expect((redo(again.history, again.model) as EditorState).model).toStrictEqual(edited.model);
  });

  it('clears redo on a new entry', () => {
    const state = renameReview(startEditing(purchaseApproval()), 'Check');
    const undone = undo(state.history, state.model) as EditorState;
    const branched = renameReview(undone, 'Other');
    expect(canRedo(branched.history)).toBe(false);
    expect(branched.history.undoStack).toHaveLength(1);
  });

  it('keeps at most `limit` entries, forgetting the oldest', () => {
    let state = startEditing(purchaseApproval(), 3);
    for (const name of ['a', 'b', 'c', 'd', 'e']) state = renameReview(state, name);
    expect(state.history.undoStack.map((e) => e.label)).toEqual([
      "Rename 'b' to 'c'",
      "Rename 'c' to 'd'",
      "Rename 'd' to 'e'",
    ]);
    expect(undoAll(state).model.nodes[1].name).toBe('b');
    expect(createHistory(0).limit).toBe(1);
  });

  it('reports a model that no longer fits the entry', () => {
    const state = commit(startEditing(purchaseApproval()), addNode(purchaseApproval(), { type: 'task' }), {
      capture: 'capture',
    });
    expect(() => undo(state.history, purchaseApproval())).toThrow(FlowwrightError);
  });
});

describe('merging', () => {
  it('folds a drag into one small entry that undoes to where it started', () => {
    const model = purchaseApproval();
    let state = startEditing(model);
    for (let step = 1; step <= 50; step++)
      state = commit(state, moveNodes(state.model, { ids: ['review', 'big'], dx: 2, dy: 1 }), {
        capture: 'capture',
        mergeKey: 'drag-1',
      });
    expect(state.history.undoStack).toHaveLength(1);
    const [entry] = state.history.undoStack;
    expect(entry.label).toBe('Move 2 elements');
    // x and y of review, sla (its boundary event) and big: one operation per path, not one per step.
    expect(entry.patch).toHaveLength(6);
    expect(state.model.nodes[1]).toMatchObject({ x: 260, y: 50 });
    expect((undo(state.history, state.model) as EditorState).model).toStrictEqual(model);
  });

  it('does not merge different keys, entries without a key, or across an undo', () => {
    const model = purchaseApproval();
    const move = (state: EditorState, mergeKey?: string) =>
      commit(state, moveNodes(state.model, { ids: ['done'], dx: 1, dy: 0 }), { capture: 'capture', mergeKey });
    expect(move(move(startEditing(model), 'a'), 'b').history.undoStack).toHaveLength(2);
    expect(move(move(startEditing(model))).history.undoStack).toHaveLength(2);
    const twice = move(move(startEditing(model), 'a'), 'a');
    const undone = undo(twice.history, twice.model) as EditorState;
    expect(move(move(undone, 'a'), 'a').history.undoStack).toHaveLength(1);
    expect(move(renameReview(startEditing(model), 'x'), 'a').history.undoStack).toHaveLength(2);
  });

  it('chains structural edits with the same key and undoes them in order', () => {
    const model = purchaseApproval();
    let state = startEditing(model);
    const added = addNode(state.model, { type: 'task', name: 'New' }) as Edit;
    state = commit(state, added, { capture: 'capture', mergeKey: 'create' });
    const id = added.created?.[0] as string;
    state = commit(state, setProperty(state.model, { target: { kind: 'node', id }, path: 'name', value: 'Newer' }), {
      capture: 'capture',
      mergeKey: 'create',
    });
    state = commit(state, moveNodes(state.model, { ids: [id], dx: 5, dy: 5 }), {
      capture: 'capture',
      mergeKey: 'create',
    });
    expect(state.history.undoStack).toHaveLength(1);
    const undone = undo(state.history, state.model) as EditorState;
    expect(undone.model).toStrictEqual(model);
    expect((redo(undone.history, undone.model) as EditorState).model).toStrictEqual(state.model);
  });

  it('keeps nested paths in order instead of folding them', () => {
    const model = purchaseApproval();
    const review = { kind: 'node', id: 'review' } as const;
    let state = startEditing(model);
    state = commit(state, setProperty(state.model, { target: review, path: ['sim', 'fixedCost'], value: 3 }), {
      capture: 'capture',
      mergeKey: 'k',
    });
    state = commit(state, setProperty(state.model, { target: review, path: 'sim', value: { priority: 1 } }), {
      capture: 'capture',
      mergeKey: 'k',
    });
    state = commit(state, setProperty(state.model, { target: review, path: ['sim', 'fixedCost'], value: 4 }), {
      capture: 'capture',
      mergeKey: 'k',
    });
    expect(state.model.nodes[1].sim).toStrictEqual({ priority: 1, fixedCost: 4 });
    const undone = undo(state.history, state.model) as EditorState;
    expect(undone.model).toStrictEqual(model);
    expect((redo(undone.history, undone.model) as EditorState).model).toStrictEqual(state.model);
  });
});

describe('capture policy', () => {
  it('applies an ignored write without an entry and keeps the history when it only replaces scalars', () => {
    const model = purchaseApproval();
    const edited = renameReview(startEditing(model), 'Check');
    const measured = commit(
      edited,
      setProperty(edited.model, { target: { kind: 'node', id: 'done' }, path: 'x', value: 700 }),
      { capture: 'ignore' },
    );
    expect(measured.model.nodes[8].x).toBe(700);
    expect(measured.history).toBe(edited.history);
    const undone = undo(measured.history, measured.model) as EditorState;
    expect(undone.model.nodes[1].name).toBe('Review');
    expect(undone.model.nodes[8].x).toBe(700);
  });

  it('clears the history on an ignored write that adds, removes or replaces structure', () => {
    const edited = renameReview(startEditing(purchaseApproval()), 'Check');
    const added = commit(edited, addNode(edited.model, { type: 'task' }), { capture: 'ignore' });
    expect(added.model.nodes).toHaveLength(11);
    expect(canUndo(added.history)).toBe(false);
    const sized = commit(
      edited,
      setProperty(edited.model, { target: { kind: 'node', id: 'done' }, path: 'width', value: 30 }),
      { capture: 'ignore' },
    );
    expect(canUndo(sized.history)).toBe(false);
    expect(sized.history.limit).toBe(edited.history.limit);
  });

  it('leaves the state alone for a refused command', () => {
    const state = startEditing(purchaseApproval());
    expect(commit(state, null, { capture: 'capture' })).toBe(state);
  });

  it('records entries directly as well', () => {
    const model = purchaseApproval();
    const edit = rename(model, { target: { kind: 'process' }, name: 'P' }) as Edit;
    const history = record(createHistory(), { ...edit, created: ['x'] } as Edit);
    expect(history.undoStack[0]).toStrictEqual({ patch: edit.patch, inverse: edit.inverse, label: edit.label });
  });
});
