import { documentKindOf, windowTitle, type DocumentKind } from '../../shared/ipc/documents';
import { maxMapFileBytes } from '../../shared/ipc/openLimits';
import { FlowwrightError } from '../../shared/model/errors';
import type { DocumentFiles, LoadedDocument } from './documentFiles';
import { tooLargeError } from './fileText';

/** The few File System Access API calls used (Chromium's `showOpenFilePicker` and friends). */
interface FileHandle {
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
type PickerTypes = { description: string; accept: Record<string, string[]> }[];
export interface FileSystemAccessWindow {
  showOpenFilePicker(options: { types: PickerTypes; multiple: false }): Promise<FileHandle[]>;
  showSaveFilePicker(options: { suggestedName: string; types: PickerTypes }): Promise<FileHandle>;
}

const mapType = { description: 'Flowwright map', accept: { 'application/json': ['.flow.json'] } };
const bpmnType = { description: 'BPMN 2.0 diagram', accept: { 'application/xml': ['.bpmn'] } };

function isAbort(error: unknown): boolean {
  return (error as Error | null)?.name === 'AbortError';
}

/** True where the browser offers the File System Access API (Chromium), so Save can write back to the file. */
export function hasFileSystemAccess(host: object): host is FileSystemAccessWindow {
  return 'showOpenFilePicker' in host && 'showSaveFilePicker' in host;
}

/** Documents in Chromium: the file picked stays writable, so Save writes back to it as the desktop app does. */
export function browserDocumentFiles(host: FileSystemAccessWindow, doc: Document): DocumentFiles {
  let handle: FileHandle | null = null;
  const listeners = new Set<(document: LoadedDocument) => void>();

  async function load(from: FileHandle, reason: LoadedDocument['reason']): Promise<void> {
    const kind = documentKindOf(from.name);
    if (!kind) throw new FlowwrightError('FW_FILE_UNREADABLE', `"${from.name}" is not a .flow.json or .bpmn file.`);
    const file = await from.getFile();
    if (file.size > maxMapFileBytes) throw tooLargeError(from.name, file.size, maxMapFileBytes);
    const bytes = new Uint8Array(await file.arrayBuffer());
    handle = from;
    const document = { name: from.name, kind, bytes, text: new TextDecoder().decode(bytes), reason };
    listeners.forEach((listener) => listener(document));
  }

  return {
    async open() {
      let picked: FileHandle[];
      try {
        picked = await host.showOpenFilePicker({ types: [mapType, bpmnType], multiple: false });
      } catch (error) {
        if (isAbort(error)) return;
        throw error;
      }
      if (picked[0]) await load(picked[0], 'open');
    },
    onLoad(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async save({ name, saveAs, textFor }) {
      let target = saveAs ? null : handle;
      if (!target) {
        const suggestedName = handle?.name ?? `${name}.flow.json`;
        try {
          target = await host.showSaveFilePicker({ suggestedName, types: [mapType, bpmnType] });
        } catch (error) {
          if (isAbort(error)) return false;
          throw error;
        }
      }
      const kind: DocumentKind = documentKindOf(target.name) ?? 'flow';
      const text = await textFor(kind, target.name);
      if (text === null) return false;
      try {
        // The browser writes to a temporary file and swaps it in on close: the old file stays whole on failure.
        const writable = await target.createWritable();
        await writable.write(text);
        await writable.close();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new FlowwrightError('FW_FILE_UNWRITABLE', `"${target.name}" was not saved: ${reason}.`);
      }
      handle = target;
      return true;
    },
    // The caller names the file when the map shown has one: after switching maps the handle may be another map's.
    setState(name, dirty) {
      doc.title = windowTitle(name, dirty);
    },
    async revert() {
      if (handle) await load(handle, 'revert');
    },
    // A browser tab has no File menu of its own and closes through the browser's own prompt.
    onSaveRequest: () => () => {},
    ready: () => {},
  };
}
