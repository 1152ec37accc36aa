import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FlowwrightError } from '../../shared/model/errors';
import type { OpenedFile, Platform } from '../platform/platform';
import { flowFileName, flowFileText } from './flowFile';
import { newProcessModel } from './newProcessModel';
import { createTestEditor, createTestRepository, renameFirstNode } from './testSupport';
import { createWorkspace } from './workspace';
import wrongTypes from '../../test/fixtures/corrupt/wrong-types.flow.json?raw';

function fakePlatform(toOpen: () => OpenedFile | null = () => null) {
  const saved: { name: string; text: string }[] = [];
  const platform: Platform = {
    kind: 'browser',
    openFile: async () => toOpen(),
    saveFile: async (name, text) => {
      saved.push({ name, text });
      return true;
    },
    saveBytes: async (name, bytes) => {
      saved.push({ name, text: `${bytes.length} bytes` });
      return true;
    },
    onMenuAction: () => () => {},
  };
  return { platform, saved };
}

function setup(toOpen?: () => OpenedFile | null, shared = createTestRepository()) {
  const editor = createTestEditor();
  const { platform, saved } = fakePlatform(toOpen);
  const workspace = createWorkspace({ repository: shared.repository, editor, platform });
  const disconnect = workspace.connect(null);
  const names = () => workspace.view.getState().processes.map((p) => p.name);
  const notices = () => workspace.notices.store.getState().notices;
  return { ...shared, editor, workspace, saved, names, notices, disconnect };
}

describe('workspace', () => {
  it('starts empty, creates a process with a start event and reopens it on the next start', async () => {
    const first = setup();
    await first.workspace.start();
    expect(first.workspace.view.getState()).toMatchObject({ ready: true, processes: [] });
    expect(first.editor.getState().model).toBeNull();

    await first.workspace.createProcess();
    await first.workspace.createProcess();
    expect(first.names()).toEqual(['Untitled process 2', 'Untitled process']);
    expect(first.editor.getState().model?.nodes.map((n) => n.type)).toEqual(['startEvent']);
    const openId = first.editor.getState().processId;
    first.editor.edit('Rename "Submitted"', renameFirstNode('Submitted'));
    first.disconnect(); // as when the app closes: the pending change is saved
    await first.workspace.autosave.flush();

    const second = setup(undefined, first);
    await second.workspace.start();
    expect(second.editor.getState().processId).toBe(openId);
    expect(second.editor.getState().model?.nodes[0].name).toBe('Submitted');
  });

  it('renames the open process through the editor, so that it is undoable and saved', async () => {
    const { workspace, editor, names } = setup();
    await workspace.createProcess();
    await workspace.renameProcess(editor.getState().processId!, '  Claims handling ');
    expect(editor.getState().lastChange?.label).toBe('Rename process to "Claims handling"');
    await workspace.autosave.flush();
    expect(names()).toEqual(['Claims handling']);
  });

  it('renames, duplicates and deletes a process that is not open; Undo brings a deleted one back', async () => {
    const { workspace, names, notices, editor } = setup();
    await workspace.createProcess();
    const id = editor.getState().processId!;
    await workspace.createProcess();
    await workspace.renameProcess(id, 'Claims');
    await workspace.duplicateProcess(id);
    expect(names()).toEqual(['Claims (copy)', 'Claims', 'Untitled process 2']);

    await workspace.deleteProcess(id);
    expect(names()).toEqual(['Claims (copy)', 'Untitled process 2']);
    const deletedNotice = notices().at(-1)!;
    expect(deletedNotice).toMatchObject({
      kind: 'info',
      title: 'Deleted "Claims".',
      action: { label: 'Undo' },
      timeoutMs: 8000,
    });
    deletedNotice.action!.run();
    await expect.poll(names).toEqual(['Claims (copy)', 'Claims', 'Untitled process 2']);
  });

  it('deleting the open process closes it, and Undo opens it again', async () => {
    const { workspace, editor, notices } = setup();
    await workspace.createProcess();
    const id = editor.getState().processId!;
    await workspace.deleteProcess(id);
    expect(editor.getState().processId).toBeNull();
    notices().at(-1)!.action!.run();
    await expect.poll(() => editor.getState().processId).toBe(id);
  });

  it('leaves the workspace untouched when an import is refused, and says why', async () => {
    const { workspace, names, notices, editor } = setup(() => ({ name: 'wrong-types.flow.json', text: wrongTypes }));
    await workspace.createProcess();
    const before = { names: names(), open: editor.getState().processId, version: editor.getState().version };
    await workspace.importFile();
    expect({ names: names(), open: editor.getState().processId, version: editor.getState().version }).toEqual(before);
    expect(notices().at(-1)).toMatchObject({
      kind: 'error',
      title: expect.stringContaining('"wrong-types.flow.json" was not imported.'),
    });
    expect(notices().at(-1)!.details).toContainEqual(expect.stringMatching(/^nodes\[1\]\.x:/));
  });

  it('reports a file refused by the platform for its size', async () => {
    const { workspace, notices, names } = setup(() => {
      throw new FlowwrightError('FW_RESTORE_TOO_LARGE', '"big.flow.json" is 30 MB; Flowwright opens files up to 20 MB');
    });
    await workspace.importFile();
    expect(names()).toEqual([]);
    expect(notices().at(-1)).toMatchObject({
      kind: 'error',
      details: ['"big.flow.json" is 30 MB; Flowwright opens files up to 20 MB'],
    });
  });

  it('imports a valid file as a new open process, names it after the file when it has no name, and lists fixes', async () => {
    const model = { ...newProcessModel(''), flows: [{ id: 'dangling', source: 'StartEvent_1', target: 'gone' }] };
    const { workspace, names, notices, editor, repository } = setup(() => ({
      name: 'Purchase approval.flow.json',
      text: JSON.stringify(model),
    }));
    await workspace.importFile();
    expect(names()).toEqual(['Purchase approval']);
    expect(editor.getState().model?.flows).toEqual([]);
    expect(notices().at(-1)).toMatchObject({
      kind: 'info',
      details: ['dropped flow dangling: it connects missing node gone'],
      timeoutMs: null,
    });
    expect((await repository.listRevisions(editor.getState().processId!))[0].description).toBe(
      'Import from Purchase approval.flow.json',
    );
  });

  it('saves an exported map named after it, and says so', async () => {
    const { workspace, saved, editor } = setup();
    await workspace.createProcess();
    await workspace.renameProcess(editor.getState().processId!, 'Claims');
    const model = editor.getState().model!;
    await workspace.exportFile({ name: flowFileName(model), text: flowFileText(model) });
    expect(saved).toEqual([{ name: 'Claims.flow.json', text: flowFileText(editor.getState().model!) }]);
  });

  it('restores a revision as an undoable change saved as a revision of its own', async () => {
    const { workspace, editor, repository } = setup();
    await workspace.createProcess();
    const id = editor.getState().processId!;
    editor.edit('Rename "Changed"', renameFirstNode('Changed'));
    await workspace.autosave.flush();
    await workspace.showPanel('history');
    const created = workspace.view.getState().revisions.find((r) => r.description === 'Create process')!;

    await workspace.restoreRevision(created.id, created.at);
    expect(editor.getState().model?.nodes[0].name).toBe('');
    expect(editor.getState().lastChange).toEqual({
      label: expect.stringMatching(/^Restored revision of /),
      captured: true,
    });
    const descriptions = (await repository.listRevisions(id)).map((r) => r.description);
    expect(descriptions).toEqual([
      expect.stringMatching(/^Restored revision of /),
      'Rename "Changed"',
      'Create process',
    ]);
    expect(workspace.view.getState().revisions.map((r) => r.description)).toEqual(descriptions);
  });

  it('opening the process that is already open keeps its undo history', async () => {
    const { workspace, editor } = setup();
    await workspace.createProcess();
    editor.edit('Rename "Kept"', renameFirstNode('Kept'));
    const version = editor.getState().version;
    await workspace.openProcess(editor.getState().processId!);
    expect(editor.getState().version).toBe(version);
    expect(editor.getState().model?.nodes[0].name).toBe('Kept');
  });

  it('refuses to open a process whose stored data is damaged', async () => {
    const { workspace, editor, db, notices } = setup();
    await workspace.createProcess();
    const id = editor.getState().processId!;
    await workspace.deleteProcess(id);
    await db.processes.put({ id, name: 'Damaged', updatedAt: 1, revision: 1, model: { nodes: 3 } as never });
    await workspace.openProcess(id);
    expect(editor.getState().processId).toBeNull();
    expect(notices().at(-1)).toMatchObject({
      kind: 'error',
      title: '"Damaged" cannot be opened: its stored data is damaged.',
    });
  });
});
