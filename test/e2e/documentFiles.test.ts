import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { dropFromPalette, openNewProcess } from './editorSteps';

/**
 * Headless Chromium cannot show its real file pickers, so `showOpenFilePicker` and `showSaveFilePicker` are replaced
 * by a fake whose files live in localStorage (they survive a reload); everything after the picker is the app's own
 * code path: the handle is read with getFile() and written with createWritable(), as on a real disk.
 */
function fakeFilePickers(seed: Record<string, string>) {
  const load = (): Record<string, string> => JSON.parse(localStorage.getItem('fakeDisk') ?? 'null') ?? seed;
  const store = (disk: Record<string, string>) => localStorage.setItem('fakeDisk', JSON.stringify(disk));
  const log = (entry: string) =>
    localStorage.setItem(
      'fakePickers',
      JSON.stringify([...JSON.parse(localStorage.getItem('fakePickers') ?? '[]'), entry]),
    );
  store(load());
  const handle = (name: string) => ({
    kind: 'file',
    name,
    getFile: async () => new File([load()[name] ?? ''], name),
    createWritable: async () => {
      let text = '';
      return {
        write: async (data: string) => void (text += data),
        close: async () => store({ ...load(), [name]: text }),
      };
    },
  });
  const picks = () => JSON.parse(localStorage.getItem('fakePicks') ?? '{}') as { open?: string; save?: string };
  const host = window as unknown as Record<string, unknown>;
  host.showOpenFilePicker = async () => {
    log('open');
    const name = picks().open;
    if (!name) throw new DOMException('cancelled', 'AbortError');
    return [handle(name)];
  };
  host.showSaveFilePicker = async (options: { suggestedName: string }) => {
    log(`save ${options.suggestedName}`);
    const name = picks().save;
    if (!name) throw new DOMException('cancelled', 'AbortError');
    return handle(name);
  };
}

const disk = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('fakeDisk') ?? '{}') as Record<string, string>);
const pickerCalls = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('fakePickers') ?? '[]') as string[]);
const pick = (page: Page, picks: { open?: string; save?: string }) =>
  page.evaluate((p) => localStorage.setItem('fakePicks', JSON.stringify(p)), picks);
const fileLabel = (page: Page) => page.locator('.top-bar .document-file');
const tasks = (page: Page) => page.locator('.react-flow__node').and(page.getByRole('group', { name: /^Task/ }));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('files on disk in Chromium (File System Access API)', () => {
  it('saves a new map to a file, marks unsaved changes, saves back to the same file and opens it again', async () => {
    const { page, errors } = await openNewProcess(browser);
    await page.context().addInitScript(fakeFilePickers, {});
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await dropFromPalette(page, 'Task', 360, 380);

    await pick(page, { save: 'order.flow.json' });
    await page.keyboard.press('Control+Shift+S');
    await expect.poll(() => page.title()).toBe('order.flow.json — Flowwright');
    await expect.poll(() => fileLabel(page).textContent()).toBe('order.flow.json');
    expect(await pickerCalls(page)).toEqual(['save Untitled process.flow.json']);
    expect(JSON.parse((await disk(page))['order.flow.json']).nodes.map((n: { type: string }) => n.type)).toContain(
      'task',
    );

    // An edit: the title and the top bar say the file is behind.
    await dropFromPalette(page, 'Task', 560, 380);
    await expect.poll(() => page.title()).toBe('● order.flow.json — Flowwright');
    await expect.poll(() => fileLabel(page).textContent()).toBe('• order.flow.json (unsaved changes)');
    await screenshot(page, 'document-unsaved');

    // Save writes back to the same file, without a picker.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.title()).toBe('order.flow.json — Flowwright');
    expect(await pickerCalls(page)).toEqual(['save Untitled process.flow.json']);
    const written = JSON.parse((await disk(page))['order.flow.json']);
    expect(written.nodes.filter((n: { type: string }) => n.type === 'task')).toHaveLength(2);

    // The process list names the file.
    await page.getByRole('button', { name: 'Processes' }).click();
    const list = page.getByRole('complementary', { name: 'Processes' });
    await expect.poll(() => list.locator('.side-item-file').allTextContents()).toEqual(['order.flow.json']);
    await screenshot(page, 'document-process-list');

    // After a reload, Open shows the file's map (the same entry in the workspace, not a copy).
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await pick(page, { open: 'order.flow.json' });
    await page.keyboard.press('Control+o');
    await expect.poll(() => page.title()).toBe('order.flow.json — Flowwright');
    await expect.poll(() => tasks(page).count()).toBe(2);
    await page.getByRole('button', { name: 'Processes' }).click();
    await expect.poll(() => list.locator('.side-item').count()).toBe(1);
    expect(errors).toEqual([]);

    // A fresh browser profile (an empty workspace) with the same file: Open brings the map, edit included.
    const files = await disk(page);
    const other: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await other.addInitScript(fakeFilePickers, files);
    other.setDefaultTimeout(60_000);
    const second = await other.newPage();
    await second.goto(page.url());
    await pick(second, { open: 'order.flow.json' });
    const open = second.getByRole('region', { name: 'Flowwright' }).getByRole('button', { name: 'Open a file…' });
    await open.waitFor();
    await screenshot(second, 'document-start-screen');
    await open.click();
    await expect.poll(() => second.title()).toBe('order.flow.json — Flowwright');
    await expect.poll(() => tasks(second).count()).toBe(2);
    await screenshot(second, 'document-opened');
    await other.close();
    await page.context().close();
  });

  it('says what BPMN cannot hold before saving a .bpmn, and offers .flow.json instead', async () => {
    const { page, errors } = await openNewProcess(browser);
    await page.context().addInitScript(fakeFilePickers, {});
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await dropFromPalette(page, 'Task', 360, 380);

    await pick(page, { save: 'order.bpmn' });
    await page.keyboard.press('Control+Shift+S');
    const dialog = page.getByRole('dialog', { name: 'Save as BPMN' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'the simulation settings (arrivals, number of cases, seed, replications)',
    );
    await screenshot(page, 'document-bpmn-question');

    // "Save as .flow.json instead" asks for another file; nothing is written to the .bpmn one.
    await pick(page, { save: 'order.flow.json' });
    await dialog.getByRole('button', { name: 'Save as .flow.json instead' }).click();
    await expect.poll(() => page.title()).toBe('order.flow.json — Flowwright');
    expect(Object.keys(await disk(page))).toEqual(['order.flow.json']);

    await pick(page, { save: 'order.bpmn' });
    await page.keyboard.press('Control+Shift+S');
    await dialog.getByRole('button', { name: 'Save as BPMN' }).click();
    await expect.poll(() => page.title()).toBe('order.bpmn — Flowwright');
    expect((await disk(page))['order.bpmn']).toContain('<bpmn:task');

    // The keys are listed with the others, under File.
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.locator('section').first().textContent()).toMatch(/^FileOpen….*Save.*Save As…/);
    await screenshot(page, 'document-help');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
