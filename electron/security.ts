import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

/** The privileged scheme the renderer is served from (Chromium refuses the Vite build from file://). */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://flowwright`;

/** The smallest window in which the editor's panels and canvas still fit. */
export const minWindowSize = { width: 960, height: 600 };

/** Window options of DESIGN.md §6: isolated, sandboxed, no Node in the renderer. */
export function secureWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    icon: iconPath,
    width: 1280,
    height: 800,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'Flowwright',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  };
}

/** Is this a URL of the app itself (and so a place the window may be)? */
export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === appOrigin || url.startsWith(`${appOrigin}/`);
  } catch {
    return false;
  }
}

/**
 * Maps an app:// request to a file under the build folder, or null when the path escapes it.
 * Unknown routes fall back to index.html (the app has a single page).
 */
export function resolveAppFile(url: string, root: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/** The minimal surface of webContents that hardening needs (injectable for tests). */
export interface HardenableContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: { preventDefault(): void; url: string }) => void): void;
}

/** Denies every new window and every navigation away from the app. */
export function hardenContents(contents: HardenableContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
}

/** The permission hooks of an Electron session (injectable for tests). */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

/**
 * Denies every permission a page can ask for (camera, microphone, location, notifications, clipboard reads,
 * USB, HID, serial, opening external links, …): the app needs none, and Electron would grant them by default.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
