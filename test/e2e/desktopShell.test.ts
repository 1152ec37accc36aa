import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { dropFromPalette, openNewProcess } from './editorSteps';

/**
 * The desktop app's renderer in Chromium: the Electron binary cannot be downloaded here, so the preload bridge
 * (`window.flowwright`) is replaced by an in-page fake standing for the main process. It answers Save As with a
 * full path, as the main process's own dialog does, records what the page tells the main process about the window
 * title, and lets the test choose desktop menu items. Everything on the page's side is the app's own code.
 */
function fakeDesktopBridge() {
  const host = window as unknown as Record<string, unknown>;
  const states: unknown[] = [];
  const written: Record<string, string> = {};
  const menuListeners = new Set<(action: string) => void>();
  host.desktopStates = states;
  host.desktopWritten = written;
  host.chooseMenuItem = (action: string) => menuListeners.forEach((listener) => listener(action));
  let target = '';
  host.flowwright = {
    openFile: async () => ({ status: 'cancelled' }),
    saveFile: async () => ({ status: 'cancelled' }),
    saveBytes: async () => ({ status: 'cancelled' }),
    onMenuAction: (listener: (action: string) => void) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    documents: {
      open: async () => ({ status: 'cancelled' }),
      chooseTarget: async ({ suggestedName }: { suggestedName: string }) => {
        const name = `${suggestedName.toLowerCase().replace(/\s+/g, '-')}.flow.json`;
        target = `/home/ana/Documents/process maps/${name}`;
        return { status: 'chosen', name, kind: 'flow', path: target };
      },
      write: async ({ text }: { text: string }) => {
        written[target] = text;
        return { status: 'done' };
      },
      setState: async (state: unknown) => void states.push(state),
      revert: async () => ({ status: 'done' }),
      onLoad: () => () => {},
      ready: async () => {},
      onSaveRequest: () => () => {},
      saveDone: async () => {},
    },
  };
}

type State = { name: string; dirty: boolean; showsFile: boolean; fileUnsaved: boolean };
const lastState = (page: Page) =>
  page.evaluate(() => (window as unknown as { desktopStates: unknown[] }).desktopStates.at(-1) as State);
const chooseMenuItem = (page: Page, action: string) =>
  page.evaluate((a) => (window as unknown as { chooseMenuItem(a: string): void }).chooseMenuItem(a), action);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the desktop app’s window title, Save As and menu (renderer side, fake main process)', () => {
  it('lists a map saved with Save As by its full path, and titles the window after the map shown', async () => {
    const { page, errors } = await openNewProcess(browser);
    await page.context().addInitScript(fakeDesktopBridge);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await dropFromPalette(page, 'Task', 360, 380);

    // Save As: the main process chose a file in a folder; the page learns where.
    await page.keyboard.press('Control+Shift+S');
    const path = '/home/ana/Documents/process maps/untitled-process.flow.json';
    await expect
      .poll(() => lastState(page))
      .toEqual({ name: 'untitled-process.flow.json', dirty: false, showsFile: true, fileUnsaved: false });
    const written = await page.evaluate(() => (window as unknown as { desktopWritten: object }).desktopWritten);
    expect(Object.keys(written)).toEqual([path]);
    await page.getByRole('button', { name: 'Processes', exact: true }).click();
    const list = page.getByRole('complementary', { name: 'Processes' });
    await expect.poll(() => list.locator('.side-item-file').allTextContents()).toEqual([path]);
    await screenshot(page, 'desktop-save-as-path');

    // An edit marks the window's file unsaved (dropped inside the canvas, which the process list narrows).
    await dropFromPalette(page, 'Task', 120, 160);
    await expect
      .poll(() => lastState(page))
      .toEqual({ name: 'untitled-process.flow.json', dirty: true, showsFile: true, fileUnsaved: false });

    // File › New process from the desktop menu: the title names the new map, not the file of the other one; the
    // file's map still has changes not written to it, so closing the window would ask about the file.
    await chooseMenuItem(page, 'newProcess');
    await expect
      .poll(() => lastState(page))
      .toEqual({
        name: expect.stringMatching(/^Untitled process/),
        dirty: false,
        showsFile: false,
        fileUnsaved: true,
      });
    // Opening a map closes the process list, as choosing one there does.
    const processes = page.getByRole('button', { name: 'Processes', exact: true });
    await expect.poll(() => processes.getAttribute('aria-pressed')).toBe('false');
    await processes.click();
    await expect.poll(() => list.locator('.side-item').count()).toBe(2);

    // An editor action from the menu runs as its shortcut does (View › Snap to grid, Ctrl+G).
    const snap = page.getByRole('toolbar', { name: 'Editor tools' }).getByRole('button', { name: 'Snap to grid' });
    const before = await snap.getAttribute('aria-pressed');
    await chooseMenuItem(page, 'toggleSnap');
    await expect.poll(() => snap.getAttribute('aria-pressed')).not.toBe(before);

    // Back to the saved map: its file and its unsaved marker again.
    const saved = list.locator('.side-item').filter({ has: page.locator('.side-item-file') });
    await saved.locator('.side-item-main').click();
    await expect
      .poll(() => lastState(page))
      .toEqual({ name: 'untitled-process.flow.json', dirty: true, showsFile: true, fileUnsaved: false });
    await expect
      .poll(() => page.locator('.top-bar .document-file').textContent())
      .toBe('• untitled-process.flow.json (unsaved changes)');
    await screenshot(page, 'desktop-title-after-switching');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
