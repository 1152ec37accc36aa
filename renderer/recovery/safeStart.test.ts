import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Platform } from '../platform/platform';
import { createTestEditor, createTestRepository } from '../workspace/testSupport';
import { createWorkspace } from '../workspace/workspace';
import { createDrawingGuard, type MarkStorage } from './drawingGuard';
import { markMapsAsTheyOpen, markOpenMapFailed } from './openMapMarks';

const platform: Platform = {
  kind: 'browser',
  openFile: async () => null,
  saveFile: async () => true,
  saveBytes: async () => true,
  onMenuAction: () => () => {},
};

/** localStorage as a map, surviving "reloads" (new workspaces) as the real one does. */
function memoryStorage(): MarkStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** One start of the app over the same storage: a workspace whose start asks the guard, with marks as maps open. */
async function startApp(shared: ReturnType<typeof createTestRepository>, storage: MarkStorage) {
  const editor = createTestEditor();
  const guard = createDrawingGuard(storage);
  const unmark = markMapsAsTheyOpen(guard, editor);
  const workspace = createWorkspace({
    repository: shared.repository,
    editor,
    platform,
    reopenAtStart: guard.mayReopen,
  });
  await workspace.start();
  return { editor, guard, workspace, unmark };
}

describe('a start after a map failed to draw', () => {
  it('does not reopen a map that was never drawn, and reopens one that was', async () => {
    const shared = createTestRepository();
    const storage = memoryStorage();
    const first = await startApp(shared, storage);
    await first.workspace.createProcess();
    const id = first.editor.getState().processId!;
    expect(first.guard.unfinished()).toEqual({ processId: id, name: 'Untitled process' });
    await first.workspace.autosave.flush();

    // The window went down before the map was drawn: the next start leaves it closed and knows which it was.
    const second = await startApp(shared, storage);
    expect(second.editor.getState().processId).toBeNull();
    expect(second.guard.unfinished()?.processId).toBe(id);

    // Opened anyway and drawn this time: the start after that reopens it as usual.
    await second.workspace.openProcess(id);
    second.guard.drawn(id);
    expect(second.guard.unfinished()).toBeNull();
    const third = await startApp(shared, storage);
    expect(third.editor.getState().processId).toBe(id);
  });

  it('does not reopen a map whose drawing failed after it had been drawn', async () => {
    const shared = createTestRepository();
    const storage = memoryStorage();
    const first = await startApp(shared, storage);
    await first.workspace.createProcess();
    const id = first.editor.getState().processId!;
    first.guard.drawn(id);
    markOpenMapFailed(first.guard, first.editor);
    const second = await startApp(shared, storage);
    expect(second.editor.getState().processId).toBeNull();
    expect(second.guard.unfinished()).toEqual({ processId: id, name: 'Untitled process' });
  });

  it('reopens the last map when the mark names another one', async () => {
    const shared = createTestRepository();
    const storage = memoryStorage();
    const first = await startApp(shared, storage);
    await first.workspace.createProcess();
    const id = first.editor.getState().processId!;
    first.guard.failed({ processId: 'another', name: 'Another' });
    first.guard.drawn(id); // leaves the other map's mark
    const second = await startApp(shared, storage);
    expect(second.editor.getState().processId).toBe(id);
  });
});

describe('drawingGuard', () => {
  it('reads a damaged or foreign mark as none', () => {
    const storage = memoryStorage();
    const guard = createDrawingGuard(storage);
    for (const text of ['{', '"x"', '{"processId":5,"name":"x"}', 'null']) {
      storage.setItem('flowwright.drawingMap', text);
      expect(guard.unfinished()).toBeNull();
    }
    expect(guard.mayReopen('x')).toBe(true);
  });

  it('keeps working, without a guard, when storage refuses', () => {
    const refusing: MarkStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const guard = createDrawingGuard(refusing);
    expect(() => guard.opening({ processId: 'p', name: 'P' })).not.toThrow();
    expect(guard.unfinished()).toBeNull();
    expect(() => guard.drawn('p')).not.toThrow();
    expect(() => guard.forget()).not.toThrow();
  });
});
