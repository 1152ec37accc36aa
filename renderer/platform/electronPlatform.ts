import {
  openFileRequestSchema,
  openFileResponseSchema,
  saveBytesRequestSchema,
  saveFileRequestSchema,
  saveFileResponseSchema,
  type FlowwrightBridge,
  type SaveFileResponse,
} from '../../shared/ipc/contract';
import type { OpenedFile, OpenFileOptions, Platform } from './platform';
import { openedFile, tooLargeError } from './fileText';
import { FlowwrightError } from '../../shared/model/errors';
import { electronDocumentFiles } from './documentFiles';

/** True when saved, false when the user cancelled; a failed write throws the main process's message. */
function saved(response: SaveFileResponse): boolean {
  if (response.status === 'failed') throw new FlowwrightError('FW_FILE_UNWRITABLE', response.message);
  return response.status === 'saved';
}

/** The desktop platform: native dialogs and file access through the preload bridge. */
export function createElectronPlatform(bridge: FlowwrightBridge): Platform {
  return {
    kind: 'electron',
    async openFile(options: OpenFileOptions): Promise<OpenedFile | null> {
      const response = openFileResponseSchema.parse(await bridge.openFile(openFileRequestSchema.parse(options)));
      if (response.status === 'cancelled') return null;
      // The main process sets the limit; the message states the one that applied.
      if (response.status === 'tooLarge') throw tooLargeError(response.name, response.bytes, response.maxBytes);
      if (response.status === 'failed') throw new FlowwrightError('FW_FILE_UNREADABLE', response.message);
      return openedFile(response.name, response.bytes);
    },
    async saveFile(name: string, text: string): Promise<boolean> {
      const response = saveFileResponseSchema.parse(await bridge.saveFile(saveFileRequestSchema.parse({ name, text })));
      return saved(response);
    },
    async saveBytes(name: string, bytes: Uint8Array): Promise<boolean> {
      const request = saveBytesRequestSchema.parse({ name, bytes });
      const response = saveFileResponseSchema.parse(await bridge.saveBytes(request));
      return saved(response);
    },
    onMenuAction: (listener) => bridge.onMenuAction(listener),
    documents: bridge.documents ? electronDocumentFiles(bridge.documents) : undefined,
  };
}
