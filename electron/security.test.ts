import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardenContents, isAppUrl, resolveAppFile, secureWindowOptions } from './security';

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
});
