import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, flushOnPageHide, type SaveStatus } from './autosave';
import { newProcessModel } from './newProcessModel';
import type { SaveChange } from './repository';
import { SaveConflictError } from './saveConflict';
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
  await autosave.whileLoading(() => editor.getState().open(created.id, loaded.model), {
    processId: created.id,
    revision: loaded.revision,
  });
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
    await autosave.whileLoading(() => editor.getState().open(other.id, newProcessModel('Other')), {
      processId: other.id,
      revision: other.revision,
    });
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
    const { processId, model } = editor.getState();
    await autosave.whileLoading(() => editor.getState().open(processId!, model!), {
      processId: processId!,
      revision: 1,
    });
    editor.edit('Add A', (m) => ({ ...m }));
    await autosave.flush();
    expect(statuses.at(-1)).toEqual({ state: 'failed', message: 'QuotaExceededError', canRetry: true });
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

  describe('with two processes', () => {
    /** Two stored processes and an autosave whose writes fail while `failing` names their process. */
    async function twoProcesses() {
      const { repository } = createTestRepository();
      const editor = createTestEditor();
      const one = await repository.createProcess(newProcessModel('One'), 'Create process');
      const two = await repository.createProcess(newProcessModel('Two'), 'Create process');
      const failing = new Set<string>();
      const statuses: SaveStatus[] = [];
      const gate = { wait: Promise.resolve() };
      const autosave = createAutosave({
        editor,
        retryMs: 2000,
        saveChange: async (change: SaveChange) => {
          await gate.wait;
          if (failing.has(change.processId)) throw new Error('The disk is full');
          return repository.saveChange(change);
        },
        onStatus: (s) => statuses.push(s),
      });
      autosave.attach();
      const open = (p: typeof one) =>
        autosave.whileLoading(() => editor.getState().open(p.id, newProcessModel(p.name)), {
          processId: p.id,
          revision: p.revision,
        });
      const stored = async (id: string) => {
        const loaded = await repository.loadProcess(id);
        return loaded?.ok ? `${loaded.model.name}/${loaded.model.nodes[0].name}` : null;
      };
      return { repository, editor, autosave, one, two, failing, statuses, open, stored, gate };
    }

    it('keeps a failed save when another process saves meanwhile, and never says "saved" until it is stored', async () => {
      const { editor, autosave, one, two, failing, statuses, open, stored } = await twoProcesses();
      await open(one);
      failing.add(one.id);
      editor.edit('Rename "X"', renameFirstNode('X'));
      const switched = open(two); // saves One's change, which fails
      editor.edit('Rename "Y"', renameFirstNode('Y')); // made while that save is on its way
      await switched;
      await autosave.flush();
      expect(await stored(two.id)).toBe('Two/Y');
      expect(statuses.at(-1)).toEqual({ state: 'failed', message: '"One": The disk is full', canRetry: true });

      failing.delete(one.id);
      await vi.advanceTimersByTimeAsync(2000); // retried on its own
      await autosave.flush();
      expect(await stored(one.id)).toBe('One/X');
      expect(statuses.at(-1)).toEqual({ state: 'saved' });
    });

    it('never writes the model of one process into another after a failed save', async () => {
      const { editor, autosave, one, two, failing, open, stored } = await twoProcesses();
      await open(one);
      failing.add(one.id);
      editor.edit('Rename "X"', renameFirstNode('X'));
      await open(two);
      failing.delete(one.id);
      editor.edit('Rename "Y"', renameFirstNode('Y'));
      await autosave.flush();
      await autosave.retry();
      expect([await stored(one.id), await stored(two.id)]).toEqual(['One/X', 'Two/Y']);
    });

    it('retries with the newest model and every label: edits made while a save fails are kept on top', async () => {
      const { editor, autosave, one, failing, open, stored, repository, gate } = await twoProcesses();
      await open(one);
      failing.add(one.id);
      editor.edit('Add A', renameFirstNode('A'));
      let release: () => void = () => {};
      gate.wait = new Promise((resolve) => (release = resolve));
      const failed = autosave.flush(); // on its way, and about to fail
      await vi.advanceTimersByTimeAsync(0);
      editor.edit('Add B', renameFirstNode('AB'));
      release();
      await failed;
      failing.delete(one.id);
      await autosave.retry();
      expect(await stored(one.id)).toBe('One/AB');
      expect((await repository.listRevisions(one.id))[0].description).toBe('Add A; Add B');
    });

    it('holds changes refused because another window saved the process, and asks once', async () => {
      const { editor, autosave, one, repository, statuses, stored } = await twoProcesses();
      const conflicts: SaveConflictError[] = [];
      const held = createAutosave({
        editor,
        saveChange: (change) => repository.saveChange(change),
        onConflict: (c) => conflicts.push(c),
        onStatus: (s) => statuses.push(s),
      });
      autosave.attach()(); // only `held` follows the editor here
      held.attach();
      await held.whileLoading(() => editor.getState().open(one.id, newProcessModel('One')), {
        processId: one.id,
        revision: one.revision,
      });
      await repository.renameProcess(one.id, 'One, renamed elsewhere'); // another window's save
      editor.edit('Rename "Mine"', renameFirstNode('Mine'));
      await held.flush();
      editor.edit('Rename "Mine too"', renameFirstNode('Mine too'));
      await held.flush();
      expect(conflicts.map((c) => [c.reason, c.storedRevision])).toEqual([['newer', 2]]);
      expect(await stored(one.id)).toBe('One, renamed elsewhere/');
      expect(held.unsavedChange(one.id)).toMatchObject({
        labels: ['Rename "Mine"', 'Rename "Mine too"'],
        model: { nodes: [{ name: 'Mine too' }] },
      });
      expect(statuses.at(-1)).toEqual({
        state: 'failed',
        message: '"One" was changed in another window or tab',
        canRetry: false,
      });
      await vi.advanceTimersByTimeAsync(120_000); // held changes are not retried on their own
      expect(await stored(one.id)).toBe('One, renamed elsewhere/');
      await held.discard(one.id);
      expect(held.hasUnsaved(one.id)).toBe(false);
      expect(statuses.at(-1)).toEqual({ state: 'saved' });
    });
  });
});
