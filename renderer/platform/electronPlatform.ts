import {
  openFileRequestSchema,
  openFileResponseSchema,
  saveFileRequestSchema,
  saveFileResponseSchema,
  type FlowwrightBridge,
} from '../../shared/ipc/contract';
import type { OpenedFile, OpenFileOptions, Platform } from './platform';
import { tooLargeError } from './fileText';

/** The desktop platform: native dialogs and file access through the preload bridge. */
export function createElectronPlatform(bridge: FlowwrightBridge): Platform {
  return {
    kind: 'electron',
    async openFile(options: OpenFileOptions): Promise<OpenedFile | null> {
      const response = openFileResponseSchema.parse(await bridge.openFile(openFileRequestSchema.parse(options)));
      if (response.status === 'cancelled') return null;
      if (response.status === 'tooLarge') throw tooLargeError(response.name, response.bytes, options.maxBytes);
      return { name: response.name, text: response.text };
    },
    async saveFile(name: string, text: string): Promise<boolean> {
      const response = saveFileResponseSchema.parse(await bridge.saveFile(saveFileRequestSchema.parse({ name, text })));
      return response.status === 'saved';
    },
    onMenuAction: (listener) => bridge.onMenuAction(listener),
  };
}
