import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannels, type FlowwrightBridge } from '../shared/ipc/contract';

// The only door between the sandboxed renderer and the main process: a few typed calls, no raw ipcRenderer.
const bridge: FlowwrightBridge = {
  openFile: (request) => ipcRenderer.invoke(ipcChannels.openFile, request),
  saveFile: (request) => ipcRenderer.invoke(ipcChannels.saveFile, request),
};

contextBridge.exposeInMainWorld('flowwright', bridge);
