import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAutosave } from './autosave';
import { recoverJournal } from './journalRecovery';
import { newProcessModel } from './newProcessModel';
import { createNoticeStore } from './notices';
import type { SaveChange } from './repository';
import { createMemoryStorage, createTestEditor, createTestRepository, renameFirstNode } from './testSupport';
import { createUnloadJournal, type WindowLocks } from './unloadJournal';

async function setup() {
  const { repository } = createTestRepository();
  const storage = createMemoryStorage();
  const journal = createUnloadJournal(storage, { windowId: 'this-window', locks: null });
  const created = await repository.createProcess(newProcessModel('Claims'), 'Create process');
  const other = await repository.createProcess(newProcessModel('Orders'), 'Create process');
  const loaded = await repository.loadProcess(created.id);
  if (!loaded?.ok) throw new Error('not loaded');
  const storedName = async (id = created.id) => {
    const p = await repository.loadProcess(id);
    return p?.ok ? p.model.nodes[0].name : null;
  };
  /** The journal keys in storage, without the window part. */
  const keys = () =>
    Array.from({ length: storage.length }, (_, i) => storage.key(i)!.replace(/\/[^/]+\/([^/]+)$/, '/…/$1')).sort();
  return { repository, storage, journal, created, other, model: loaded.model, storedName, keys };
}

/** A save that waits while the gate is closed (each save waits on the gate as it was when it was called). */
function gatedSave(
  save: (change: SaveChange) => ReturnType<ReturnType<typeof createTestRepository>['repository']['saveChange']>,
) {
  let gate = Promise.resolve();
  let fail = false;
  return {
    /** Closes the gate for the saves called from now on; returns the function that opens it for them. */
    close(): () => void {
      let open: () => void = () => {};
      gate = new Promise((resolve) => (open = resolve));
      return open;
    },
    failNext: () => (fail = true),
    async saveChange(change: SaveChange) {
      await gate;
      if (fail) {
        fail = false;
        throw new Error('The disk is full');
      }
      return save(change);
    },
  };
}

/** A journal written by a window that is gone: another window id, no lock held. */
function leftBy(storage: Storage, windowId: string) {
  return createUnloadJournal(storage, { windowId, locks: null });
}

describe('unload journal', () => {
  it('keeps one entry per process and drops each only after the save that holds it is stored', async () => {
    const { repository, journal, created, other, model, storedName, keys } = await setup();
    const editor = createTestEditor();
    const gate = gatedSave((c) => repository.saveChange(c));
    const autosave = createAutosave({ editor, journal, saveChange: (c) => gate.saveChange(c), delayMs: 60_000 });
    autosave.attach();
    await autosave.whileLoading(() => editor.getState().open(other.id, newProcessModel('Orders')), {
      processId: other.id,
      revision: 1,
    });
    editor.edit('Rename "Other"', renameFirstNode('Other'));
    const release = gate.close();
    const switched = autosave.whileLoading(() => editor.getState().open(created.id, model), {
      processId: created.id,
      revision: 1,
    });
    editor.edit('Rename "Hidden"', renameFirstNode('Hidden'));

    const saved = autosave.flushForUnload(); // Orders is on its way, Claims is queued: both are journaled
    expect(keys()).toEqual(
      [`flowwright.unsavedChange/…/${created.id}`, `flowwright.unsavedChange/…/${other.id}`].sort(),
    );
    await Promise.resolve();
    expect(keys()).toHaveLength(2); // nothing is stored yet, so nothing is dropped
    release();
    await switched;
    await saved;
    expect(keys()).toEqual([]);
    expect([await storedName(), await storedName(other.id)]).toEqual(['Hidden', 'Other']);
  });

  it('keeps the entry of a save that failed, and drops it once a later save stores it', async () => {
    const { repository, journal, created, model, storedName, keys } = await setup();
    const editor = createTestEditor();
    const gate = gatedSave((c) => repository.saveChange(c));
    const autosave = createAutosave({ editor, journal, saveChange: (c) => gate.saveChange(c), delayMs: 60_000 });
    autosave.attach();
    await autosave.whileLoading(() => editor.getState().open(created.id, model), {
      processId: created.id,
      revision: 1,
    });
    editor.edit('Rename "Hidden"', renameFirstNode('Hidden'));
    gate.failNext();
    await autosave.flushForUnload();
    expect(keys()).toEqual([`flowwright.unsavedChange/…/${created.id}`]);
    expect(await storedName()).toBe('');
    await autosave.retry();
    expect(await storedName()).toBe('Hidden');
    expect(keys()).toEqual([]);
  });

  it('keeps edits made on top of a save that is on its way, based on the revision that save stored', async () => {
    const { repository, journal, storage, created, model, keys } = await setup();
    const editor = createTestEditor();
    const gate = gatedSave((c) => repository.saveChange(c));
    const autosave = createAutosave({ editor, journal, saveChange: (c) => gate.saveChange(c), delayMs: 60_000 });
    autosave.attach();
    await autosave.whileLoading(() => editor.getState().open(created.id, model), {
      processId: created.id,
      revision: 1,
    });
    editor.edit('Rename "First"', renameFirstNode('First'));
    const releaseFirst = gate.close();
    const first = autosave.flush();
    await new Promise((resolve) => setTimeout(resolve, 0)); // "First" is on its way
    editor.edit('Rename "Second"', renameFirstNode('Second'));
    gate.close(); // the page goes away before "Second" is stored: it is only in the journal
    void autosave.flushForUnload();
    releaseFirst();
    await first;
    expect(keys()).toEqual([`flowwright.unsavedChange/…/${created.id}`]);
    const entry = JSON.parse(storage.getItem(storage.key(0)!)!);
    expect(entry).toMatchObject({ baseRevision: 2, model: { nodes: [{ name: 'Second' }] } });
  });
});

describe('journal recovery', () => {
  it('stores each process entry of a closed window as a revision of its own, through restore()', async () => {
    const { repository, journal, storage, created, other, model, storedName, keys } = await setup();
    const closed = leftBy(storage, 'closed-window');
    closed.write({
      processId: created.id,
      model: renameFirstNode('Journaled')(model),
      labels: ['Rename "Journaled"'],
      baseRevision: 1,
    });
    closed.write({
      processId: other.id,
      model: renameFirstNode('Also')(newProcessModel('Orders')),
      labels: ['Rename "Also"'],
      baseRevision: 1,
    });
    const outcomes = await recoverJournal(journal, repository);
    expect(outcomes).toEqual([
      { kind: 'saved', name: 'Claims' },
      { kind: 'saved', name: 'Orders' },
    ]);
    expect([await storedName(), await storedName(other.id)]).toEqual(['Journaled', 'Also']);
    expect((await repository.listRevisions(created.id)).map((r) => r.description)).toEqual([
      'Rename "Journaled"',
      'Create process',
    ]);
    expect(keys()).toEqual([]);
  });

  it('keeps an entry made on an older revision as a copy beside the newer save, and says so', async () => {
    const { repository, journal, storage, created, model, storedName } = await setup();
    await repository.renameProcess(created.id, 'Claims 2026'); // saved by another window after the entry was made
    leftBy(storage, 'closed-window').write({
      processId: created.id,
      model: renameFirstNode('Mine')(model),
      labels: ['Rename "Mine"'],
      baseRevision: 1,
    });
    const notices = createNoticeStore();
    expect(await recoverJournal(journal, repository, notices)).toEqual([
      { kind: 'copied', name: 'Claims 2026', copy: 'Claims 2026 (my copy)' },
    ]);
    expect(await storedName()).toBe('');
    const copy = (await repository.listProcesses()).find((p) => p.name === 'Claims 2026 (my copy)')!;
    expect(await storedName(copy.id)).toBe('Mine');
    expect(notices.store.getState().notices.at(-1)).toMatchObject({
      kind: 'info',
      title: 'Unsaved changes to "Claims 2026" were kept as "Claims 2026 (my copy)".',
    });
  });

  it('leaves the entries of windows that are still open, and recovers them once they are gone', async () => {
    const { repository, storage, created, model, storedName } = await setup();
    const held = new Set<string>(['flowwright.window/open-window']);
    const locks = {
      request: async () => undefined,
      query: async () => ({ held: [...held].map((name) => ({ name })), pending: [] }),
    } as unknown as WindowLocks;
    leftBy(storage, 'open-window').write({
      processId: created.id,
      model: renameFirstNode('Still editing')(model),
      labels: ['Rename "Still editing"'],
      baseRevision: 1,
    });
    const starting = createUnloadJournal(storage, { windowId: 'new-window', locks });
    expect(await recoverJournal(starting, repository)).toEqual([]);
    expect(storage.length).toBe(1);
    held.clear();
    expect(await recoverJournal(starting, repository)).toEqual([{ kind: 'saved', name: 'Claims' }]);
    expect(await storedName()).toBe('Still editing');
  });

  it('recovers the single entry of earlier builds, and drops entries with nothing to keep', async () => {
    const { repository, journal, storage, created, model, storedName } = await setup();
    storage.setItem(
      'flowwright.unsavedChange',
      JSON.stringify({ processId: created.id, model: renameFirstNode('Old build')(model), labels: ['Rename'] }),
    );
    expect(await recoverJournal(journal, repository)).toEqual([{ kind: 'saved', name: 'Claims' }]);
    expect(await storedName()).toBe('Old build');

    const closed = leftBy(storage, 'closed-window');
    const stored = await repository.loadProcess(created.id);
    if (!stored?.ok) throw new Error('not loaded');
    closed.write({ processId: created.id, model: stored.model, labels: ['Nothing new'], baseRevision: 2 });
    closed.write({ processId: 'deleted-process', model, labels: ['Add task'], baseRevision: 1 });
    storage.setItem('flowwright.unsavedChange/closed-window/broken', '{not json');
    storage.setItem(
      'flowwright.unsavedChange/closed-window/invalid',
      JSON.stringify({ processId: created.id, model: { ...model, nodes: 'broken' }, labels: [], baseRevision: 2 }),
    );
    expect(await recoverJournal(journal, repository)).toEqual([]);
    expect((await repository.listRevisions(created.id)).map((r) => r.description)).toEqual([
      'Rename',
      'Create process',
    ]);
    expect(storage.length).toBe(0);
  });

  it('keeps an entry whose save fails, for the next start', async () => {
    const { repository, journal, storage, created, model } = await setup();
    leftBy(storage, 'closed-window').write({
      processId: created.id,
      model: renameFirstNode('X')(model),
      labels: ['X'],
      baseRevision: 1,
    });
    const failing = { ...repository, saveChange: async () => Promise.reject(new Error('The disk is full')) };
    const notices = createNoticeStore();
    expect(await recoverJournal(journal, failing, notices)).toEqual([
      { kind: 'failed', name: 'Claims', message: 'The disk is full' },
    ]);
    expect(storage.length).toBe(1);
    expect(notices.store.getState().notices.at(-1)).toMatchObject({ kind: 'error' });
  });
});
