import {
  chooseTargetRequestSchema,
  documentChannels,
  documentStateSchema,
  saveDoneSchema,
  writeDocumentRequestSchema,
  type DocumentLoad,
  type SaveRequest,
} from '../shared/ipc/documents';
import type { DocumentWindow, DocumentWindows } from './documentWindows';

/** The part of a BrowserWindow and its page that a document window needs (Electron's fit). */
export interface ShellWindow {
  readonly id: number;
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
  setRepresentedFilename(file: string): void;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  send(channel: string, payload: unknown): void;
}

/**
 * A window as the document logic sees it. Loads wait until the page says it listens (`ready`), since a file passed
 * at start arrives long before React has mounted; saves the main process asks for wait for the page's answer.
 */
export function windowDocument(shell: ShellWindow, isMac: boolean) {
  let listening = false;
  const pending: DocumentLoad[] = [];
  const saves = new Map<number, (saved: boolean) => void>();
  let nextSave = 0;

  const window: DocumentWindow = {
    id: shell.id,
    setTitle: (title) => shell.setTitle(title),
    // Only macOS shows these; elsewhere the title's dot says it.
    setDocumentEdited: isMac ? (edited) => shell.setDocumentEdited(edited) : undefined,
    setRepresentedFilename: isMac ? (file) => shell.setRepresentedFilename(file) : undefined,
    focus() {
      if (shell.isMinimized()) shell.restore();
      shell.focus();
    },
    load(document) {
      if (listening) shell.send(documentChannels.load, document);
      else pending.push(document);
    },
  };

  return {
    window,
    /** Whether the page handles documents (it called `ready`); until then no document menu items are shown. */
    get listening() {
      return listening;
    },
    ready(): void {
      listening = true;
      pending.splice(0).forEach((document) => shell.send(documentChannels.load, document));
    },
    /**
     * Asks the page to save (Save As when `saveAs`; the window's file when `closing`); resolves with its answer,
     * false if the window goes away.
     */
    requestSave(saveAs: boolean, closing = false): Promise<boolean> {
      if (!listening) return Promise.resolve(false);
      const id = nextSave++;
      return new Promise<boolean>((resolve) => {
        saves.set(id, resolve);
        shell.send(documentChannels.saveRequest, { id, saveAs, closing } satisfies SaveRequest);
      });
    },
    saveDone(raw: unknown): void {
      const { id, saved } = saveDoneSchema.parse(raw);
      saves.get(id)?.(saved);
      saves.delete(id);
    },
    /** The window closed: pending save requests answer "not saved". */
    dispose(): void {
      for (const resolve of saves.values()) resolve(false);
      saves.clear();
    },
  };
}

export type WindowDocument = ReturnType<typeof windowDocument>;

/** The bridge's document handlers, each resolving the window that asked from the sender. */
export function documentHandlers<Contents>(
  documents: DocumentWindows,
  windowOf: (sender: Contents) => WindowDocument | undefined,
): Record<string, (request: unknown, sender: Contents) => Promise<unknown>> {
  const find = (sender: Contents) => {
    const found = windowOf(sender);
    if (!found) throw new Error('the window of this request is gone');
    return found;
  };
  return {
    [documentChannels.open]: async (_raw, sender) => documents.showOpen(find(sender).window),
    [documentChannels.chooseTarget]: async (raw, sender) => {
      const request = chooseTargetRequestSchema.parse(raw);
      return documents.chooseTarget(find(sender).window, request.suggestedName, request.saveAs);
    },
    [documentChannels.write]: async (raw, sender) =>
      documents.write(find(sender).window, writeDocumentRequestSchema.parse(raw).text),
    [documentChannels.state]: async (raw, sender) => {
      const state = documentStateSchema.parse(raw);
      documents.setState(
        find(sender).window,
        state.name,
        state.dirty,
        state.showsFile ?? true,
        state.fileUnsaved ?? false,
      );
    },
    [documentChannels.revert]: async (_raw, sender) => documents.revert(find(sender).window),
    [documentChannels.ready]: async (_raw, sender) => find(sender).ready(),
    [documentChannels.saveDone]: async (raw, sender) => find(sender).saveDone(raw),
  };
}
