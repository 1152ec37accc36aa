import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildElectron } from '../../scripts/build-electron.mjs';
import { electronBinary } from './electronBinary';

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
