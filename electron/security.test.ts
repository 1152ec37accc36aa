import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  denyAllPermissions,
  hardenContents,
  isAppUrl,
  resolveAppFile,
  secureWindowOptions,
  type PermissionSession,
} from './security';

describe('Electron window security', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = secureWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('denies new windows and navigation away from the app', () => {
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    let navigate: ((e: { preventDefault(): void; url: string }) => void) | undefined;
    hardenContents({ setWindowOpenHandler: (h) => (openHandler = h), on: (_e, l) => (navigate = l) });
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const attempt = (url: string) => {
      let prevented = false;
      navigate!({ url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(attempt('https://evil.example/')).toBe(true);
    expect(attempt('file:///etc/passwd')).toBe(true);
    expect(attempt('app://flowwright/index.html')).toBe(false);
  });

  it('serves app:// only from the build folder', () => {
    const root = path.resolve('/opt/flowwright/dist');
    expect(resolveAppFile('app://flowwright/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://flowwright/assets/index.js', root)).toBe(path.join(root, 'assets/index.js'));
    expect(resolveAppFile('app://flowwright/..%2F..%2Fetc/passwd', root)).toBeNull();
    expect(isAppUrl('app://flowwright/x')).toBe(true);
    expect(isAppUrl('app://other/x')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('denies every permission request and check', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    let device: Parameters<PermissionSession['setDevicePermissionHandler']>[0] | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      setDevicePermissionHandler: (h) => (device = h),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
      const answers: boolean[] = [];
      request!({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(check!({}, permission), permission).toBe(false);
    }
    expect(device!({ deviceType: 'usb', origin: 'app://flowwright' })).toBe(false);
  });
});
