import { z } from 'zod';

/**
 * The document half of the bridge (one window per document, docs/decisions.md): the main process owns which file
 * a window shows and chooses every path in its own dialogs; the renderer owns the map, says when it is dirty, and
 * hands over the text to write. The renderer never names a path to read or write.
 */

/** IPC channels of the document bridge. */
export const documentChannels = {
  /** Renderer → main: show File › Open; the file arrives through `load`. */
  open: 'flowwright:document-open',
  /** Renderer → main: where the next write goes (the window's file, or a Save As dialog). */
  chooseTarget: 'flowwright:document-choose-target',
  /** Renderer → main: write the text to the chosen target atomically. */
  write: 'flowwright:document-write',
  /** Renderer → main: the map's name and whether it has unsaved changes (title, close prompt). */
  state: 'flowwright:document-state',
  /** Renderer → main: File › Revert. */
  revert: 'flowwright:document-revert',
  /** Main → renderer: show this file's content (opened, reverted or reloaded after a change on disk). */
  load: 'flowwright:document-load',
  /** Renderer → main: the page listens for `load` and `saveRequest` now; documents waiting are sent. */
  ready: 'flowwright:document-ready',
  /** Main → renderer: save now (File › Save, or Save when closing); answered on `saveDone`. */
  saveRequest: 'flowwright:document-save-request',
  saveDone: 'flowwright:document-save-done',
} as const;

/** How a document is stored: Flowwright's own format, or BPMN 2.0 through the importer and exporter. */
export const documentKindSchema = z.enum(['flow', 'bpmn']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** The kind of a file by its name; anything else is not a document. */
export function documentKindOf(fileName: string): DocumentKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.flow.json')) return 'flow';
  if (lower.endsWith('.bpmn')) return 'bpmn';
  return null;
}

/** The window title: the file's name, a dot while changes are unsaved, then the app (desktop and browser alike). */
export function windowTitle(name: string, dirty: boolean): string {
  return `${dirty ? '● ' : ''}${name || 'Untitled'} — Flowwright`;
}

const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected the bytes of a file');

export const documentLoadSchema = z.object({
  path: z.string().min(1),
  name: z.string().min(1),
  kind: documentKindSchema,
  bytes: bytesSchema,
  reason: z.enum(['open', 'revert', 'reload']),
});
export type DocumentLoad = z.infer<typeof documentLoadSchema>;

export const documentResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done') }),
  z.object({ status: z.literal('cancelled') }),
  /** FW_FILE_UNREADABLE or FW_FILE_UNWRITABLE; the message is for people. */
  z.object({ status: z.literal('failed'), message: z.string().max(2000) }),
]);
export type DocumentResult = z.infer<typeof documentResultSchema>;

export const chooseTargetRequestSchema = z.object({
  /** The map's name, proposed as the file name when the document has no file yet. */
  suggestedName: z.string().min(1).max(255),
  /** Save As: always ask, even when the window has a file. */
  saveAs: z.boolean(),
});
export type ChooseTargetRequest = z.infer<typeof chooseTargetRequestSchema>;

export const chooseTargetResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('chosen'),
    name: z.string(),
    kind: documentKindSchema,
    /** Where the file will be written, so that the page can show it (the page never names a path back). */
    path: z.string().min(1).optional(),
  }),
]);
export type ChooseTargetResponse = z.infer<typeof chooseTargetResponseSchema>;

export const writeDocumentRequestSchema = z.object({ text: z.string() });

export const documentStateSchema = z.object({
  name: z.string().max(255),
  dirty: z.boolean(),
  /**
   * Whether the map shown is the window's file. False after switching to another map of the workspace: the title
   * then names that map rather than the file. Absent means true.
   */
  showsFile: z.boolean().optional(),
  /**
   * While another map is shown: whether the window's file has changes not written to it (they are kept in the
   * workspace). Closing or quitting then asks about the file. Absent means false.
   */
  fileUnsaved: z.boolean().optional(),
});
export type DocumentState = z.infer<typeof documentStateSchema>;

export const saveRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  saveAs: z.boolean(),
  /** Save from the prompt of a closing window: the window's file is written, whatever map is shown. */
  closing: z.boolean().optional(),
});
export type SaveRequest = z.infer<typeof saveRequestSchema>;
export const saveDoneSchema = z.object({ id: z.number().int().nonnegative(), saved: z.boolean() });

/** What the preload script exposes as `window.flowwright.documents`. */
export interface DocumentBridge {
  /** File › Open: main shows the dialog; the file arrives through `onLoad`. */
  open(): Promise<DocumentResult>;
  chooseTarget(request: ChooseTargetRequest): Promise<ChooseTargetResponse>;
  write(request: { text: string }): Promise<DocumentResult>;
  setState(state: DocumentState): Promise<void>;
  revert(): Promise<DocumentResult>;
  onLoad(listener: (document: DocumentLoad) => void): () => void;
  /** Listens for `load` and `saveRequest` from now on; call once both listeners are in place. */
  ready(): Promise<void>;
  /** Main asks for a save (File › Save, closing with unsaved changes); answer `saveDone` with the same id. */
  onSaveRequest(listener: (request: SaveRequest) => void): () => void;
  saveDone(answer: { id: number; saved: boolean }): Promise<void>;
}
