import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFile, stat } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, type WebContents } from 'electron';
import { ipcChannels } from '../shared/ipc/contract';
import { documentChannels } from '../shared/ipc/documents';
import {
  appOrigin,
  appScheme,
  denyAllPermissions,
  hardenContents,
  minWindowSize,
  resolveAppFile,
  secureWindowOptions,
} from './security';
import { fileHandlers } from './fileHandlers';
import { writeFileAtomic } from './atomicWrite';
import { readAtMost } from './fileRead';
import { handleFromOwnPage } from './ipcGuard';
import { menuTemplate } from './menu';
import { documentMenuItems } from './documentMenu';
import { documentWindows } from './documentWindows';
import { recentDocuments } from './recentDocuments';
import { documentsInArguments, openQueue } from './launchArguments';
import { guardClose } from './unsavedChanges';
import { documentHandlers, windowDocument, type WindowDocument } from './windowDocument';
import { windowState, type WindowSnapshot } from './windowState';

// Must run before the app is ready: app:// behaves like https (secure, fetch, CSP applies).
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const isMac = process.platform === 'darwin';
const root = path.resolve(__dirname, '..', 'dist');
/** The contents of the windows this process opened: the only senders the IPC handlers answer; each with its document. */
const ownContents = new Map<WebContents, WindowDocument>();
const closeGuards = new Map<number, { allowClose(): void }>();

const showMessageBox: Parameters<typeof documentWindows>[0]['showMessageBox'] = (options) => {
  const parent = BrowserWindow.getFocusedWindow();
  return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
};

/** A small JSON file of the app's own in the user data folder, read whole and replaced atomically. */
function userDataStore(name: string) {
  const file = () => path.join(app.getPath('userData'), name);
  return {
    load: () => readFile(file(), 'utf8').catch(() => null),
    save: (text: string) => writeFileAtomic(file(), text),
  };
}

const isFile = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

const recent = recentDocuments({
  store: userDataStore('recent-documents.json'),
  exists: isFile,
  addToSystem: (file) => app.addRecentDocument(file),
  clearSystem: () => app.clearRecentDocuments(),
});

const documents = documentWindows({
  showOpenDialog: (options) => dialog.showOpenDialog({ ...options, properties: ['openFile'] }),
  showSaveDialog: (options) => dialog.showSaveDialog(options),
  showMessageBox,
  stat: async (file) => {
    const info = await stat(file);
    return { mtimeMs: info.mtimeMs, size: info.size, isFile: info.isFile() };
  },
  readBytes: readAtMost,
  readFile: (file) => readFile(file),
  writeFile: (file, data) => writeFileAtomic(file, data),
  baseName: (file) => path.basename(file),
  recent,
  createWindow: () => createWindow().window,
  requestSave: (window) => linkOf(window.id)?.requestSave(false, true) ?? Promise.resolve(false),
});

function linkOf(windowId: number): WindowDocument | undefined {
  return [...ownContents.values()].find((link) => link.window.id === windowId);
}

function focusedLink(): WindowDocument | undefined {
  const focused = BrowserWindow.getFocusedWindow();
  return focused ? linkOf(focused.id) : undefined;
}

/** Builds the menu; the document items appear once a page handles documents (renderer/platform documents). */
async function refreshMenu(): Promise<void> {
  const sendAction = (action: string) =>
    BrowserWindow.getFocusedWindow()?.webContents.send(ipcChannels.menuAction, action);
  const handlesDocuments = [...ownContents.values()].some((link) => link.listening);
  const items = handlesDocuments
    ? documentMenuItems({
        recent: await recent.list(),
        baseName: (file) => path.basename(file),
        open: () => void documents.showOpen(focusedLink()?.window).then(reportFailure),
        openRecent: (file) => void documents.openPath(file, focusedLink()?.window).then(reportFailure),
        clearRecent: () => void recent.clear().then(refreshMenu),
        save: (saveAs) => void focusedLink()?.requestSave(saveAs),
        revert: () => {
          const link = focusedLink();
          if (link) void documents.revert(link.window).then(reportFailure);
        },
      })
    : [];
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(sendAction, isMac, items)));
}

function reportFailure(result: { status: string; message?: string }): void {
  if (result.status === 'failed') void showMessageBox({ type: 'error', message: result.message ?? 'That failed.' });
  void refreshMenu();
}

/** The windows of the last run, their places and documents, restored at start. */
const lastWindows = windowState({
  store: userDataStore('window-state.json'),
  screen: {
    workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
    primaryWorkArea: () => screen.getPrimaryDisplay().workArea,
  },
  exists: isFile,
  minSize: minWindowSize,
});

function createWindow(placement?: WindowSnapshot): WindowDocument {
  const options = secureWindowOptions(path.join(__dirname, 'preload.cjs'), path.join(__dirname, 'icon.png'));
  const window = new BrowserWindow(placement ? { ...options, ...placement.bounds } : options);
  const contents = window.webContents;
  hardenContents(contents);
  const link = windowDocument(
    {
      id: window.id,
      setTitle: (title) => window.setTitle(title),
      setDocumentEdited: (edited) => window.setDocumentEdited(edited),
      setRepresentedFilename: (file) => window.setRepresentedFilename(file),
      isMinimized: () => window.isMinimized(),
      restore: () => window.restore(),
      focus: () => window.focus(),
      send: (channel, payload) => contents.send(channel, payload),
    },
    isMac,
  );
  ownContents.set(contents, link);
  documents.track(link.window);
  // Once the page handles documents the title names the document, and the page's <title> must not replace it.
  window.on('page-title-updated', (event) => {
    if (link.listening) event.preventDefault();
  });
  // Only a page that shows documents can act on a change to its file.
  window.on('focus', () => {
    if (link.listening) void documents.checkOnFocus(link.window);
  });
  const question = { needed: () => documents.isDirty(link.window), ask: () => documents.mayClose(link.window) };
  closeGuards.set(window.id, guardClose(window, question));
  // Where the window stands and what it shows, for the next start; written when it closes.
  const remember = () =>
    lastWindows.update(window.id, {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
      path: documents.pathOf(link.window),
    });
  remember();
  window.on('resize', remember);
  window.on('move', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', remember);
  window.on('closed', () => {
    void lastWindows.closed(window.id);
    link.dispose();
    documents.forget(link.window);
    closeGuards.delete(window.id);
    ownContents.delete(contents);
  });
  window.once('ready-to-show', () => {
    if (placement?.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(`${appOrigin}/index.html`);
  return link;
}

/** Files asked for by a double-click, the command line or the dock go to a blank window if there is one. */
const queue = openQueue((file) => {
  const blank = [...ownContents.values()].at(-1)?.window;
  void documents.openPath(file, blank).then(reportFailure);
});

// One instance: a second start hands its files to the first and exits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = documentsInArguments(argv, workingDirectory, app.isPackaged);
    if (files.length) queue.push(files);
    [...ownContents.values()].at(-1)?.window.focus();
  });
  // macOS: a file dropped on the dock icon or double-clicked in Finder, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    queue.push([file]);
  });
  queue.push(documentsInArguments(process.argv, process.cwd(), app.isPackaged));
}

app.on('web-contents-created', (_event, contents) => hardenContents(contents));
app.on('session-created', (created) => denyAllPermissions(created));

// Quitting asks about every window with unsaved changes first; one Cancel keeps the app running.
let quitConfirmed = false;
app.on('before-quit', (event) => {
  if (quitConfirmed || !documents.hasUnsaved()) {
    lastWindows.quitting();
    return;
  }
  event.preventDefault();
  void documents.mayQuit().then((ok) => {
    if (!ok) return;
    quitConfirmed = true;
    for (const guard of closeGuards.values()) guard.allowClose();
    app.quit();
  });
});

void app.whenReady().then(async () => {
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
  const fromDocuments = documentHandlers<WebContents>(documents, (contents) => ownContents.get(contents));
  handleFromOwnPage<WebContents>(
    ipcMain,
    {
      [ipcChannels.openFile]: handlers.openFile,
      [ipcChannels.saveFile]: handlers.saveFile,
      [ipcChannels.saveBytes]: handlers.saveBytes,
      ...fromDocuments,
      // A page that handles documents turns on the File menu's document items; saves change Open Recent.
      ...withMenuRefresh(fromDocuments),
    },
    (contents) => ownContents.has(contents),
  );
  await refreshMenu();
  // The windows of the last run come back where they were, each with its document; at least one window opens.
  const restored = await lastWindows.restore();
  if (restored.length === 0) createWindow();
  for (const placement of restored) {
    const link = createWindow(placement);
    if (placement.path) void documents.openPath(placement.path, link.window).then(reportFailure);
  }
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

function withMenuRefresh(
  handlers: Record<string, (request: unknown, sender: WebContents) => Promise<unknown>>,
): typeof handlers {
  const refreshing = [documentChannels.ready, documentChannels.write, documentChannels.open];
  return Object.fromEntries(
    refreshing.map((channel) => [
      channel,
      async (request: unknown, sender: WebContents) => {
        const result = await handlers[channel](request, sender);
        await refreshMenu();
        // Files passed at start wait for a page that can show them.
        if (channel === documentChannels.ready) queue.ready();
        return result;
      },
    ]),
  );
}

// The windows' places are written as they close: the app exits once that write is done.
let windowsWritten = false;
app.on('will-quit', (event) => {
  if (windowsWritten) return;
  event.preventDefault();
  void lastWindows.flush().finally(() => {
    windowsWritten = true;
    app.quit();
  });
});

app.on('window-all-closed', () => {
  if (!isMac) app.quit();
});
