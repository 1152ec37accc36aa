import type { FlowwrightBridge } from '../../shared/ipc/contract';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { DocumentFiles } from './documentFiles';

/** A file the user picked, as text (decoded as UTF-8) and, where the platform read them, as its bytes. */
export interface OpenedFile {
  name: string;
  text: string;
  /** The raw bytes: a BPMN import reads the file's encoding from its byte-order mark or XML declaration. */
  bytes?: Uint8Array;
}

export interface OpenFileOptions {
  /** File name endings to offer, e.g. `.flow.json`. */
  accept: string[];
  /** Larger files are refused (FW_RESTORE_TOO_LARGE) without being read whole. */
  maxBytes: number;
}

/**
 * The one way the renderer reaches the platform (DESIGN.md §6): the Electron preload bridge on the desktop,
 * file inputs and downloads in a plain browser.
 */
export interface Platform {
  readonly kind: 'browser' | 'electron';
  /** Lets the user pick a text file; null when they cancel. */
  openFile(options: OpenFileOptions): Promise<OpenedFile | null>;
  /** Offers `text` as a file called `name`; false when the user cancels. */
  saveFile(name: string, text: string): Promise<boolean>;
  /** Offers binary data (a PNG picture) as a file called `name` of media `type`; false when the user cancels. */
  saveBytes(name: string, bytes: Uint8Array<ArrayBuffer>, type: string): Promise<boolean>;
  /** Calls `listener` with the name of each desktop menu action chosen; returns the unsubscribe function. */
  onMenuAction(listener: (action: string) => void): () => void;
  /**
   * Documents on disk (Open, Save back to the file, Save As, Revert): the desktop app, and Chromium through the
   * File System Access API. Absent in other browsers, which keep import and export.
   */
  documents?: DocumentFiles;
}

declare global {
  interface Window {
    /** The preload bridge; present only inside the desktop app. */
    flowwright?: FlowwrightBridge;
  }
}

/** Picks the implementation for where the renderer runs: the bridge when the preload script exposed it. */
export function createPlatform(host: Window = window): Platform {
  return host.flowwright ? createElectronPlatform(host.flowwright) : createBrowserPlatform(host.document);
}
