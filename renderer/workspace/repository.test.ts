import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createWorkspaceDb } from './db';
import { newProcessModel } from './newProcessModel';
import { createWorkspaceRepository } from './repository';
import { SaveConflictError } from './saveConflict';
import { createTestRepository, renameFirstNode } from './testSupport';

/** Two windows on one database, each with a repository of its own, as two tabs have. */
function twoWindows() {
  const name = `test-${crypto.randomUUID()}`;
  return [createWorkspaceRepository(createWorkspaceDb(name)), createWorkspaceRepository(createWorkspaceDb(name))];
}

describe('workspace repository', () => {
  it('creates processes with a first revision and lists the newest first', async () => {
    let clock = 1000;
    const { repository } = createTestRepository({ now: () => clock });
    const first = await repository.createProcess(newProcessModel('Onboarding'), 'Create process');
    clock = 2000;
    const second = await repository.createProcess(newProcessModel('Claims'), 'Import from claims.flow.json');
    expect((await repository.listProcesses()).map((p) => p.name)).toEqual(['Claims', 'Onboarding']);
    expect(await repository.listRevisions(first.id)).toEqual([
      { id: expect.any(Number), at: 1000, description: 'Create process' },
    ]);
    expect((await repository.listRevisions(second.id))[0].description).toBe('Import from claims.flow.json');
  });

  it('loads a stored model through restore() and reports damaged data instead of opening it', async () => {
    const { db, repository } = createTestRepository();
    const created = await repository.createProcess(newProcessModel('Claims'), 'Create process');
    const loaded = await repository.loadProcess(created.id);
    expect(loaded).toMatchObject({ ok: true, model: { name: 'Claims', nodes: [{ type: 'startEvent' }] } });

    await db.processes.update(created.id, {
      model: { format: 'flowwright.process', schemaVersion: 1, id: 'x', nodes: 'oops', flows: [] } as never,
    });
    const damaged = await repository.loadProcess(created.id);
    expect(damaged).toMatchObject({
      ok: false,
      name: 'Claims',
      problems: [{ code: 'FW_RESTORE_SCHEMA', path: 'nodes' }],
    });
    expect(await repository.loadProcess('missing')).toBeNull();
  });

  it('renames a stored process and records the rename as a revision', async () => {
    const { repository } = createTestRepository();
    const created = await repository.createProcess(newProcessModel('Claims'), 'Create process');
    await repository.renameProcess(created.id, 'Claims handling');
    const loaded = await repository.loadProcess(created.id);
    expect(loaded?.ok && loaded.model.name).toBe('Claims handling');
    expect((await repository.listProcesses())[0].name).toBe('Claims handling');
    expect((await repository.listRevisions(created.id))[0].description).toBe('Rename process to "Claims handling"');
  });

  it('duplicates a process under a new workspace id and a new model id', async () => {
    const { repository } = createTestRepository();
    const created = await repository.createProcess(newProcessModel('Claims'), 'Create process');
    const copy = await repository.duplicateProcess(created.id);
    expect(copy.id).not.toBe(created.id);
    expect(copy.name).toBe('Claims (copy)');
    const [original, duplicate] = [await repository.loadProcess(created.id), await repository.loadProcess(copy.id)];
    expect(original?.ok && duplicate?.ok && duplicate.model.id !== original.model.id).toBe(true);
    expect(duplicate?.ok && duplicate.model.id).toMatch(/^Process_[0-9a-f]{7}$/);
    expect((await repository.listRevisions(copy.id)).map((r) => r.description)).toEqual(['Duplicate of "Claims"']);
  });

  it('deletes a process with its history, and undoing brings both back', async () => {
    const { db, repository } = createTestRepository();
    const created = await repository.createProcess(newProcessModel('Claims'), 'Create process');
    await repository.saveChange({
      processId: created.id,
      model: newProcessModel('Claims'),
      labels: ['Add User task'],
      extendRevision: null,
      baseRevision: created.revision,
    });
    await repository.setLastOpenProcess(created.id);

    const deleted = await repository.deleteProcess(created.id);
    expect(deleted?.wasLastOpen).toBe(true);
    expect(await repository.listProcesses()).toEqual([]);
    expect(await db.snapshots.count()).toBe(0);
    expect(await repository.getLastOpenProcess()).toBeNull();

    await repository.undeleteProcess(deleted!);
    expect((await repository.listProcesses()).map((p) => p.id)).toEqual([created.id]);
    expect((await repository.listRevisions(created.id)).map((r) => r.description)).toEqual([
      'Add User task',
      'Create process',
    ]);
    expect(await repository.deleteProcess('missing')).toBeNull();
  });

  it('extends a revision in place or starts a new one, and keeps each snapshot', async () => {
    let clock = 0;
    const { repository } = createTestRepository({ now: () => clock });
    const created = await repository.createProcess(newProcessModel('Claims'), 'Create process');
    const base = newProcessModel('Claims');
    clock = 10;
    const a = await repository.saveChange({
      processId: created.id,
      model: renameFirstNode('A')(base),
      labels: ['Rename "A"'],
      extendRevision: null,
      baseRevision: 1,
    });
    clock = 20;
    const b = await repository.saveChange({
      processId: created.id,
      model: renameFirstNode('B')(base),
      labels: ['Rename "A"', 'Move A'],
      extendRevision: a.revisionId,
      baseRevision: a.summary.revision,
    });
    expect(b.revisionId).toBe(a.revisionId);
    const revisions = await repository.listRevisions(created.id);
    expect(revisions.map((r) => [r.at, r.description])).toEqual([
      [20, 'Rename "A"; Move A'],
      [0, 'Create process'],
    ]);
    const snapshot = await repository.loadRevisionModel(a.revisionId);
    expect(snapshot?.ok && snapshot.model.nodes[0].name).toBe('B');
    const first = await repository.loadRevisionModel(revisions[1].id);
    expect(first?.ok && first.model.nodes[0].name).toBe('');
  });

  it('never extends a revision of another process', async () => {
    const { repository } = createTestRepository();
    const one = await repository.createProcess(newProcessModel('One'), 'Create process');
    const two = await repository.createProcess(newProcessModel('Two'), 'Create process');
    const [oneRevision] = await repository.listRevisions(one.id);
    await repository.saveChange({
      processId: two.id,
      model: newProcessModel('Two'),
      labels: ['Add task'],
      extendRevision: oneRevision.id,
      baseRevision: two.revision,
    });
    expect((await repository.listRevisions(one.id)).map((r) => r.description)).toEqual(['Create process']);
    expect((await repository.listRevisions(two.id)).map((r) => r.description)).toEqual(['Add task', 'Create process']);
  });

  it('keeps at most the configured number of revisions per process, dropping the oldest with their snapshots', async () => {
    let clock = 0;
    const { db, repository } = createTestRepository({ now: () => clock, maxRevisions: 3 });
    const created = await repository.createProcess(newProcessModel('Claims'), 'Create process');
    let revision = created.revision;
    for (const label of ['One', 'Two', 'Three']) {
      clock += 1;
      const saved = await repository.saveChange({
        processId: created.id,
        model: newProcessModel('Claims'),
        labels: [label],
        extendRevision: null,
        baseRevision: revision,
      });
      revision = saved.summary.revision;
    }
    expect((await repository.listRevisions(created.id)).map((r) => r.description)).toEqual(['Three', 'Two', 'One']);
    expect(await db.snapshots.where('processId').equals(created.id).count()).toBe(3);
  });

  it('remembers the last open process', async () => {
    const { repository } = createTestRepository();
    expect(await repository.getLastOpenProcess()).toBeNull();
    await repository.setLastOpenProcess('abc');
    expect(await repository.getLastOpenProcess()).toBe('abc');
    await repository.setLastOpenProcess(null);
    expect(await repository.getLastOpenProcess()).toBeNull();
  });

  it('refuses a save based on an older revision, storing nothing of it (compare and swap)', async () => {
    const [windowA, windowB] = twoWindows();
    const created = await windowA.createProcess(newProcessModel('Claims'), 'Create process');
    const [inA, inB] = [await windowA.loadProcess(created.id), await windowB.loadProcess(created.id)];
    if (!inA?.ok || !inB?.ok) throw new Error('not loaded');
    expect([inA.revision, inB.revision]).toEqual([1, 1]);

    const saved = await windowA.saveChange({
      processId: created.id,
      model: renameFirstNode('From A')(inA.model),
      labels: ['Rename "From A"'],
      extendRevision: null,
      baseRevision: inA.revision,
    });
    expect(saved.summary.revision).toBe(2);
    const stale = windowB.saveChange({
      processId: created.id,
      model: renameFirstNode('From B')(inB.model),
      labels: ['Rename "From B"'],
      extendRevision: null,
      baseRevision: inB.revision,
    });
    await expect(stale).rejects.toBeInstanceOf(SaveConflictError);
    await expect(stale).rejects.toMatchObject({
      code: 'FW_SAVE_CONFLICT',
      reason: 'newer',
      storedRevision: 2,
      message: '"Claims" was changed in another window or tab',
    });
    const stored = await windowB.loadProcess(created.id);
    expect(stored?.ok && [stored.model.nodes[0].name, stored.revision]).toEqual(['From A', 2]);
    expect((await windowB.listRevisions(created.id)).map((r) => r.description)).toEqual([
      'Rename "From A"',
      'Create process',
    ]);
  });

  it('refuses a save of a process deleted since it was loaded, and does not bring it back', async () => {
    const [windowA, windowB] = twoWindows();
    const created = await windowA.createProcess(newProcessModel('Claims'), 'Create process');
    await windowA.deleteProcess(created.id);
    const save = windowB.saveChange({
      processId: created.id,
      model: newProcessModel('Claims'),
      labels: ['Add task'],
      extendRevision: null,
      baseRevision: created.revision,
    });
    await expect(save).rejects.toMatchObject({ reason: 'deleted', storedRevision: null });
    expect(await windowB.listProcesses()).toEqual([]);
    expect(await windowB.listRevisions(created.id)).toEqual([]);
  });

  it('counts every write of a process: renames and saves each take the next revision', async () => {
    const { repository } = createTestRepository();
    const created = await repository.createProcess(newProcessModel('Claims'), 'Create process');
    expect(created.revision).toBe(1);
    expect((await repository.renameProcess(created.id, 'Claims handling')).revision).toBe(2);
    const copy = await repository.duplicateProcess(created.id);
    expect(copy.revision).toBe(1);
    const kept = await repository.copyProcess(created.id, newProcessModel('Mine'), 'Claims (my copy)', 'Kept');
    expect([kept.name, kept.revision]).toEqual(['Claims (my copy)', 1]);
  });

  it('upgrades a version 2 database: every map is kept and starts at revision 1', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      processes: 'id, updatedAt',
      revisions: '++id, processId, [processId+at]',
      snapshots: 'revisionId, processId',
      settings: 'key',
    });
    old.version(2).stores({ datasets: 'processId, createdAt' });
    await old.table('processes').put({ id: 'p1', name: 'Claims', updatedAt: 5, model: newProcessModel('Claims') });
    await old.table('settings').put({ key: 'lastOpenProcess', value: 'p1' });
    old.close();

    const repository = createWorkspaceRepository(createWorkspaceDb(name));
    expect(await repository.listProcesses()).toEqual([{ id: 'p1', name: 'Claims', updatedAt: 5, revision: 1 }]);
    const loaded = await repository.loadProcess('p1');
    expect(loaded).toMatchObject({ ok: true, revision: 1, model: { name: 'Claims' } });
    expect(await repository.getLastOpenProcess()).toBe('p1');
    const saved = await repository.saveChange({
      processId: 'p1',
      model: newProcessModel('Claims'),
      labels: ['Add task'],
      extendRevision: null,
      baseRevision: 1,
    });
    expect(saved.summary.revision).toBe(2);
  });
});
