import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, menuActionSchema, type FlowwrightBridge } from '../shared/ipc/contract';
import { documentChannels, documentLoadSchema, saveRequestSchema, type DocumentBridge } from '../shared/ipc/documents';

/** Subscribes to a main → renderer channel, passing on only messages that fit the schema's parse. */
function subscribe<T>(channel: string, parse: (value: unknown) => T | null, listener: (value: T) => void) {
  const relay = (_event: unknown, value: unknown) => {
    const parsed = parse(value);
    if (parsed !== null) listener(parsed);
  };
  ipcRenderer.on(channel, relay);
  return () => void ipcRenderer.off(channel, relay);
}

const documents: DocumentBridge = {
  open: () => ipcRenderer.invoke(documentChannels.open),
  chooseTarget: (request) => ipcRenderer.invoke(documentChannels.chooseTarget, request),
  write: (request) => ipcRenderer.invoke(documentChannels.write, request),
  setState: (state) => ipcRenderer.invoke(documentChannels.state, state),
  revert: () => ipcRenderer.invoke(documentChannels.revert),
  onLoad: (listener) => subscribe(documentChannels.load, (v) => documentLoadSchema.safeParse(v).data ?? null, listener),
  onSaveRequest: (listener) =>
    subscribe(documentChannels.saveRequest, (v) => saveRequestSchema.safeParse(v).data ?? null, listener),
  ready: () => ipcRenderer.invoke(documentChannels.ready),
  saveDone: (answer) => ipcRenderer.invoke(documentChannels.saveDone, answer),
};

// The only door between the sandboxed renderer and the main process: a few typed calls, no raw ipcRenderer.
const bridge: FlowwrightBridge = {
  openFile: (request) => ipcRenderer.invoke(ipcChannels.openFile, request),
  saveFile: (request) => ipcRenderer.invoke(ipcChannels.saveFile, request),
  saveBytes: (request) => ipcRenderer.invoke(ipcChannels.saveBytes, request),
  onMenuAction: (listener) =>
    subscribe(ipcChannels.menuAction, (v) => menuActionSchema.safeParse(v).data ?? null, listener),
  documents,
};

contextBridge.exposeInMainWorld('flowwright', bridge);
