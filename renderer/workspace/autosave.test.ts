import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, flushOnPageHide, type SaveStatus } from './autosave';
import { newProcessModel } from './newProcessModel';
import { createTestEditor, createTestRepository, renameFirstNode } from './testSupport';

async function setup(options: { coalesceMs?: number; maxLabels?: number } = {}) {
  let clock = 0;
  const { repository } = createTestRepository({ now: () => clock });
  const editor = createTestEditor();
  const statuses: SaveStatus['state'][] = [];
  const saves: string[] = [];
  const autosave = createAutosave({
    editor,
    saveChange: (change) => {
      saves.push(change.labels.join(' | '));
      return repository.saveChange(change);
    },
    delayMs: 400,
    now: () => clock,
    onStatus: (s) => statuses.push(s.state),
    ...options,
  });
  autosave.attach();
  const created = await repository.createProcess(newProcessModel('Claims'), 'Create process');
  const loaded = await repository.loadProcess(created.id);
  if (!loaded?.ok) throw new Error('not loaded');
  await autosave.whileLoading(() => editor.getState().open(created.id, loaded.model));
  const descriptions = async () => (await repository.listRevisions(created.id)).map((r) => r.description);
  const storedName = async () => {
    const p = await repository.loadProcess(created.id);
    return p?.ok ? p.model.nodes[0].name : null;
  };
  return {
    repository,
    editor,
    autosave,
    created,
    statuses,
    saves,
    descriptions,
    storedName,
    tick: (ms: number) => (clock += ms),
  };
}

describe('autosave', () => {
  beforeEach(() => {
    // Only the debounce timer is faked; IndexedDB keeps its own scheduling.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not save a load', async () => {
    const { saves, descriptions } = await setup();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toEqual([]);
    expect(await descriptions()).toEqual(['Create process']);
  });

  it('saves once, 400 ms after the last of a burst of changes', async () => {
    const { editor, autosave, saves, storedName, statuses } = await setup();
    for (const name of ['R', 'Re', 'Rev']) {
      editor.edit(`Rename "${name}"`, renameFirstNode(name));
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(saves).toEqual([]);
    expect(statuses.at(-1)).toBe('pending');
    await vi.advanceTimersByTimeAsync(100);
    await autosave.flush();
    expect(saves).toEqual(['Rename "Rev"']);
    expect(await storedName()).toBe('Rev');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('folds saves within the coalescing window into one revision, then starts a new one', async () => {
    const { editor, autosave, descriptions, tick } = await setup({ coalesceMs: 10_000 });
    editor.edit('Add User task', (m) => ({ ...m }));
    await autosave.flush();
    tick(4000);
    editor.edit('Rename "Review"', renameFirstNode('Review'));
    await autosave.flush();
    expect(await descriptions()).toEqual(['Add User task; Rename "Review"', 'Create process']);
    tick(7000);
    editor.edit('Add End event', (m) => ({ ...m }));
    await autosave.flush();
    expect(await descriptions()).toEqual(['Add End event', 'Add User task; Rename "Review"', 'Create process']);
  });

  it('starts a new revision when the current one names enough changes', async () => {
    const { editor, autosave, descriptions } = await setup({ maxLabels: 2 });
    for (const label of ['Add A', 'Add B', 'Add C']) {
      editor.edit(label, (m) => ({ ...m }));
      await autosave.flush();
    }
    expect(await descriptions()).toEqual(['Add C', 'Add A; Add B', 'Create process']);
  });

  it('gives the changes after seal() a revision of their own', async () => {
    const { editor, autosave, descriptions } = await setup();
    editor.edit('Add A', (m) => ({ ...m }));
    await autosave.seal();
    editor.edit('Restored revision of 10:00:00', (m) => ({ ...m }));
    await autosave.seal();
    expect(await descriptions()).toEqual(['Restored revision of 10:00:00', 'Add A', 'Create process']);
  });

  it('saves a pending change to its own process when another process is opened', async () => {
    const { editor, autosave, repository, created, storedName } = await setup();
    editor.edit('Rename "Before switch"', renameFirstNode('Before switch'));
    const other = await repository.createProcess(newProcessModel('Other'), 'Create process');
    await autosave.whileLoading(() => editor.getState().open(other.id, newProcessModel('Other')));
    expect(await storedName()).toBe('Before switch');
    expect((await repository.listRevisions(other.id)).map((r) => r.description)).toEqual(['Create process']);
    expect((await repository.listRevisions(created.id))[0].description).toBe('Rename "Before switch"');
  });

  it('reports a failed save and retries its changes with the next one', async () => {
    const { editor, repository } = await setup();
    let fail = true;
    const statuses: SaveStatus[] = [];
    const saved: string[][] = [];
    const autosave = createAutosave({
      editor,
      saveChange: async (change) => {
        if (fail) throw new Error('QuotaExceededError');
        saved.push(change.labels);
        return repository.saveChange(change);
      },
      onStatus: (s) => statuses.push(s),
    });
    autosave.attach();
    editor.edit('Add A', (m) => ({ ...m }));
    await autosave.flush();
    expect(statuses.at(-1)).toEqual({ state: 'failed', message: 'QuotaExceededError' });
    fail = false;
    editor.edit('Add B', (m) => ({ ...m }));
    await autosave.flush();
    expect(saved).toEqual([['Add A', 'Add B']]);
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
  });

  it('saves at once when the page is hidden', async () => {
    const { editor, autosave, storedName } = await setup();
    const host = new EventTarget() as unknown as Window;
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    Object.defineProperty(host, 'document', { value: doc });
    const unbind = flushOnPageHide(autosave, host);
    editor.edit('Rename "Hidden"', renameFirstNode('Hidden'));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await autosave.flush();
    expect(await storedName()).toBe('Hidden');
    editor.edit('Rename "Closed"', renameFirstNode('Closed'));
    host.dispatchEvent(new Event('pagehide'));
    await autosave.flush();
    expect(await storedName()).toBe('Closed');
    unbind();
  });
});
