import {
  chooseTargetResponseSchema,
  documentLoadSchema,
  documentResultSchema,
  type DocumentBridge,
  type DocumentKind,
  type DocumentLoad,
  type DocumentResult,
} from '../../shared/ipc/documents';
import { FlowwrightError } from '../../shared/model/errors';

/** A document's file as the workspace receives it: opened, reverted, or reloaded after a change on disk. */
export interface LoadedDocument {
  name: string;
  kind: DocumentKind;
  text: string;
  bytes: Uint8Array;
  reason: DocumentLoad['reason'];
  /** Where the file lives, on the desktop; a browser does not tell pages. */
  path?: string;
}

export interface SaveDocumentRequest {
  /** The map's name, proposed as the file name when it has no file yet. */
  name: string;
  saveAs: boolean;
  /**
   * The text to write for the chosen kind of file, given its name and, on the desktop, where it will be written
   * (a browser does not tell pages); null when the user backs out (e.g. after being told what BPMN
   * cannot hold, they would rather keep a `.flow.json`).
   */
  textFor(kind: DocumentKind, fileName: string, path?: string): Promise<string | null>;
}

/**
 * Documents on disk: Open, Save (back to the file opened), Save As, Revert, and the unsaved marker in the title.
 * The desktop app does this through the main process; Chromium through the File System Access API.
 */
export interface DocumentFiles {
  /** Shows the open dialog; the file arrives through `onLoad`. */
  open(): Promise<void>;
  onLoad(listener: (document: LoadedDocument) => void): () => void;
  /** True when written; false when the user cancelled. A failed write throws (FW_FILE_UNWRITABLE). */
  save(request: SaveDocumentRequest): Promise<boolean>;
  /**
   * The name of the map shown, whether it has unsaved changes, and whether it is the file the window opened or
   * saved (false for another map of the workspace): the window title and the close prompt follow. With another
   * map shown, `fileUnsaved` says whether the file's own map has changes not written to it.
   */
  setState(name: string, dirty: boolean, showsFile?: boolean, fileUnsaved?: boolean): void;
  revert(): Promise<void>;
  /**
   * The desktop app asks for a save (File › Save, or Save when closing: `closing`, which writes the window's file
   * even while another map is shown); `save` answers whether it saved.
   */
  onSaveRequest(save: (saveAs: boolean, closing: boolean) => Promise<boolean>): () => void;
  /** Call once the listeners are in place: documents waiting (a file double-clicked to start the app) arrive. */
  ready(): void;
}

function loaded(document: DocumentLoad): LoadedDocument {
  const { name, kind, bytes, reason, path } = document;
  return { name, kind, bytes, reason, path, text: new TextDecoder().decode(bytes) };
}

function check(result: DocumentResult, code: 'FW_FILE_UNREADABLE' | 'FW_FILE_UNWRITABLE'): boolean {
  if (result.status === 'failed') throw new FlowwrightError(code, result.message);
  return result.status === 'done';
}

/** The desktop implementation: every path is chosen in the main process's dialogs. */
export function electronDocumentFiles(bridge: DocumentBridge): DocumentFiles {
  return {
    async open() {
      check(documentResultSchema.parse(await bridge.open()), 'FW_FILE_UNREADABLE');
    },
    onLoad: (listener) => bridge.onLoad((document) => listener(loaded(documentLoadSchema.parse(document)))),
    async save({ name, saveAs, textFor }) {
      const target = chooseTargetResponseSchema.parse(await bridge.chooseTarget({ suggestedName: name, saveAs }));
      if (target.status === 'cancelled') return false;
      const text = await textFor(target.kind, target.name, target.path);
      if (text === null) return false;
      return check(documentResultSchema.parse(await bridge.write({ text })), 'FW_FILE_UNWRITABLE');
    },
    setState: (name, dirty, showsFile = true, fileUnsaved = false) =>
      void bridge.setState({ name: name.slice(0, 255), dirty, showsFile, fileUnsaved }),
    async revert() {
      check(documentResultSchema.parse(await bridge.revert()), 'FW_FILE_UNREADABLE');
    },
    onSaveRequest: (save) =>
      bridge.onSaveRequest(({ id, saveAs, closing }) => {
        void save(saveAs, closing === true)
          .catch(() => false)
          .then((saved) => bridge.saveDone({ id, saved }));
      }),
    ready: () => void bridge.ready(),
  };
}
