import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildElectron } from '../../scripts/build-electron.mjs';

/** The Electron binary, when it has been downloaded; resolving the package would try to download it. */
function electronBinary(): string | null {
  const pathFile = path.resolve('node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary)
  console.log(
    'desktop app test skipped: the Electron binary is not installed (it is downloaded on first use, which needs internet access)',
  );

describe.skipIf(!binary)('the desktop app', () => {
  it('opens the app in a sandboxed window with no Node in the renderer', async () => {
    await buildElectron();
    const app = await electron.launch({ executablePath: binary!, args: ['.'] });
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    expect(await window.title()).toBe('Flowwright');
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (window as unknown as { flowwright?: unknown }).flowwright)).toBe(
      'object',
    );
    await app.close();
  });
});
