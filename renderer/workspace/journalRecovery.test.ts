import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAutosave } from './autosave';
import { recoverJournal } from './journalRecovery';
import { newProcessModel } from './newProcessModel';
import { createMemoryStorage, createTestEditor, createTestRepository, renameFirstNode } from './testSupport';
import { createUnloadJournal } from './unloadJournal';

async function setup() {
  const { repository } = createTestRepository();
  const storage = createMemoryStorage();
  const journal = createUnloadJournal(storage);
  const created = await repository.createProcess(newProcessModel('Claims'), 'Create process');
  const loaded = await repository.loadProcess(created.id);
  if (!loaded?.ok) throw new Error('not loaded');
  const storedName = async () => {
    const p = await repository.loadProcess(created.id);
    return p?.ok ? p.model.nodes[0].name : null;
  };
  return { repository, storage, journal, created, model: loaded.model, storedName };
}

describe('unload journal', () => {
  it('holds the pending change when the page is hidden and is cleared once IndexedDB has it', async () => {
    const { repository, journal, created, model, storedName } = await setup();
    const editor = createTestEditor();
    const autosave = createAutosave({ editor, journal, saveChange: (c) => repository.saveChange(c), delayMs: 60_000 });
    autosave.attach();
    await autosave.whileLoading(() => editor.getState().open(created.id, model));
    editor.edit('Rename "Hidden"', renameFirstNode('Hidden'));

    const saved = autosave.flushForUnload();
    expect(journal.read()).toMatchObject({
      processId: created.id,
      labels: ['Rename "Hidden"'],
      model: { nodes: [{ name: 'Hidden' }] },
    });
    await saved;
    expect(journal.read()).toBeNull();
    expect(await storedName()).toBe('Hidden');
  });

  it('moves a journaled change into the workspace on the next start, as a revision of its own', async () => {
    const { repository, journal, created, model, storedName } = await setup();
    journal.write({
      processId: created.id,
      model: renameFirstNode('Journaled')(model),
      labels: ['Rename "Journaled"'],
    });
    expect(await recoverJournal(journal, repository)).toBe(true);
    expect(await storedName()).toBe('Journaled');
    expect((await repository.listRevisions(created.id)).map((r) => r.description)).toEqual([
      'Rename "Journaled"',
      'Create process',
    ]);
    expect(journal.read()).toBeNull();
  });

  it('drops a journal that IndexedDB already holds, whose process is gone, or that is not a valid model', async () => {
    const { repository, journal, storage, created, model } = await setup();
    journal.write({ processId: created.id, model, labels: ['Nothing new'] });
    expect(await recoverJournal(journal, repository)).toBe(false);
    journal.write({ processId: 'deleted-process', model, labels: ['Add task'] });
    expect(await recoverJournal(journal, repository)).toBe(false);
    journal.write({ processId: created.id, model: { ...model, nodes: 'broken' } as never, labels: ['Add task'] });
    expect(await recoverJournal(journal, repository)).toBe(false);
    storage.setItem('flowwright.unsavedChange', '{not json');
    expect(await recoverJournal(journal, repository)).toBe(false);
    expect((await repository.listRevisions(created.id)).map((r) => r.description)).toEqual(['Create process']);
    expect(storage.length).toBe(0);
  });
});
