import { describe, expect, it, vi } from 'vitest';
import type { MessageBoxOptions } from 'electron';
import type { DocumentLoad } from '../shared/ipc/documents';
import { documentWindows, type DocumentWindow, type DocumentWindowsDeps } from './documentWindows';
import { recentDocuments } from './recentDocuments';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const errno = (code: string) => Object.assign(new Error(code), { code });

class FakeWindow implements DocumentWindow {
  static next = 1;
  readonly id = FakeWindow.next++;
  title = '';
  edited = false;
  focused = 0;
  loads: DocumentLoad[] = [];
  setTitle = (t: string) => void (this.title = t);
  setDocumentEdited = (e: boolean) => void (this.edited = e);
  focus = () => void this.focused++;
  load = (d: DocumentLoad) => void this.loads.push(d);
}

/** A window that also shows its file's icon in the title bar, as on macOS. */
class RepresentingWindow extends FakeWindow {
  represented: string | null = null;
  setRepresentedFilename = (file: string) => void (this.represented = file);
}

function setup(files: Record<string, string> = {}) {
  const disk = new Map<string, { bytes: Uint8Array; mtimeMs: number }>(
    Object.entries(files).map(([p, t]) => [p, { bytes: new TextEncoder().encode(t), mtimeMs: 1 }]),
  );
  const asked: MessageBoxOptions[] = [];
  const answers: number[] = [];
  const created: FakeWindow[] = [];
  const dialogs = { open: ['/maps/approval.flow.json'], save: '/maps/new.flow.json' as string | undefined };
  const savePrompts: string[] = [];
  let failWrites: string | null = null;
  let clock = 1;
  const stored = { text: null as string | null };
  const deps: DocumentWindowsDeps = {
    showOpenDialog: async () => ({ canceled: dialogs.open.length === 0, filePaths: dialogs.open }),
    showSaveDialog: async (o) => {
      savePrompts.push(o.defaultPath);
      return { canceled: !dialogs.save, filePath: dialogs.save };
    },
    showMessageBox: async (o) => (asked.push(o), { response: answers.shift() ?? 0 }),
    stat: async (p) => {
      const f = disk.get(p);
      if (!f) throw errno('ENOENT');
      return { mtimeMs: f.mtimeMs, size: f.bytes.length, isFile: true };
    },
    readBytes: async (p) => disk.get(p)!.bytes,
    readFile: async (p) => disk.get(p)!.bytes,
    writeFile: async (p, bytes) => {
      if (failWrites) throw errno(failWrites);
      disk.set(p, { bytes, mtimeMs: ++clock });
    },
    baseName: (p) => p.split('/').pop()!,
    recent: recentDocuments({
      store: { load: async () => stored.text, save: async (t) => void (stored.text = t) },
      exists: async (p) => disk.has(p),
    }),
    createWindow: () => {
      const w = new FakeWindow();
      created.push(w);
      return w;
    },
    requestSave: vi.fn(async () => true),
  };
  const changeOnDisk = (p: string, t: string) => disk.set(p, { bytes: new TextEncoder().encode(t), mtimeMs: ++clock });
  return {
    docs: documentWindows(deps),
    deps,
    disk,
    asked,
    answers,
    created,
    dialogs,
    savePrompts,
    changeOnDisk,
    failWrites: (code: string | null) => (failWrites = code),
  };
}

describe('documents in windows', () => {
  it('opens a file into a blank window, titles it and lists it as recent', async () => {
    const { docs, deps, created } = setup({ '/maps/approval.flow.json': '{"id":"a"}' });
    const first = new FakeWindow();
    docs.track(first);
    expect(first.title).toBe('Untitled — Flowwright');
    expect(await docs.showOpen(first)).toEqual({ status: 'done' });
    expect(created).toHaveLength(0);
    expect(first.loads[0]).toMatchObject({ name: 'approval.flow.json', kind: 'flow', reason: 'open' });
    expect(text(first.loads[0].bytes)).toBe('{"id":"a"}');
    expect(first.title).toBe('approval.flow.json — Flowwright');
    expect(await deps.recent.list()).toEqual(['/maps/approval.flow.json']);
  });

  it('focuses the window already showing a file, and opens others in a new window', async () => {
    const { docs, created } = setup({ '/a.flow.json': '{}', '/b.bpmn': '<definitions/>' });
    const first = new FakeWindow();
    docs.track(first);
    await docs.openPath('/a.flow.json', first);
    await docs.openPath('/a.flow.json', first);
    expect(first.focused).toBe(1);
    await docs.openPath('/b.bpmn', first);
    expect(created).toHaveLength(1);
    expect(created[0].loads[0]).toMatchObject({ name: 'b.bpmn', kind: 'bpmn' });
  });

  it('says why a file cannot be opened, and drops a missing one from the recent list', async () => {
    const { docs, deps } = setup();
    await deps.recent.add('/gone.flow.json');
    const result = await docs.openPath('/gone.flow.json');
    expect(result).toEqual({
      status: 'failed',
      message: expect.stringMatching(/^"gone.flow.json" could not be opened/),
    });
    expect(await deps.recent.list()).toEqual([]);
  });

  it('Save of a map never saved asks where, writes it and shows it saved', async () => {
    const { docs, disk, savePrompts } = setup();
    const window = new FakeWindow();
    docs.track(window);
    docs.setState(window, 'Purchase approval', true);
    expect(window.title).toBe('● Purchase approval — Flowwright');
    expect(window.edited).toBe(true);
    expect(await docs.chooseTarget(window, 'Purchase approval', false)).toEqual({
      status: 'chosen',
      name: 'new.flow.json',
      kind: 'flow',
      path: '/maps/new.flow.json',
    });
    expect(savePrompts).toEqual(['Purchase approval.flow.json']);
    expect(await docs.write(window, '{"id":"p"}')).toEqual({ status: 'done' });
    expect(text(disk.get('/maps/new.flow.json')!.bytes)).toBe('{"id":"p"}');
    expect(window.title).toBe('new.flow.json — Flowwright');
    expect(window.edited).toBe(false);
  });

  it('Save of an opened file writes back without a dialog; Save As asks', async () => {
    const { docs, disk, savePrompts, dialogs } = setup({ '/m.flow.json': 'old' });
    const window = new FakeWindow();
    await docs.openPath('/m.flow.json', window);
    docs.setState(window, 'M', true);
    await docs.chooseTarget(window, 'M', false);
    await docs.write(window, 'new');
    expect(text(disk.get('/m.flow.json')!.bytes)).toBe('new');
    expect(savePrompts).toEqual([]);
    dialogs.save = '/m.bpmn';
    expect(await docs.chooseTarget(window, 'M', true)).toMatchObject({ kind: 'bpmn', name: 'm.bpmn' });
    expect(savePrompts).toEqual(['m.flow.json']);
  });

  it('titles the map shown: another map of the workspace by its name, the file again when it comes back', async () => {
    const { docs } = setup({ '/maps/m.flow.json': 'old' });
    const window = new RepresentingWindow();
    await docs.openPath('/maps/m.flow.json', window);
    expect(window.represented).toBe('/maps/m.flow.json');
    docs.setState(window, 'Claims', false, false);
    expect(window.title).toBe('Claims — Flowwright');
    expect(window.represented).toBe('');
    docs.setState(window, 'm.flow.json', true, true);
    expect(window.title).toBe('● m.flow.json — Flowwright');
    expect(window.represented).toBe('/maps/m.flow.json');
    expect(docs.pathOf(window)).toBe('/maps/m.flow.json');
  });

  it('Save As tells the page the path it wrote to, and the title shows the new file', async () => {
    const { docs, dialogs } = setup({ '/maps/m.flow.json': 'old' });
    const window = new FakeWindow();
    await docs.openPath('/maps/m.flow.json', window);
    dialogs.save = '/archive/m-2.flow.json';
    expect(await docs.chooseTarget(window, 'M', true)).toEqual({
      status: 'chosen',
      name: 'm-2.flow.json',
      kind: 'flow',
      path: '/archive/m-2.flow.json',
    });
    await docs.write(window, 'new');
    expect(window.title).toBe('m-2.flow.json — Flowwright');
    expect(docs.pathOf(window)).toBe('/archive/m-2.flow.json');
  });

  it('a failed write keeps the unsaved marker and the file as it was', async () => {
    const { docs, disk, failWrites } = setup({ '/m.flow.json': 'old' });
    const window = new FakeWindow();
    await docs.openPath('/m.flow.json', window);
    docs.setState(window, 'M', true);
    await docs.chooseTarget(window, 'M', false);
    failWrites('ENOSPC');
    const result = await docs.write(window, 'new');
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('the disk is full') });
    expect(text(disk.get('/m.flow.json')!.bytes)).toBe('old');
    expect(window.title).toBe('● m.flow.json — Flowwright');
  });

  it('writes only where main chose: no target, no write', async () => {
    const { docs } = setup();
    const window = new FakeWindow();
    docs.track(window);
    expect((await docs.write(window, 'x')).status).toBe('failed');
  });

  it('notices a change on disk when the window regains focus, and reloads when asked', async () => {
    const { docs, asked, answers, changeOnDisk } = setup({ '/m.flow.json': 'v1' });
    const window = new FakeWindow();
    await docs.openPath('/m.flow.json', window);
    await docs.checkOnFocus(window);
    expect(asked).toHaveLength(0);
    changeOnDisk('/m.flow.json', 'v2');
    answers.push(0);
    await docs.checkOnFocus(window);
    expect(asked[0].message).toContain('m.flow.json');
    expect(window.loads.at(-1)).toMatchObject({ reason: 'reload' });
    expect(text(window.loads.at(-1)!.bytes)).toBe('v2');
  });

  it('keeping my version asks once per change, and Save then overwrites the other change', async () => {
    const { docs, asked, answers, changeOnDisk, disk } = setup({ '/m.flow.json': 'v1' });
    const window = new FakeWindow();
    await docs.openPath('/m.flow.json', window);
    docs.setState(window, 'M', true);
    changeOnDisk('/m.flow.json', 'theirs');
    answers.push(1);
    await docs.checkOnFocus(window);
    await docs.checkOnFocus(window);
    expect(asked).toHaveLength(1);
    expect(window.loads).toHaveLength(1);
    await docs.chooseTarget(window, 'M', false);
    await docs.write(window, 'mine');
    expect(text(disk.get('/m.flow.json')!.bytes)).toBe('mine');
  });

  it('tells once when the file was deleted', async () => {
    const { docs, asked, disk } = setup({ '/m.flow.json': 'v1' });
    const window = new FakeWindow();
    await docs.openPath('/m.flow.json', window);
    disk.delete('/m.flow.json');
    await docs.checkOnFocus(window);
    await docs.checkOnFocus(window);
    expect(asked.map((a) => a.message)).toEqual(['“m.flow.json” was moved or deleted by another program.']);
  });

  it('Revert reloads the saved file, asking first when there are unsaved changes', async () => {
    const { docs, asked, answers } = setup({ '/m.flow.json': 'saved' });
    const window = new FakeWindow();
    await docs.openPath('/m.flow.json', window);
    docs.setState(window, 'M', true);
    answers.push(1);
    expect(await docs.revert(window)).toEqual({ status: 'cancelled' });
    answers.push(0);
    expect(await docs.revert(window)).toEqual({ status: 'done' });
    expect(asked).toHaveLength(2);
    expect(window.loads.at(-1)).toMatchObject({ reason: 'revert' });
    expect(window.title).toBe('m.flow.json — Flowwright');
  });

  it('closing with unsaved changes asks, and Save asks the renderer to save', async () => {
    const { docs, deps, answers } = setup();
    const window = new FakeWindow();
    docs.track(window);
    expect(await docs.mayClose(window)).toBe(true);
    docs.setState(window, 'Purchase approval', true);
    expect(docs.hasUnsaved()).toBe(true);
    answers.push(2);
    expect(await docs.mayClose(window)).toBe(false);
    answers.push(0);
    expect(await docs.mayClose(window)).toBe(true);
    expect(deps.requestSave).toHaveBeenCalledWith(window);
  });

  it("closing asks about the file while another map is shown and the file's map has unsaved changes", async () => {
    const { docs, deps, asked, answers } = setup({ '/maps/m.flow.json': 'old' });
    const window = new FakeWindow();
    await docs.openPath('/maps/m.flow.json', window);
    docs.setState(window, 'Claims', false, false);
    expect(docs.isDirty(window)).toBe(false);
    docs.setState(window, 'Claims', false, false, true);
    expect(window.title).toBe('Claims — Flowwright'); // the map shown has nothing unsaved
    expect(docs.isDirty(window)).toBe(true);
    expect(docs.hasUnsaved()).toBe(true);
    answers.push(0);
    expect(await docs.mayClose(window)).toBe(true);
    expect(asked.at(-1)?.message).toContain('m.flow.json');
    expect(deps.requestSave).toHaveBeenCalledWith(window);
  });

  it('quitting asks each window with unsaved changes in turn, bringing it to the front', async () => {
    const { docs, asked, answers } = setup();
    const [a, b, c] = [new FakeWindow(), new FakeWindow(), new FakeWindow()];
    docs.setState(a, 'First', true);
    docs.setState(b, 'Clean', false);
    docs.setState(c, 'Third', true);
    answers.push(1, 2);
    expect(await docs.mayQuit()).toBe(false);
    expect(asked.map((o) => o.message)).toEqual([expect.stringContaining('First'), expect.stringContaining('Third')]);
    expect([a.focused, b.focused, c.focused]).toEqual([1, 0, 1]);
    answers.push(1, 1);
    expect(await docs.mayQuit()).toBe(true);
  });
});
