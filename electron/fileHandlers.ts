import {
  openFileRequestSchema,
  saveBytesRequestSchema,
  saveFileRequestSchema,
  type OpenFileResponse,
  type SaveFileResponse,
} from '../shared/ipc/contract';

/** What the file handlers need from Electron and Node, injected so they can be tested without either. */
export interface FileHandlerDeps {
  showOpenDialog(options: {
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { defaultPath: string }): Promise<{ canceled: boolean; filePath?: string }>;
  fileSize(path: string): Promise<number>;
  readBytes(path: string): Promise<Uint8Array>;
  writeText(path: string, text: string): Promise<void>;
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
  baseName(path: string): string;
}

/** The main-process side of the bridge: validates what the renderer sends, then shows dialogs and touches files. */
export function fileHandlers(deps: FileHandlerDeps) {
  return {
    async openFile(raw: unknown): Promise<OpenFileResponse> {
      const request = openFileRequestSchema.parse(raw);
      const extensions = request.accept.map((a) => a.replace(/^\./, ''));
      const result = await deps.showOpenDialog({ filters: [{ name: extensions.join(', '), extensions }] });
      const file = result.filePaths[0];
      if (result.canceled || !file) return { status: 'cancelled' };
      const bytes = await deps.fileSize(file);
      if (bytes > request.maxBytes) return { status: 'tooLarge', name: deps.baseName(file), bytes };
      return { status: 'opened', name: deps.baseName(file), bytes: await deps.readBytes(file) };
    },
    async saveFile(raw: unknown): Promise<SaveFileResponse> {
      const request = saveFileRequestSchema.parse(raw);
      const result = await deps.showSaveDialog({ defaultPath: request.name });
      if (result.canceled || !result.filePath) return { status: 'cancelled' };
      await deps.writeText(result.filePath, request.text);
      return { status: 'saved', path: result.filePath };
    },
    async saveBytes(raw: unknown): Promise<SaveFileResponse> {
      const request = saveBytesRequestSchema.parse(raw);
      const result = await deps.showSaveDialog({ defaultPath: request.name });
      if (result.canceled || !result.filePath) return { status: 'cancelled' };
      await deps.writeBytes(result.filePath, request.bytes);
      return { status: 'saved', path: result.filePath };
    },
  };
}
