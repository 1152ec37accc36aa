import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { documentKindOf } from '../../shared/ipc/documents';
import type { DocumentFiles, LoadedDocument } from '../platform/documentFiles';
import type { Platform } from '../platform/platform';
import { bpmnLosses } from './bpmnLosses';
import type { BpmnSaveChoice } from './documentActions';
import { flowFileText } from './flowFile';
import { newProcessModel } from './newProcessModel';
import { createTestEditor, createTestRepository, renameFirstNode } from './testSupport';
import { createWorkspace } from './workspace';

/** Files on a fake disk, behaving as the File System Access API does: Save writes back to the file last used. */
function fakeDisk(folder: string | null = null) {
  const disk = new Map<string, string>();
  const saves: { saveAs: boolean; target: string | null }[] = [];
  const states: [string, boolean, boolean | undefined, ...(boolean | undefined)[]][] = [];
  let saveRequest: ((saveAs: boolean, closing: boolean) => Promise<boolean>) | null = null;
  const listeners = new Set<(d: LoadedDocument) => void>();
  let current: string | null = null;
  /** What the user picks in the open dialog, and in the save dialogs one after another. */
  const picks = { open: null as string | null, save: [] as string[] };
  const emit = (name: string, reason: LoadedDocument['reason']) => {
    const text = disk.get(name)!;
    current = name;
    const bytes = new TextEncoder().encode(text);
    const loaded = {
      name,
      kind: documentKindOf(name)!,
      text,
      bytes,
      reason,
      path: folder ? `${folder}/${name}` : undefined,
    };
    listeners.forEach((listener) => listener(loaded));
  };
  const files: DocumentFiles = {
    open: async () => (picks.open ? emit(picks.open, 'open') : undefined),
    onLoad(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async save({ saveAs, textFor }) {
      const target = !saveAs && current ? current : (picks.save.shift() ?? null);
      saves.push({ saveAs, target });
      if (!target) return false;
      const text = await textFor(documentKindOf(target) ?? 'flow', target, folder ? `${folder}/${target}` : undefined);
      if (text === null) return false;
      disk.set(target, text);
      current = target;
      return true;
    },
    setState: (name, dirty, showsFile, fileUnsaved) =>
      void states.push(fileUnsaved ? [name, dirty, showsFile, fileUnsaved] : [name, dirty, showsFile]),
    revert: async () => (current ? emit(current, 'revert') : undefined),
    onSaveRequest: (save) => ((saveRequest = save), () => (saveRequest = null)),
    ready: () => {},
  };
  /** The desktop asking for a save, as its menu (File › Save) or a closing window's prompt does. */
  const requestSave = (saveAs: boolean, closing: boolean) => saveRequest!(saveAs, closing);
  return { disk, saves, states, picks, files, requestSave };
}

function setup(shared = createTestRepository(), disk = fakeDisk(), withFiles = true) {
  const editor = createTestEditor();
  const downloads: string[] = [];
  const questions: string[][] = [];
  const answers: BpmnSaveChoice[] = [];
  const platform: Platform = {
    kind: 'browser',
    openFile: async () => null,
    saveFile: async (name) => downloads.push(name) > 0,
    saveBytes: async () => true,
    onMenuAction: () => () => {},
    documents: withFiles ? disk.files : undefined,
  };
  const askBeforeBpmn = async (fileName: string, losses: string[]) => {
    questions.push([fileName, ...losses]);
    return answers.shift() ?? 'cancel';
  };
  const workspace = createWorkspace({ repository: shared.repository, editor, platform, askBeforeBpmn, channel: null });
  workspace.connect(null);
  const view = () => workspace.view.getState();
  return { ...shared, disk, editor, workspace, view, downloads, questions, answers };
}

const saved = (name: string) => flowFileText({ ...newProcessModel(name), id: 'order-handling' });
/** A file arrives through the platform's listener; its map is shown once the workspace has stored it. */
const shown = (app: ReturnType<typeof setup>, fileName: string, name?: string) =>
  vi.waitFor(
    () => {
      expect(app.view().document?.fileName).toBe(fileName);
      if (name) expect(app.editor.getState().model?.name).toBe(name);
    },
    { timeout: 30_000 },
  );

/** The app started, with 'order.flow.json' (a map named "Order handling") opened from `disk` and shown. */
async function withOrderOpen(disk = fakeDisk()) {
  const app = setup(undefined, disk);
  await app.workspace.start();
  app.disk.disk.set('order.flow.json', saved('Order handling'));
  app.disk.picks.open = 'order.flow.json';
  await app.workspace.documents.open();
  await shown(app, 'order.flow.json');
  return app;
}

describe('documents on disk', () => {
  it('opens a file as a map listed with its file, marks unsaved changes and saves back to the same file', async () => {
    const app = await withOrderOpen();
    const id = app.editor.getState().processId!;
    expect(app.view().processes.map((p) => p.name)).toEqual(['Order handling']);
    expect(app.view().files[id]).toEqual({ name: 'order.flow.json', path: null });
    expect(app.view().document).toEqual({ fileName: 'order.flow.json', dirty: false });

    app.editor.edit('Rename', renameFirstNode('Order in'));
    expect(app.view().document?.dirty).toBe(true);
    expect(app.disk.states.at(-1)).toEqual(['order.flow.json', true, true]);
    app.editor.edit('Rename back', renameFirstNode(newProcessModel('x').nodes[0].name));
    expect(app.view().document?.dirty).toBe(false); // back to the file's content: nothing to save

    app.editor.edit('Rename', renameFirstNode('Order in'));
    await app.workspace.documents.save();
    expect(app.disk.saves).toEqual([{ saveAs: false, target: 'order.flow.json' }]);
    expect(JSON.parse(app.disk.disk.get('order.flow.json')!).nodes[0].name).toBe('Order in');
    expect(app.view().document?.dirty).toBe(false);
    expect(app.disk.states.at(-1)).toEqual(['order.flow.json', false, true]);
  });

  it('opening the same file again (after a reload) shows its map rather than adding a second one', async () => {
    const first = setup();
    await first.workspace.start();
    first.disk.disk.set('order.flow.json', saved('Order handling'));
    first.disk.picks.open = 'order.flow.json';
    await first.workspace.documents.open();
    await shown(first, 'order.flow.json');
    const id = first.editor.getState().processId;
    await first.workspace.autosave.flush();
    // Another program changed the file meanwhile.
    first.disk.disk.set('order.flow.json', saved('Order handling, revised'));

    const second = setup(first, first.disk);
    await second.workspace.start();
    await vi.waitFor(() => expect(second.view().files).not.toEqual({}), { timeout: 30_000 });
    await second.workspace.documents.open();
    await shown(second, 'order.flow.json', 'Order handling, revised');
    expect(second.view().processes).toHaveLength(1);
    expect(second.editor.getState().processId).toBe(id);
    expect(second.editor.getState().model?.name).toBe('Order handling, revised');
    expect(second.view().document).toEqual({ fileName: 'order.flow.json', dirty: false });
  });

  it('reverts to the file as one undoable change, and only for the map the file belongs to', async () => {
    const app = await withOrderOpen();
    app.editor.edit('Rename', renameFirstNode('Order in'));
    expect(app.workspace.documents.canRevert()).toBe(true);
    await app.workspace.documents.revert();
    await vi.waitFor(() => expect(app.editor.getState().lastChange?.label).toBe('Reverted to "order.flow.json"'), {
      timeout: 30_000,
    });
    expect(app.editor.getState().model?.nodes[0].name).not.toBe('Order in');
    expect(app.editor.getState().lastChange).toEqual({ label: 'Reverted to "order.flow.json"', captured: true });
    expect(app.view().document?.dirty).toBe(false);

    await app.workspace.createProcess();
    expect(app.workspace.documents.canRevert()).toBe(false);
    expect(app.view().document).toBeNull();
  });

  it('never writes another map into the file: a map without a file asks where to save', async () => {
    const app = await withOrderOpen();
    await app.workspace.createProcess();
    app.disk.picks.save = ['untitled.flow.json'];
    await app.workspace.documents.save();
    expect(app.disk.saves.at(-1)).toEqual({ saveAs: true, target: 'untitled.flow.json' });
    expect(JSON.parse(app.disk.disk.get('order.flow.json')!).name).toBe('Order handling');
    expect(app.view().document).toEqual({ fileName: 'untitled.flow.json', dirty: false });
  });

  it('says what BPMN cannot hold before saving to .bpmn, and offers .flow.json instead', async () => {
    const app = setup();
    await app.workspace.start();
    await app.workspace.createProcess();
    app.disk.picks.save = ['map.bpmn'];
    await app.workspace.documents.saveAs(); // answered Cancel
    expect(app.questions[0][0]).toBe('map.bpmn');
    expect(app.questions[0]).toContain('the simulation settings (arrivals, number of cases, seed, replications)');
    expect(app.disk.disk.has('map.bpmn')).toBe(false);

    app.answers.push('flow');
    // A second save dialog follows, which the user points at a .flow.json.
    app.disk.picks.save = ['map.bpmn', 'map.flow.json'];
    await app.workspace.documents.saveAs();
    expect([...app.disk.disk.keys()]).toEqual(['map.flow.json']);

    app.answers.push('bpmn');
    app.disk.picks.save = ['map.bpmn'];
    await app.workspace.documents.saveAs();
    expect(app.disk.disk.get('map.bpmn')).toMatch(/<bpmn:definitions/);
    const asked = app.questions.length;
    await app.workspace.documents.save(); // agreed once for this file: not asked again
    expect(app.questions).toHaveLength(asked);
  });

  it('lists a file opened on the desktop with its full path, and tells two files of one name apart', async () => {
    const app = await withOrderOpen(fakeDisk('/home/ana/maps'));
    const id = app.editor.getState().processId!;
    expect(app.view().files[id]).toEqual({ name: 'order.flow.json', path: '/home/ana/maps/order.flow.json' });

    const elsewhere = setup(app, fakeDisk('/home/ana/archive'));
    elsewhere.disk.disk.set('order.flow.json', saved('Old order handling'));
    elsewhere.disk.picks.open = 'order.flow.json';
    await elsewhere.workspace.start();
    await vi.waitFor(() => expect(elsewhere.view().files).not.toEqual({}), { timeout: 30_000 });
    await elsewhere.workspace.documents.open();
    await shown(elsewhere, 'order.flow.json', 'Old order handling');
    expect(elsewhere.view().processes).toHaveLength(2);
  });

  it('lists a map saved with Save As on the desktop with the path it was written to', async () => {
    const app = setup(undefined, fakeDisk('/home/ana/maps'));
    await app.workspace.start();
    await app.workspace.createProcess();
    const id = app.editor.getState().processId!;
    app.disk.picks.save = ['claims.flow.json'];
    await app.workspace.documents.saveAs();
    expect(app.view().files[id]).toEqual({ name: 'claims.flow.json', path: '/home/ana/maps/claims.flow.json' });
    expect(app.view().document).toEqual({ fileName: 'claims.flow.json', dirty: false });
    const stored = await app.repository.listDocumentFiles();
    expect(stored[id]?.path).toBe('/home/ana/maps/claims.flow.json');
  });

  it('titles the window after the map shown when switching maps, with the file and its dot on coming back', async () => {
    const app = await withOrderOpen();
    const fileMap = app.editor.getState().processId!;
    app.editor.edit('Rename', renameFirstNode('Order in'));
    expect(app.disk.states.at(-1)).toEqual(['order.flow.json', true, true]);
    await app.workspace.createProcess();
    // The file's changes are not written yet: closing the window still asks about the file.
    await vi.waitFor(() => expect(app.disk.states.at(-1)).toEqual(['Untitled process', false, false, true]));
    expect(app.view().document).toBeNull();
    await app.workspace.openProcess(fileMap);
    await vi.waitFor(() => expect(app.disk.states.at(-1)).toEqual(['order.flow.json', true, true]));
    expect(app.view().document).toEqual({ fileName: 'order.flow.json', dirty: true });
  });

  it("saves the file from a closing window's prompt while another map is shown, and leaves that map alone", async () => {
    const app = await withOrderOpen();
    app.editor.edit('Rename', renameFirstNode('Order in'));
    await app.workspace.createProcess();
    await vi.waitFor(() => expect(app.disk.states.at(-1)).toEqual(['Untitled process', false, false, true]), {
      timeout: 30_000,
    });
    expect(await app.disk.requestSave(false, true)).toBe(true);
    const written = JSON.parse(app.disk.disk.get('order.flow.json')!);
    expect(written.name).toBe('Order handling');
    expect(written.nodes[0].name).toBe('Order in');
    expect(app.disk.saves.at(-1)).toEqual({ saveAs: false, target: 'order.flow.json' });
    expect(app.editor.getState().model?.name).toBe('Untitled process');
    // Written: closing no longer asks.
    await vi.waitFor(() => expect(app.disk.states.at(-1)).toEqual(['Untitled process', false, false]), {
      timeout: 30_000,
    });
  });

  it('downloads the map where the browser cannot write files', async () => {
    const app = setup(undefined, undefined, false);
    await app.workspace.start();
    await app.workspace.createProcess();
    await app.workspace.documents.save();
    expect(app.downloads).toEqual(['Untitled process.flow.json']);
  });
});

describe('what BPMN cannot hold', () => {
  it('names the simulation settings always, and pools, scenarios and fields when the map has them', () => {
    const model = newProcessModel('Claims');
    expect(bpmnLosses(model)).toHaveLength(1);
    const rich = {
      ...model,
      data: { fields: [{ name: 'amount', type: 'number' as const, required: false }] },
      scenarios: [{ id: 's', name: 'More', overrides: [] }],
    };
    expect(bpmnLosses(rich)).toEqual([
      'the simulation settings (arrivals, number of cases, seed, replications)',
      '1 case data field',
      '1 what-if scenario',
    ]);
  });
});
