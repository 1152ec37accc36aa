import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stat } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, type WebContents } from 'electron';
import { ipcChannels } from '../shared/ipc/contract';
import {
  appOrigin,
  appScheme,
  denyAllPermissions,
  hardenContents,
  resolveAppFile,
  secureWindowOptions,
} from './security';
import { fileHandlers } from './fileHandlers';
import { writeFileAtomic } from './atomicWrite';
import { readAtMost } from './fileRead';
import { handleFromOwnPage } from './ipcGuard';
import { menuTemplate } from './menu';

// Must run before the app is ready: app:// behaves like https (secure, fetch, CSP applies).
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const root = path.resolve(__dirname, '..', 'dist');
/** The contents of the windows this process opened: the only senders the IPC handlers answer. */
const ownContents = new Set<WebContents>();

function createWindow(): void {
  const window = new BrowserWindow(
    secureWindowOptions(path.join(__dirname, 'preload.cjs'), path.resolve(__dirname, '..', 'build', 'icon.png')),
  );
  const contents = window.webContents;
  hardenContents(contents);
  ownContents.add(contents);
  window.on('closed', () => ownContents.delete(contents));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
}

app.on('web-contents-created', (_event, contents) => hardenContents(contents));
app.on('session-created', (created) => denyAllPermissions(created));

void app.whenReady().then(() => {
  denyAllPermissions(session.defaultSession);
  protocol.handle(appScheme, (request) => {
    const file = resolveAppFile(request.url, root);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
  const handlers = fileHandlers({
    showOpenDialog: (options) => dialog.showOpenDialog({ ...options, properties: ['openFile'] }),
    showSaveDialog: (options) => dialog.showSaveDialog(options),
    fileInfo: async (file) => {
      const info = await stat(file);
      return { size: info.size, isFile: info.isFile() };
    },
    readBytes: readAtMost,
    writeFile: (file, data) => writeFileAtomic(file, data),
    baseName: (file) => path.basename(file),
  });
  handleFromOwnPage<WebContents>(
    ipcMain,
    {
      [ipcChannels.openFile]: handlers.openFile,
      [ipcChannels.saveFile]: handlers.saveFile,
      [ipcChannels.saveBytes]: handlers.saveBytes,
    },
    (contents) => ownContents.has(contents),
  );
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
