import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, menuActionSchema, type FlowwrightBridge } from '../shared/ipc/contract';

// The only door between the sandboxed renderer and the main process: a few typed calls, no raw ipcRenderer.
const bridge: FlowwrightBridge = {
  openFile: (request) => ipcRenderer.invoke(ipcChannels.openFile, request),
  saveFile: (request) => ipcRenderer.invoke(ipcChannels.saveFile, request),
  saveBytes: (request) => ipcRenderer.invoke(ipcChannels.saveBytes, request),
  onMenuAction: (listener) => {
    const relay = (_event: unknown, action: unknown) => {
      const parsed = menuActionSchema.safeParse(action);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(ipcChannels.menuAction, relay);
    return () => ipcRenderer.off(ipcChannels.menuAction, relay);
  },
};

contextBridge.exposeInMainWorld('flowwright', bridge);
