import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildElectron } from '../../scripts/build-electron.mjs';
import { electronBinary } from './electronBinary';
import { flowFileText } from '../../renderer/workspace/flowFile';
import { newProcessModel } from '../../renderer/workspace/newProcessModel';
import { screenshot } from './browser';

const binary = electronBinary();
if (!binary)
  console.log(
    'desktop documents test skipped: the Electron binary is not installed (it is downloaded on first use, which needs internet access)',
  );

/** Starts the app on `file`, as a double-click or `flowwright <file>` does, with a profile of its own. */
async function launchOn(file: string, profile: string): Promise<{ app: ElectronApplication; window: Page }> {
  const app = await electron.launch({ executablePath: binary!, args: ['.', `--user-data-dir=${profile}`, file] });
  const window = await app.firstWindow();
  await window.setViewportSize({ width: 1280, height: 800 });
  return { app, window };
}

const windowTitle = (app: ElectronApplication) =>
  app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');

describe.skipIf(!binary)('documents in the desktop app', () => {
  it('opens a file given at start, edits it, saves it back and shows the edit when opened again', async () => {
    await buildElectron();
    const folder = mkdtempSync(path.join(tmpdir(), 'flowwright-documents-'));
    const file = path.join(folder, 'order.flow.json');
    writeFileSync(file, flowFileText(newProcessModel('Order handling')));

    const first = await launchOn(file, path.join(folder, 'profile'));
    await expect.poll(() => windowTitle(first.app), { timeout: 60_000 }).toBe('order.flow.json — Flowwright');
    const nameField = first.window.getByRole('textbox', { name: 'Process name' });
    await nameField.fill('Order handling, checked');
    await nameField.press('Enter');
    await expect.poll(() => windowTitle(first.app)).toBe('● order.flow.json — Flowwright');
    await screenshot(first.window, 'electron-document-unsaved');
    // The page's shortcut saves to the window's file: no dialog is shown.
    await first.window.locator('.react-flow__pane').click();
    await first.window.keyboard.press('Control+s');
    await expect.poll(() => windowTitle(first.app)).toBe('order.flow.json — Flowwright');
    expect(JSON.parse(readFileSync(file, 'utf8')).name).toBe('Order handling, checked');
    await first.app.close();

    // A fresh profile (an empty workspace): the edit comes from the file itself.
    const second = await launchOn(file, path.join(folder, 'profile-2'));
    await expect.poll(() => windowTitle(second.app), { timeout: 60_000 }).toBe('order.flow.json — Flowwright');
    await expect
      .poll(() => second.window.getByRole('textbox', { name: 'Process name' }).inputValue())
      .toBe('Order handling, checked');
    await second.app.close();
  });
});
