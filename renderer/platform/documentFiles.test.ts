import { describe, expect, it, vi } from 'vitest';
import type { DocumentBridge, DocumentLoad, SaveRequest } from '../../shared/ipc/documents';
import { electronDocumentFiles, type LoadedDocument } from './documentFiles';
import { browserDocumentFiles, hasFileSystemAccess, type FileSystemAccessWindow } from './browserDocumentFiles';

const encode = (t: string) => new TextEncoder().encode(t);

function fakeBridge(target: { name: string; kind: 'flow' | 'bpmn'; path?: string } | null) {
  const written: string[] = [];
  const states: unknown[] = [];
  let loadListener: ((d: DocumentLoad) => void) | undefined;
  let saveListener: ((r: SaveRequest) => void) | undefined;
  const answers: { id: number; saved: boolean }[] = [];
  let writeFails = false;
  const bridge: DocumentBridge = {
    open: async () => {
      loadListener?.({ path: '/m.flow.json', name: 'm.flow.json', kind: 'flow', bytes: encode('{}'), reason: 'open' });
      return { status: 'done' };
    },
    chooseTarget: async () => (target ? { status: 'chosen', ...target } : { status: 'cancelled' }),
    write: async ({ text }) => {
      if (writeFails) return { status: 'failed', message: '"m.flow.json" was not saved: the disk is full (ENOSPC).' };
      written.push(text);
      return { status: 'done' };
    },
    setState: async (state) => void states.push(state),
    revert: async () => ({ status: 'done' }),
    onLoad: (l) => ((loadListener = l), () => {}),
    ready: async () => {},
    onSaveRequest: (l) => ((saveListener = l), () => {}),
    saveDone: async (a) => void answers.push(a),
  };
  return {
    files: electronDocumentFiles(bridge),
    written,
    states,
    answers,
    askSave: (r: SaveRequest) => saveListener!(r),
    failWrites: () => (writeFails = true),
  };
}

describe('documents in the desktop app', () => {
  it('hands an opened file over as text', async () => {
    const { files } = fakeBridge(null);
    const loads: LoadedDocument[] = [];
    files.onLoad((d) => loads.push(d));
    await files.open();
    expect(loads).toEqual([expect.objectContaining({ name: 'm.flow.json', kind: 'flow', text: '{}' })]);
  });

  it('asks for the text of the kind of file chosen, then writes it', async () => {
    const { files, written } = fakeBridge({ name: 'm.bpmn', kind: 'bpmn', path: '/maps/m.bpmn' });
    const textFor = vi.fn(async (kind: string) => `<${kind}/>`);
    expect(await files.save({ name: 'M', saveAs: true, textFor })).toBe(true);
    // The path the main process chose, so that the page can show where the map now lives.
    expect(textFor).toHaveBeenCalledWith('bpmn', 'm.bpmn', '/maps/m.bpmn');
    expect(written).toEqual(['<bpmn/>']);
  });

  it('tells the main process whether the map shown is the window’s file', () => {
    const { files, states } = fakeBridge(null);
    files.setState('m.flow.json', true);
    files.setState('Claims', false, false);
    files.setState('Claims', false, false, true);
    expect(states).toEqual([
      { name: 'm.flow.json', dirty: true, showsFile: true, fileUnsaved: false },
      { name: 'Claims', dirty: false, showsFile: false, fileUnsaved: false },
      // Another map shown while the file's own map has changes not written to it.
      { name: 'Claims', dirty: false, showsFile: false, fileUnsaved: true },
    ]);
  });

  it('writes nothing when the dialog is cancelled or the user backs out of a BPMN save', async () => {
    const cancelled = fakeBridge(null);
    expect(await cancelled.files.save({ name: 'M', saveAs: false, textFor: async () => 'x' })).toBe(false);
    const backedOut = fakeBridge({ name: 'm.bpmn', kind: 'bpmn' });
    expect(await backedOut.files.save({ name: 'M', saveAs: false, textFor: async () => null })).toBe(false);
    expect([...cancelled.written, ...backedOut.written]).toEqual([]);
  });

  it('throws the main process’s message when the write fails', async () => {
    const { files, failWrites } = fakeBridge({ name: 'm.flow.json', kind: 'flow' });
    failWrites();
    await expect(files.save({ name: 'M', saveAs: false, textFor: async () => '{}' })).rejects.toMatchObject({
      code: 'FW_FILE_UNWRITABLE',
      message: expect.stringContaining('the disk is full'),
    });
  });

  it('answers the main process’s save requests with whether it saved', async () => {
    const { files, askSave, answers } = fakeBridge(null);
    files.onSaveRequest(async (saveAs) => saveAs);
    askSave({ id: 3, saveAs: true });
    askSave({ id: 4, saveAs: false });
    await vi.waitFor(
      () =>
        expect(answers).toEqual([
          { id: 3, saved: true },
          { id: 4, saved: false },
        ]),
      { timeout: 30_000 },
    );
  });
});

function fakeFileSystem(files: Record<string, string>) {
  const pickers: string[] = [];
  const handle = (name: string) => ({
    name,
    getFile: async () => new File([files[name] ?? ''], name),
    createWritable: async () => {
      let pending = '';
      return { write: async (d: string) => void (pending = d), close: async () => void (files[name] = pending) };
    },
  });
  let saveName: string | null = 'copy.bpmn';
  const host: FileSystemAccessWindow = {
    showOpenFilePicker: async () => (pickers.push('open'), [handle('approval.flow.json')]),
    showSaveFilePicker: async () => {
      pickers.push('save');
      if (!saveName) throw Object.assign(new Error('cancelled'), { name: 'AbortError' });
      return handle(saveName);
    },
  };
  return { host, files, pickers, cancelSave: () => (saveName = null) };
}

describe('documents in Chromium (File System Access API)', () => {
  it('opens a file, and Save writes back to it without asking', async () => {
    const fs = fakeFileSystem({ 'approval.flow.json': '{"id":"a"}' });
    const doc = { title: '' } as Document;
    const files = browserDocumentFiles(fs.host, doc);
    const loads: LoadedDocument[] = [];
    files.onLoad((d) => loads.push(d));
    await files.open();
    expect(loads[0]).toMatchObject({ name: 'approval.flow.json', kind: 'flow', text: '{"id":"a"}' });
    files.setState('approval.flow.json', true);
    expect(doc.title).toBe('● approval.flow.json — Flowwright');
    expect(await files.save({ name: 'Approval', saveAs: false, textFor: async () => '{"id":"b"}' })).toBe(true);
    expect(fs.files['approval.flow.json']).toBe('{"id":"b"}');
    expect(fs.pickers).toEqual(['open']);
  });

  it('Save As picks a new file whose ending decides the format; a cancelled picker saves nothing', async () => {
    const fs = fakeFileSystem({});
    const files = browserDocumentFiles(fs.host, { title: '' } as Document);
    const textFor = vi.fn(async (kind: string) => `<${kind}/>`);
    expect(await files.save({ name: 'Approval', saveAs: true, textFor })).toBe(true);
    expect(fs.files['copy.bpmn']).toBe('<bpmn/>');
    fs.cancelSave();
    expect(await files.save({ name: 'Approval', saveAs: true, textFor })).toBe(false);
    expect(textFor).toHaveBeenCalledTimes(1);
  });

  it('Revert reads the file again', async () => {
    const fs = fakeFileSystem({ 'approval.flow.json': 'v1' });
    const files = browserDocumentFiles(fs.host, { title: '' } as Document);
    const loads: LoadedDocument[] = [];
    files.onLoad((d) => loads.push(d));
    await files.open();
    fs.files['approval.flow.json'] = 'v2';
    await files.revert();
    expect(loads.map((d) => [d.reason, d.text])).toEqual([
      ['open', 'v1'],
      ['revert', 'v2'],
    ]);
  });

  it('is offered only where the browser has the API', () => {
    expect(hasFileSystemAccess({})).toBe(false);
    expect(hasFileSystemAccess(fakeFileSystem({}).host)).toBe(true);
  });
});
