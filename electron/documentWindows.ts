import {
  documentKindOf,
  windowTitle,
  type ChooseTargetResponse,
  type DocumentLoad,
  type DocumentResult,
} from '../shared/ipc/documents';
import { maxMapFileBytes } from '../shared/ipc/openLimits';
import { checkDisk, askAboutDiskChange, stampOf, tellFileMissing, type FileStamp } from './diskChange';
import { readFailedMessage, saveFailedMessage } from './fileErrors';
import type { RecentDocuments } from './recentDocuments';
import { suggestedFileName } from './suggestedName';
import { mayClose, type ShowMessageBox } from './unsavedChanges';

/** The part of a BrowserWindow a document window uses; injected so the logic runs without Electron. */
export interface DocumentWindow {
  readonly id: number;
  setTitle(title: string): void;
  /** macOS: the dot in the close button and the file's icon in the title bar. */
  setDocumentEdited?(edited: boolean): void;
  setRepresentedFilename?(file: string): void;
  focus(): void;
  load(document: DocumentLoad): void;
}

export interface DocumentWindowsDeps {
  showOpenDialog(options: {
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox: ShowMessageBox;
  stat(path: string): Promise<{ mtimeMs: number; size: number; isFile: boolean }>;
  /** The file's bytes, or null when it holds more than `maxBytes`. */
  readBytes(path: string, maxBytes: number): Promise<Uint8Array | null>;
  readFile(path: string): Promise<Uint8Array>;
  /** Replaces the file whole or not at all (electron/atomicWrite.ts). */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  baseName(path: string): string;
  recent: RecentDocuments;
  /** A new window for a document (one window per document). */
  createWindow(): DocumentWindow;
  /**
   * Asks the window's renderer to save its file (from the close prompt, even while another map is shown); false
   * when it did not (Save As cancelled, a failure).
   */
  requestSave(window: DocumentWindow): Promise<boolean>;
}

interface Entry {
  window: DocumentWindow;
  path: string | null;
  name: string;
  dirty: boolean;
  stamp: FileStamp | null;
  /** Where the next write goes: chosen in main's own dialog, never named by the renderer. */
  target: string | null;
  checking: boolean;
  /** The page shows the file's map (not another map of the workspace it switched to). */
  showsFile: boolean;
  /** While another map is shown: the file's map has changes not written to the file. */
  fileUnsaved: boolean;
}

/** Whether closing the window would leave changes unwritten to its file (or to the untitled map shown). */
const unsaved = (entry: Entry) => (entry.showsFile ? entry.dirty : entry.fileUnsaved);

const openFilters = [
  { name: 'Process maps', extensions: ['flow.json', 'bpmn'] },
  { name: 'Flowwright maps', extensions: ['flow.json'] },
  { name: 'BPMN diagrams', extensions: ['bpmn'] },
];
const saveFilters = [
  { name: 'Flowwright map', extensions: ['flow.json'] },
  { name: 'BPMN 2.0 diagram (keeps less: no simulation settings or scenarios)', extensions: ['bpmn'] },
];

/** Which window shows which file, and everything that happens to documents: open, save, revert, close, focus. */
export function documentWindows(deps: DocumentWindowsDeps) {
  const entries = new Map<number, Entry>();

  function entryOf(window: DocumentWindow): Entry {
    let entry = entries.get(window.id);
    if (!entry) {
      entry = {
        window,
        path: null,
        name: 'Untitled',
        dirty: false,
        stamp: null,
        target: null,
        checking: false,
        showsFile: true,
        fileUnsaved: false,
      };
      entries.set(window.id, entry);
    }
    return entry;
  }
  /** The title names the map shown: the window's file, or the workspace map the page switched to. */
  function showTitle(entry: Entry): void {
    const file = entry.showsFile ? entry.path : null;
    entry.window.setTitle(windowTitle(file ? deps.baseName(file) : entry.name, entry.dirty));
    entry.window.setDocumentEdited?.(entry.dirty);
    // An empty name takes the file's icon off the title bar (macOS).
    if (entry.path) entry.window.setRepresentedFilename?.(file ?? '');
  }
  async function read(path: string): Promise<{ bytes: Uint8Array; stamp: FileStamp }> {
    const info = await deps.stat(path);
    if (!info.isFile) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    const bytes = await deps.readBytes(path, maxMapFileBytes);
    if (!bytes) throw new Error(`it is larger than ${Math.round(maxMapFileBytes / 1e6)} MB`);
    return { bytes, stamp: stampOf(bytes, info) };
  }
  function loadInto(entry: Entry, path: string, bytes: Uint8Array, reason: DocumentLoad['reason']): void {
    entry.path = path;
    entry.target = null;
    entry.dirty = false;
    entry.showsFile = true;
    const name = deps.baseName(path);
    entry.window.load({ path, name, kind: documentKindOf(name) ?? 'flow', bytes, reason });
    showTitle(entry);
  }
  /** A window showing nothing yet (a fresh start) is reused rather than left empty beside the document. */
  function isBlank(entry: Entry): boolean {
    return entry.path === null && !entry.dirty;
  }

  return {
    /** Registers a window (a new, untitled map) so its title and close prompt are managed. */
    track(window: DocumentWindow): void {
      showTitle(entryOf(window));
    },
    forget(window: DocumentWindow): void {
      entries.delete(window.id);
    },
    /** Opens `path`: focuses the window already showing it, else loads it into `into` when blank, else a new one. */
    async openPath(path: string, into?: DocumentWindow): Promise<DocumentResult> {
      const showing = [...entries.values()].find((e) => e.path === path);
      if (showing) {
        showing.window.focus();
        return { status: 'done' };
      }
      let loaded: { bytes: Uint8Array; stamp: FileStamp };
      try {
        loaded = await read(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') await deps.recent.remove(path);
        return { status: 'failed', message: readFailedMessage(deps.baseName(path), error) };
      }
      const entry = into && isBlank(entryOf(into)) ? entryOf(into) : entryOf(deps.createWindow());
      entry.stamp = loaded.stamp;
      loadInto(entry, path, loaded.bytes, 'open');
      await deps.recent.add(path);
      return { status: 'done' };
    },
    /** File › Open. */
    async showOpen(from?: DocumentWindow): Promise<DocumentResult> {
      const result = await deps.showOpenDialog({ filters: openFilters });
      const file = result.filePaths[0];
      if (result.canceled || !file) return { status: 'cancelled' };
      return this.openPath(file, from);
    },
    /** Where Save writes: the window's file, or (Save As, or never saved) a file chosen in the dialog. */
    async chooseTarget(window: DocumentWindow, suggestedName: string, saveAs: boolean): Promise<ChooseTargetResponse> {
      const entry = entryOf(window);
      if (!saveAs && entry.path) {
        entry.target = entry.path;
      } else {
        const current = entry.path ? deps.baseName(entry.path) : `${suggestedName}.flow.json`;
        const result = await deps.showSaveDialog({ defaultPath: suggestedFileName(current), filters: saveFilters });
        if (result.canceled || !result.filePath) return { status: 'cancelled' };
        entry.target = result.filePath;
      }
      const name = deps.baseName(entry.target);
      return { status: 'chosen', name, kind: documentKindOf(name) ?? 'flow', path: entry.target };
    },
    /** Writes the renderer's text to the target chosen last; the window then shows that file, saved. */
    async write(window: DocumentWindow, text: string): Promise<DocumentResult> {
      const entry = entryOf(window);
      const target = entry.target;
      if (!target) return { status: 'failed', message: 'There is no file to save to: choose Save As.' };
      const bytes = new TextEncoder().encode(text);
      try {
        await deps.writeFile(target, bytes);
        entry.stamp = stampOf(bytes, await deps.stat(target));
      } catch (error) {
        return { status: 'failed', message: saveFailedMessage(deps.baseName(target), error) };
      }
      entry.path = target;
      entry.target = null;
      entry.dirty = false;
      entry.showsFile = true;
      showTitle(entry);
      await deps.recent.add(target);
      return { status: 'done' };
    },
    /**
     * The renderer's word on the map it shows: its name (for a map without a file), whether it has unsaved changes,
     * and whether it is the window's file at all.
     */
    setState(window: DocumentWindow, name: string, dirty: boolean, showsFile = true, fileUnsaved = false): void {
      const entry = entryOf(window);
      entry.name = name;
      entry.dirty = dirty;
      entry.showsFile = showsFile;
      entry.fileUnsaved = !showsFile && fileUnsaved;
      showTitle(entry);
    },
    /** File › Revert: back to the file as saved, after asking when that throws changes away. */
    async revert(window: DocumentWindow): Promise<DocumentResult> {
      const entry = entryOf(window);
      if (!entry.path) return { status: 'failed', message: 'This map has not been saved to a file yet.' };
      if (entry.dirty) {
        const { response } = await deps.showMessageBox({
          type: 'warning',
          buttons: ['Revert', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
          message: `Revert “${deps.baseName(entry.path)}” to the version on disk?`,
          detail: 'The changes you have not saved will be lost.',
        });
        if (response !== 0) return { status: 'cancelled' };
      }
      try {
        const loaded = await read(entry.path);
        entry.stamp = loaded.stamp;
        loadInto(entry, entry.path, loaded.bytes, 'revert');
        return { status: 'done' };
      } catch (error) {
        return { status: 'failed', message: readFailedMessage(deps.baseName(entry.path), error) };
      }
    },
    /** The window came to the front: was its file changed by another program meanwhile? */
    async checkOnFocus(window: DocumentWindow): Promise<void> {
      const entry = entries.get(window.id);
      if (!entry?.path || !entry.stamp || entry.checking) return;
      entry.checking = true;
      try {
        const path = entry.path;
        const disk = await checkDisk(path, entry.stamp, deps);
        if (disk.state === 'missing') {
          entry.stamp = null; // asked once; Save writes it back
          await tellFileMissing(deps.showMessageBox, deps.baseName(path));
        } else if (disk.state === 'unchanged') {
          entry.stamp = disk.stamp;
        } else {
          // Asked once per change: either way the new content is what the app has now seen.
          entry.stamp = disk.stamp;
          const choice = await askAboutDiskChange(deps.showMessageBox, deps.baseName(path), entry.dirty);
          if (choice === 'reload') loadInto(entry, path, disk.bytes, 'reload');
        }
      } finally {
        entry.checking = false;
      }
    },
    /** Whether the window may close: asks Save / Don't save / Cancel when its map has unsaved changes. */
    async mayClose(window: DocumentWindow): Promise<boolean> {
      const entry = entries.get(window.id);
      if (!entry) return true;
      const name = entry.path ? deps.baseName(entry.path) : entry.name;
      return mayClose({ name, dirty: unsaved(entry), save: () => deps.requestSave(window) }, deps.showMessageBox);
    },
    /** The file a window shows, if it has one (kept for the next start). */
    pathOf(window: DocumentWindow): string | null {
      return entries.get(window.id)?.path ?? null;
    },
    /** Whether this window has unsaved changes (closing it then asks first). */
    isDirty(window: DocumentWindow): boolean {
      const entry = entries.get(window.id);
      return entry ? unsaved(entry) : false;
    },
    /** Whether any window has unsaved changes (quitting then asks first). */
    hasUnsaved(): boolean {
      return [...entries.values()].some(unsaved);
    },
    /** Quitting: each window with unsaved changes comes to the front and asks in turn; one Cancel stops the quit. */
    async mayQuit(): Promise<boolean> {
      for (const entry of [...entries.values()].filter(unsaved)) {
        entry.window.focus();
        if (!(await this.mayClose(entry.window))) return false;
      }
      return true;
    },
  };
}

export type DocumentWindows = ReturnType<typeof documentWindows>;
