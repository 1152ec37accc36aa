import { beforeEach, describe, expect, it } from 'vitest';
import { addNode, moveNodes, rename } from '../../shared/model';
import { useEditor } from './editorStore';
import { reviewMap } from './testMaps';

const editor = () => useEditor.getState();

beforeEach(() => editor().open('p1', reviewMap()));

describe('editor store', () => {
  it('opens a map as a load: no history, no selection, version bumped', () => {
    const before = editor().version;
    editor().select(['review']);
    editor().open('p2', reviewMap());
    expect(editor()).toMatchObject({ processId: 'p2', selection: [], lastChange: null, version: before + 1 });
    expect(editor().history.undoStack).toEqual([]);
  });

  it('applies a command as a captured change, selects what it created, and undoes and redoes it', () => {
    const original = editor().model!;
    const edit = editor().apply((m) => addNode(m, { type: 'task', taskType: 'user', x: 500, y: 60 }));
    expect(edit?.label).toBe('Add User task');
    const added = edit!.created![0];
    expect(editor().selection).toEqual([added]);
    expect(editor().lastChange).toEqual({ label: 'Add User task', captured: true });
    expect(editor().model!.nodes.map((n) => n.id)).toContain(added);

    editor().undo();
    expect(editor().model).toEqual(original);
    expect(editor().lastChange?.label).toBe('Undo Add User task');
    expect(editor().selection).toEqual([]);
    editor().redo();
    expect(editor().model!.nodes.map((n) => n.id)).toContain(added);
    expect(editor().lastChange?.label).toBe('Redo Add User task');
  });

  it('joins several steps into one undo entry with one label', () => {
    const original = editor().model!;
    editor().apply(
      [
        (m) => rename(m, { target: { kind: 'node', id: 'review' }, name: 'Check' }),
        (m) => moveNodes(m, { ids: ['review'], dx: 20, dy: 0 }),
      ],
      { label: 'Tidy up' },
    );
    expect(editor().history.undoStack).toHaveLength(1);
    expect(editor().lastChange?.label).toBe('Tidy up');
    editor().undo();
    expect(editor().model).toEqual(original);
  });

  it('changes nothing for a command that does not apply', () => {
    const { version, model } = editor();
    expect(editor().apply((m) => rename(m, { target: { kind: 'node', id: 'review' }, name: 'Review' }))).toBeNull();
    expect(editor().version).toBe(version);
    expect(editor().model).toBe(model);
  });

  it('replaces the whole model as one undoable change and keeps the selection that still exists', () => {
    const original = editor().model!;
    editor().select(['review', 'done']);
    const restored = { ...original, nodes: original.nodes.filter((n) => n.id !== 'done'), flows: [original.flows[0]] };
    editor().replaceModel(restored, 'Restore revision');
    expect(editor().model).toBe(restored);
    expect(editor().selection).toEqual(['review']);
    expect(editor().lastChange).toEqual({ label: 'Restore revision', captured: true });
    editor().undo();
    expect(editor().model).toBe(original);
  });

  it('merges edits with the same merge key into one entry', () => {
    editor().apply((m) => moveNodes(m, { ids: ['review'], dx: 10, dy: 0 }), { mergeKey: 'nudge' });
    editor().apply((m) => moveNodes(m, { ids: ['review'], dx: 10, dy: 0 }), { mergeKey: 'nudge' });
    expect(editor().history.undoStack).toHaveLength(1);
    editor().undo();
    expect(editor().model!.nodes.find((n) => n.id === 'review')!.x).toBe(200);
  });

  it('keeps drag positions aside until a change is applied, and closes to nothing', () => {
    editor().setDragging(new Map([['review', { x: 1, y: 2 }]]));
    expect(editor().model!.nodes.find((n) => n.id === 'review')!.x).toBe(200);
    editor().apply((m) => moveNodes(m, { positions: { review: { x: 1, y: 2 } } }));
    expect(editor().dragging.size).toBe(0);
    editor().close();
    expect(editor()).toMatchObject({ processId: null, model: null, selection: [] });
  });
});
