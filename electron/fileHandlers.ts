import {
  openFileRequestSchema,
  saveBytesRequestSchema,
  saveFileRequestSchema,
  type OpenFileResponse,
  type SaveFileResponse,
} from '../shared/ipc/contract';
import { maxOpenBytes } from '../shared/ipc/openLimits';
import { readFailedMessage, saveFailedMessage } from './fileErrors';
import { suggestedFileName } from './suggestedName';

/** What the file handlers need from Electron and Node, injected so they can be tested without either. */
export interface FileHandlerDeps {
  showOpenDialog(options: {
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { defaultPath: string }): Promise<{ canceled: boolean; filePath?: string }>;
  fileInfo(path: string): Promise<{ size: number; isFile: boolean }>;
  /** The file's bytes, or null when it holds more than `maxBytes` (read no further). */
  readBytes(path: string, maxBytes: number): Promise<Uint8Array | null>;
  /** Replaces the file whole or not at all (electron/atomicWrite.ts). */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  baseName(path: string): string;
}

/** The main-process side of the bridge: validates what the renderer sends, then shows dialogs and touches files. */
export function fileHandlers(deps: FileHandlerDeps) {
  async function save(name: string, data: string | Uint8Array): Promise<SaveFileResponse> {
    const result = await deps.showSaveDialog({ defaultPath: suggestedFileName(name) });
    if (result.canceled || !result.filePath) return { status: 'cancelled' };
    try {
      await deps.writeFile(result.filePath, data);
    } catch (error) {
      return { status: 'failed', message: saveFailedMessage(deps.baseName(result.filePath), error) };
    }
    return { status: 'saved', path: result.filePath };
  }

  return {
    async openFile(raw: unknown): Promise<OpenFileResponse> {
      const request = openFileRequestSchema.parse(raw);
      const extensions = request.accept.map((a) => a.replace(/^\./, ''));
      const result = await deps.showOpenDialog({ filters: [{ name: extensions.join(', '), extensions }] });
      const file = result.filePaths[0];
      if (result.canceled || !file) return { status: 'cancelled' };
      const name = deps.baseName(file);
      // Main's limit for this kind of file; the renderer may ask for less, never for more.
      const maxBytes = Math.min(maxOpenBytes(name), request.maxBytes ?? Infinity);
      try {
        const info = await deps.fileInfo(file);
        if (!info.isFile) return { status: 'failed', message: `"${name}" could not be opened: it is not a file.` };
        if (info.size > maxBytes) return { status: 'tooLarge', name, bytes: info.size, maxBytes };
        const bytes = await deps.readBytes(file, maxBytes);
        // The file grew after it was measured: refuse it as too large all the same.
        if (!bytes) return { status: 'tooLarge', name, bytes: Math.max(info.size, maxBytes + 1), maxBytes };
        return { status: 'opened', name, bytes };
      } catch (error) {
        return { status: 'failed', message: readFailedMessage(name, error) };
      }
    },
    async saveFile(raw: unknown): Promise<SaveFileResponse> {
      const request = saveFileRequestSchema.parse(raw);
      return save(request.name, request.text);
    },
    async saveBytes(raw: unknown): Promise<SaveFileResponse> {
      const request = saveBytesRequestSchema.parse(raw);
      return save(request.name, request.bytes);
    },
  };
}

export type FileHandlers = ReturnType<typeof fileHandlers>;
