import { z } from 'zod';
import type { DocumentBridge } from './documents';

/**
 * The typed contract between the renderer and the Electron main process. The preload script exposes
 * `window.flowwright` with exactly these methods; both sides validate what crosses with the schemas below,
 * because the bridge is a trust boundary.
 */

/** IPC channel names, one per bridge method. */
export const ipcChannels = {
  openFile: 'flowwright:open-file',
  saveFile: 'flowwright:save-file',
  saveBytes: 'flowwright:save-bytes',
  /** Main → renderer: run the named action (a menu item was chosen). */
  menuAction: 'flowwright:menu-action',
} as const;

/** Raw file contents; any Uint8Array (a Node Buffer too) crosses the bridge as one. */
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected the bytes of a file');

/** A menu action sent to the renderer: only names from the menu are accepted. */
export const menuActionSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-zA-Z]+$/);

/** Ask the main process to show an open dialog and read the chosen file. */
export const openFileRequestSchema = z.object({
  /** File name endings the dialog offers, e.g. `.flow.json`. */
  accept: z
    .array(z.string().regex(/^\.[A-Za-z0-9][A-Za-z0-9.]{0,15}$/))
    .min(1)
    .max(20),
  /**
   * Larger files are refused without being read. The main process has its own limit per kind of file
   * (shared/ipc/openLimits.ts): this can only lower it.
   */
  maxBytes: z.number().int().positive().optional(),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export const openFileResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  // Bytes, not text: a BPMN file's encoding is read from its byte-order mark or XML declaration.
  z.object({ status: z.literal('opened'), name: z.string(), bytes: bytesSchema }),
  z.object({
    status: z.literal('tooLarge'),
    name: z.string(),
    bytes: z.number().int().nonnegative(),
    /** The limit that applied, as the main process decided it. */
    maxBytes: z.number().int().positive(),
  }),
  /** The file could not be read (FW_FILE_UNREADABLE); `message` says which and why, for people. */
  z.object({ status: z.literal('failed'), message: z.string().max(2000) }),
]);
export type OpenFileResponse = z.infer<typeof openFileResponseSchema>;

/**
 * Ask the main process to show a save dialog and write `text` as UTF-8. The dialog proposes `name` reduced to a
 * base name (no folders); the file is replaced atomically.
 */
export const saveFileRequestSchema = z.object({
  name: z.string().min(1).max(255),
  text: z.string(),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('saved'), path: z.string() }),
  /** Not written (FW_FILE_UNWRITABLE); a file already at that place is left as it was. */
  z.object({ status: z.literal('failed'), message: z.string().max(2000) }),
]);
export type SaveFileResponse = z.infer<typeof saveFileResponseSchema>;

/** The largest binary file (a PNG picture of a big map) the renderer may ask to save. */
export const maxSaveBytes = 200_000_000;

/** Ask the main process to show a save dialog (proposing `name`) and write `bytes` as they are. */
export const saveBytesRequestSchema = z.object({
  name: z.string().min(1).max(255),
  bytes: bytesSchema.refine((b) => b.byteLength <= maxSaveBytes, 'the file is too large to save'),
});
export type SaveBytesRequest = z.infer<typeof saveBytesRequestSchema>;

/** What the preload script exposes as `window.flowwright`. */
export interface FlowwrightBridge {
  openFile(request: OpenFileRequest): Promise<OpenFileResponse>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  saveBytes(request: SaveBytesRequest): Promise<SaveFileResponse>;
  /** Calls `listener` with the action name of each menu item chosen; returns the unsubscribe function. */
  onMenuAction(listener: (action: string) => void): () => void;
  /** Documents on disk (shared/ipc/documents.ts); optional, so a bridge without files still fits. */
  documents?: DocumentBridge;
}
