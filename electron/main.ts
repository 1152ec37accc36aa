import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stat, readFile, writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol } from 'electron';
import { ipcChannels } from '../shared/ipc/contract';
import { appOrigin, appScheme, hardenContents, resolveAppFile, secureWindowOptions } from './security';
import { fileHandlers } from './fileHandlers';
import { menuTemplate } from './menu';

// Must run before the app is ready: app:// behaves like https (secure, fetch, CSP applies).
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const root = path.resolve(__dirname, '..', 'dist');

function createWindow(): void {
  const window = new BrowserWindow(
    secureWindowOptions(path.join(__dirname, 'preload.cjs'), path.resolve(__dirname, '..', 'build', 'icon.png')),
  );
  hardenContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
}

app.on('web-contents-created', (_event, contents) => hardenContents(contents));

void app.whenReady().then(() => {
  protocol.handle(appScheme, (request) => {
    const file = resolveAppFile(request.url, root);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
  const handlers = fileHandlers({
    showOpenDialog: (options) => dialog.showOpenDialog({ ...options, properties: ['openFile'] }),
    showSaveDialog: (options) => dialog.showSaveDialog(options),
    fileSize: async (file) => (await stat(file)).size,
    readBytes: (file) => readFile(file),
    writeText: (file, text) => writeFile(file, text, 'utf8'),
    writeBytes: (file, bytes) => writeFile(file, bytes),
    baseName: (file) => path.basename(file),
  });
  ipcMain.handle(ipcChannels.openFile, (_event, request) => handlers.openFile(request));
  ipcMain.handle(ipcChannels.saveFile, (_event, request) => handlers.saveFile(request));
  ipcMain.handle(ipcChannels.saveBytes, (_event, request) => handlers.saveBytes(request));
  const sendAction = (action: string) =>
    BrowserWindow.getFocusedWindow()?.webContents.send(ipcChannels.menuAction, action);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(sendAction, process.platform === 'darwin')));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
