import {
  openFileRequestSchema,
  openFileResponseSchema,
  saveBytesRequestSchema,
  saveFileRequestSchema,
  saveFileResponseSchema,
  type FlowwrightBridge,
} from '../../shared/ipc/contract';
import type { OpenedFile, OpenFileOptions, Platform } from './platform';
import { openedFile, tooLargeError } from './fileText';

/** The desktop platform: native dialogs and file access through the preload bridge. */
export function createElectronPlatform(bridge: FlowwrightBridge): Platform {
  return {
    kind: 'electron',
    async openFile(options: OpenFileOptions): Promise<OpenedFile | null> {
      const response = openFileResponseSchema.parse(await bridge.openFile(openFileRequestSchema.parse(options)));
      if (response.status === 'cancelled') return null;
      if (response.status === 'tooLarge') throw tooLargeError(response.name, response.bytes, options.maxBytes);
      return openedFile(response.name, response.bytes);
    },
    async saveFile(name: string, text: string): Promise<boolean> {
      const response = saveFileResponseSchema.parse(await bridge.saveFile(saveFileRequestSchema.parse({ name, text })));
      return response.status === 'saved';
    },
    async saveBytes(name: string, bytes: Uint8Array): Promise<boolean> {
      const request = saveBytesRequestSchema.parse({ name, bytes });
      const response = saveFileResponseSchema.parse(await bridge.saveBytes(request));
      return response.status === 'saved';
    },
    onMenuAction: (listener) => bridge.onMenuAction(listener),
  };
}
