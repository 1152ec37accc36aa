import { beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../store/editorStore';
import { mapOf, reviewMap } from '../store/testMaps';
import { useEditorUi } from '../store/uiStore';
import { actions, dispatch, isEnabled } from './registry';
import { actionForKey } from './useShortcuts';

const editor = () => useEditor.getState();
const ids = () => editor().model!.nodes.map((n) => n.id);

beforeEach(() => {
  editor().open('p', reviewMap());
  useEditorUi.setState({ clipboard: null, pasteCount: 0, helpOpen: false, searchOpen: false, scope: null });
});

describe('action registry', () => {
  it('names every action after its key and gives each a label', () => {
    for (const [key, action] of Object.entries(actions)) {
      expect(action.name).toBe(key);
      expect(action.label).not.toBe('');
    }
  });

  it('runs an action only when it is enabled', () => {
    expect(isEnabled('undo')).toBe(false);
    expect(dispatch('undo')).toBe(false);
    expect(isEnabled('delete')).toBe(false);
    editor().select(['review']);
    expect(dispatch('delete')).toBe(true);
    expect(ids()).toEqual(['start', 'done']);
    expect(editor().model!.flows).toEqual([]);
    expect(dispatch('undo')).toBe(true);
    expect(ids()).toEqual(['start', 'review', 'done']);
    expect(dispatch('redo')).toBe(true);
    expect(ids()).toEqual(['start', 'done']);
  });

  it('copies, pastes at a growing offset, and duplicates', () => {
    editor().select(['review']);
    expect(isEnabled('paste')).toBe(false);
    dispatch('copy');
    dispatch('paste');
    dispatch('paste');
    const pasted = editor().model!.nodes.slice(3);
    expect(pasted.map((n) => [n.name, n.x])).toEqual([
      ['Review', 240],
      ['Review', 280],
    ]);
    expect(editor().selection).toEqual([pasted[1].id]);
    dispatch('duplicate');
    expect(editor().model!.nodes).toHaveLength(6);
  });

  it('selects all nodes and flows, and Escape clears the selection or closes an overlay first', () => {
    dispatch('selectAll');
    expect(editor().selection).toEqual(['start', 'review', 'done', 'f1', 'f2']);
    dispatch('help');
    dispatch('escape');
    expect(useEditorUi.getState().helpOpen).toBe(false);
    expect(editor().selection).toHaveLength(5);
    dispatch('escape');
    expect(editor().selection).toEqual([]);
  });

  it('adds a palette element beside the selected node, connected from it and in its lane', () => {
    editor().select(['done']);
    dispatch('delete');
    editor().select(['review']);
    dispatch('insertElement', { item: 'exclusiveGateway' });
    const gateway = editor().model!.nodes.at(-1)!;
    expect(gateway).toMatchObject({ type: 'exclusiveGateway', lane: 'clerks' });
    expect(gateway.x).toBeGreaterThan(200 + 120);
    expect(gateway.y + 25).toBe(60 + 40);
    expect(editor().model!.flows.at(-1)).toMatchObject({ source: 'review', target: gateway.id });
    expect(editor().selection).toEqual([gateway.id]);
    expect(editor().history.undoStack).toHaveLength(2);
    // A second one beside the same node goes below the first rather than on top of it.
    editor().select(['review']);
    dispatch('insertElement', { item: 'task' });
    expect(editor().model!.nodes.at(-1)!.y).toBeGreaterThanOrEqual(gateway.y + 50);
  });

  it('adds a dropped element where it was dropped, in the lane under it, without a flow', () => {
    dispatch('insertElement', { item: 'serviceTask', at: { x: 600, y: 100 } });
    const task = editor().model!.nodes.at(-1)!;
    expect(task).toMatchObject({ type: 'task', taskType: 'service', lane: 'clerks', x: 540, y: 60 });
    expect(editor().lastChange?.label).toBe('Add Service task');
    expect(editor().model!.flows).toHaveLength(2);
  });

  it('attaches a boundary timer to the selected task, and refuses one without a task', () => {
    dispatch('insertElement', { item: 'boundaryTimer' });
    expect(editor().notice).toMatch(/select a task/i);
    editor().select(['review']);
    dispatch('insertElement', { item: 'boundaryTimer' });
    expect(editor().model!.nodes.at(-1)).toMatchObject({
      type: 'boundaryEvent',
      attachedTo: 'review',
      eventType: 'timer',
      timer: 3600,
    });
  });

  it('lays the map out as one undoable change', async () => {
    dispatch('autoLayout');
    // The layout engine loads on first use: give it the time a loaded machine needs.
    await expect.poll(() => editor().lastChange?.label, { timeout: 60_000 }).toBe('Auto layout');
    const [start, review, done] = editor().model!.nodes;
    expect(start.x).toBeLessThan(review.x);
    expect(review.x).toBeLessThan(done.x);
    dispatch('undo');
    expect(editor().model!.nodes[1].x).toBe(200);
  });
});

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  ({ key: k, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;

describe('keyboard shortcuts', () => {
  it('maps keys to actions, telling Undo from Redo by Shift', () => {
    expect(actionForKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(actionForKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(actionForKey(key('z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(actionForKey(key('y', { ctrlKey: true }))).toBe('redo');
    expect(actionForKey(key('Delete'))).toBe('delete');
    expect(actionForKey(key('Backspace'))).toBe('delete');
    expect(actionForKey(key('?', { shiftKey: true }))).toBe('help');
    expect(actionForKey(key('+', { shiftKey: true }))).toBe('zoomIn');
    expect(actionForKey(key('!', { shiftKey: true, code: 'Digit1' }))).toBe('fitView');
    expect(actionForKey(key('f', { ctrlKey: true }))).toBe('search');
    expect(actionForKey(key('z'))).toBeUndefined();
    expect(actionForKey(key('c', { ctrlKey: true, altKey: true }))).toBeUndefined();
  });
});

describe('inside a sub-process', () => {
  beforeEach(() => {
    editor().open(
      'p',
      mapOf({
        nodes: [
          { id: 'sub', type: 'subProcess', name: 'Appeal' },
          { id: 'in', type: 'task', name: 'Inside', parent: 'sub' },
        ],
      }),
    );
    useEditorUi.setState({ scope: 'sub', clipboard: null, pasteCount: 0 });
  });

  it('adds, pastes and duplicates into the sub-process shown, selects only what is in it, and refuses lanes', () => {
    dispatch('insertElement', { item: 'startEvent' });
    expect(editor().model!.nodes.at(-1)).toMatchObject({ type: 'startEvent', parent: 'sub' });
    editor().select(['in']);
    dispatch('duplicate');
    expect(editor().model!.nodes.at(-1)).toMatchObject({ name: 'Inside', parent: 'sub' });
    expect(editor().history.undoStack).toHaveLength(2);
    dispatch('copy');
    dispatch('paste');
    expect(editor().model!.nodes.at(-1)).toMatchObject({ name: 'Inside', parent: 'sub' });
    dispatch('selectAll');
    expect(editor().selection).not.toContain('sub');
    expect(editor().selection).toHaveLength(4);
    dispatch('insertElement', { item: 'lane' });
    expect(editor().notice).toMatch(/lanes belong to the process/i);
    dispatch('escape');
    dispatch('escape');
    expect(useEditorUi.getState().scope).toBeNull();
  });
});
