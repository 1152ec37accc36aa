import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCanvasGestures } from '../canvas/canvasGestures';
import { canvasView, type CanvasView } from '../canvas/canvasView';
import { useEditor } from '../store/editorStore';
import { reviewMap } from '../store/testMaps';
import { useEditorUi } from '../store/uiStore';
import { dispatch, dispatchKey, isEnabled } from './registry';
import { nudgeFor } from './nudgeSelection';
import { shortcutText } from './shortcuts';
import { actionForKey } from './useShortcuts';

const editor = () => useEditor.getState();
const node = (id: string) => editor().model!.nodes.find((n) => n.id === id)!;
const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  ({ key: k, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;

beforeEach(() => {
  editor().open('p', reviewMap());
  useEditorUi.setState({ clipboard: null, pasteCount: 0, helpOpen: false, searchOpen: false, scope: null });
  useCanvasGestures.setState({ connectFrom: null, candidate: null, editing: null });
});

describe('arrow keys', () => {
  it('move the selected nodes 10 px, or 1 px with Shift, a run of presses being one undo step', () => {
    expect(isEnabled('nudge')).toBe(false);
    editor().select(['review', 'f1']);
    expect(actionForKey(key('ArrowRight'))).toBe('nudge');
    expect(actionForKey(key('ArrowUp', { shiftKey: true }))).toBe('nudge');
    dispatchKey('nudge', key('ArrowRight'));
    dispatchKey('nudge', key('ArrowRight'));
    dispatchKey('nudge', key('ArrowDown', { shiftKey: true }));
    expect(node('review')).toMatchObject({ x: 220, y: 61 });
    expect(editor().selection).toEqual(['review', 'f1']);
    expect(editor().history.undoStack).toHaveLength(1);
    dispatch('undo');
    expect(node('review')).toMatchObject({ x: 200, y: 60 });
  });

  it('give their direction and step', () => {
    expect(nudgeFor(key('ArrowLeft'))).toEqual({ dx: -10, dy: 0 });
    expect(nudgeFor(key('ArrowUp', { shiftKey: true }))).toEqual({ dx: 0, dy: -1 });
    expect(shortcutText('Shift+ArrowLeft')).toMatch(/^(Shift\+←|⇧←)$/);
  });
});

describe('Connect to…', () => {
  it('opens the target picker for one selected node, on C', () => {
    expect(actionForKey(key('c'))).toBe('connectTo');
    expect(actionForKey(key('c', { ctrlKey: true }))).toBe('copy');
    expect(isEnabled('connectTo')).toBe(false);
    editor().select(['review']);
    expect(dispatch('connectTo')).toBe(true);
    expect(useCanvasGestures.getState().connectFrom).toBe('review');
  });

  it('says why nothing can start at an end event instead of opening', () => {
    editor().select(['done']);
    dispatch('connectTo');
    expect(useCanvasGestures.getState().connectFrom).toBeNull();
    expect(editor().notice).toMatch(/'Done' is an end event/);
  });
});

describe('Paste', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    const view = canvasView.current;
    if (view) canvasView.detach(view);
  });

  it('lands offset from the original, cascades, keeps the flows among the copies and brings them into view', () => {
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => run());
    const reveal = vi.fn(() => true);
    canvasView.attach({ reveal } as unknown as CanvasView);
    editor().select(['review', 'done']);
    dispatch('copy');
    dispatch('paste');
    dispatch('paste');
    const copies = editor().model!.nodes.slice(3);
    expect(copies.map((n) => [n.name, n.x, n.y])).toEqual([
      ['Review', 240, 100],
      ['Done', 440, 120],
      ['Review', 280, 140],
      ['Done', 480, 160],
    ]);
    const flows = editor().model!.flows.slice(2);
    expect(flows.map((f) => [f.source, f.target])).toEqual([
      [copies[0].id, copies[1].id],
      [copies[2].id, copies[3].id],
    ]);
    expect(reveal).toHaveBeenLastCalledWith(copies[2].id);
  });
});

describe('Rename', () => {
  afterEach(() => {
    const view = canvasView.current;
    if (view) canvasView.detach(view);
  });

  it('edits the name in place on the canvas, bringing the element into view', () => {
    const reveal = vi.fn(() => true);
    canvasView.attach({ reveal } as unknown as CanvasView);
    editor().select(['review']);
    const before = useEditorUi.getState().renameRequest;
    dispatch('rename');
    expect(useCanvasGestures.getState().editing).toBe('review');
    expect(reveal).toHaveBeenCalledWith('review');
    expect(useEditorUi.getState().renameRequest).toBe(before);
  });

  it('falls back to the properties panel without a canvas, or for an element drawn at another level', () => {
    editor().select(['f1']);
    const before = useEditorUi.getState().renameRequest;
    dispatch('rename');
    expect(useCanvasGestures.getState().editing).toBeNull();
    expect(useEditorUi.getState().renameRequest).toBe(before + 1);
  });
});
