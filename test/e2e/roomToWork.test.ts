import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, viewSettled } from './browser';
import { canvasNode, dropFromPalette, openNewProcess, paletteItem, problemsPanel, properties } from './editorSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Editor tools' });
const tool = (page: Page, name: string) => toolbar(page).getByRole('button', { name, exact: true });
const canvasWidth = async (page: Page) => (await page.locator('.fw-canvas').boundingBox())!.width;
const splitter = (page: Page, name: string) => page.getByRole('separator', { name });
const valueNow = async (separator: Locator) => Number(await separator.getAttribute('aria-valuenow'));
const zoom = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
const status = (page: Page) => toolbar(page).locator('.fw-toolbar-status');

/** Shapes of the map that the overview map in the corner of the canvas covers. */
async function hiddenByMinimap(page: Page): Promise<string[]> {
  const minimap = (await page.locator('.react-flow__minimap').boundingBox())!;
  const hidden: string[] = [];
  for (const node of await page.locator('.react-flow__node:not(.react-flow__node-lane)').all()) {
    const box = (await node.boundingBox())!;
    const overlaps =
      box.x < minimap.x + minimap.width &&
      minimap.x < box.x + box.width &&
      box.y < minimap.y + minimap.height &&
      minimap.y < box.y + box.height;
    if (overlaps) hidden.push((await node.getAttribute('aria-label')) ?? '?');
  }
  return hidden;
}

/** Clicks an empty spot of the canvas, so that shortcuts reach the editor with nothing selected. */
async function focusCanvas(page: Page): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.click(pane.x + pane.width / 2, pane.y + 12);
}

/** A chain of tasks left to right from the start event, wide enough to need a small zoom at fit. */
async function drawWideMap(page: Page, tasks: number): Promise<void> {
  await canvasNode(page, 'Start event').click();
  for (let i = 0; i < tasks; i++) await paletteItem(page, 'User task').click();
  await expect.poll(() => page.locator('.react-flow__node').count()).toBe(tasks + 1);
}

describe('room to work', () => {
  it('collapses every panel, resizes them by drag and by keyboard, and keeps the layout after a reload', async () => {
    const { page, errors } = await openNewProcess(browser);
    await expect.poll(() => canvasWidth(page)).toBeLessThan(800);

    // Collapsed, the palette keeps its symbols; the properties and problems panels fold away.
    await tool(page, 'Show palette labels').click();
    await expect.poll(() => tool(page, 'Show palette labels').getAttribute('aria-pressed')).toBe('false');
    await paletteItem(page, 'User task').waitFor();
    expect(await page.locator('.fw-palette-label').first().isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Hide the properties panel' }).click();
    await expect.poll(() => properties(page).count()).toBe(0);
    await tool(page, 'Show problems').click();
    await expect.poll(() => problemsPanel(page).locator('.fw-problem-list').count()).toBe(0);
    const collapsedWidth = await canvasWidth(page);
    expect(collapsedWidth).toBeGreaterThan(1280 - 90);
    await screenshot(page, 'room-every-panel-collapsed');

    // The palette still adds elements in its compact form.
    await dropFromPalette(page, 'User task', 500, 200);

    // Back by its strip, then resized by dragging its splitter…
    await page.getByRole('button', { name: 'Show the properties panel' }).click();
    await properties(page).waitFor();
    const propertiesSplitter = splitter(page, 'Resize the properties panel');
    expect(await valueNow(propertiesSplitter)).toBe(280);
    const grip = (await propertiesSplitter.boundingBox())!;
    const [gripX, gripY] = [grip.x + grip.width / 2, grip.y + grip.height / 2];
    await page.mouse.move(gripX, gripY);
    await page.mouse.down();
    await page.mouse.move(gripX - 60, gripY, { steps: 4 });
    await page.mouse.move(gripX - 120, gripY, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => valueNow(propertiesSplitter)).toBe(400);
    expect(Math.round((await properties(page).boundingBox())!.width)).toBe(400);

    // …and by the keyboard: arrows step 10 px, with Shift 50 px; Home is the smallest size.
    await propertiesSplitter.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await valueNow(propertiesSplitter)).toBe(420);
    await page.keyboard.press('Shift+ArrowRight');
    expect(await valueNow(propertiesSplitter)).toBe(370);

    // The problems panel opens again by its shortcut and grows upwards by its splitter.
    await focusCanvas(page);
    await page.keyboard.press('Control+Shift+M');
    const problemsSplitter = splitter(page, 'Resize the problems panel');
    await problemsSplitter.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    expect(await valueNow(problemsSplitter)).toBe(180);
    await expect.poll(async () => Math.round((await problemsPanel(page).boundingBox())!.height)).toBe(180);
    await screenshot(page, 'room-resized');

    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    expect(await valueNow(splitter(page, 'Resize the properties panel'))).toBe(370);
    expect(await valueNow(splitter(page, 'Resize the problems panel'))).toBe(180);
    expect(await tool(page, 'Show palette labels').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.fw-palette-label').first().isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('keeps the canvas wide with Simulate or Data open, hides the overview map, and offers a reading mode', async () => {
    const { page, errors } = await openNewProcess(browser);
    await focusCanvas(page);
    await page.keyboard.press('Control+B');
    await page.keyboard.press('Control+I');
    await expect.poll(() => properties(page).count()).toBe(0);

    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await page.getByRole('complementary', { name: 'Simulate' }).waitFor();
    expect(await canvasWidth(page)).toBeGreaterThanOrEqual(700);
    await screenshot(page, 'room-simulate-open');
    // The drawer folds to a strip with its name, and opens again by its shortcut.
    await page.getByRole('button', { name: 'Hide the Simulate panel' }).click();
    await expect.poll(() => canvasWidth(page)).toBeGreaterThan(1100);
    await page.getByRole('button', { name: 'Show the Simulate panel' }).waitFor();
    await focusCanvas(page);
    await page.keyboard.press('Control+J');
    await page.getByRole('complementary', { name: 'Simulate' }).waitFor();

    await page.getByRole('button', { name: 'Data', exact: true }).click();
    await page.getByRole('complementary', { name: 'Case data' }).waitFor();
    expect(await canvasWidth(page)).toBeGreaterThanOrEqual(700);
    await screenshot(page, 'room-data-open');
    await page.getByRole('button', { name: 'Data', exact: true }).click();

    // The overview map can be hidden, and stays hidden after a reload.
    expect(await page.locator('.react-flow__minimap').count()).toBe(1);
    await tool(page, 'Show overview map').click();
    await expect.poll(() => page.locator('.react-flow__minimap').count()).toBe(0);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    expect(await page.locator('.react-flow__minimap').count()).toBe(0);
    await tool(page, 'Show overview map').click();
    await page.locator('.react-flow__minimap').waitFor();

    // Reading mode hides the top bar, the toolbar and every panel; its one button or Escape brings them back.
    await tool(page, 'Reading mode').click();
    await page.getByRole('button', { name: 'Leave reading mode' }).waitFor();
    expect(await toolbar(page).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'New process' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Palette' }).isVisible()).toBe(false);
    expect(await canvasWidth(page)).toBeGreaterThan(1270);
    await screenshot(page, 'room-reading-mode');
    await page.getByRole('button', { name: 'Leave reading mode' }).click();
    await toolbar(page).waitFor();
    await focusCanvas(page);
    await page.keyboard.press('Control+Shift+F');
    await page.getByRole('button', { name: 'Leave reading mode' }).waitFor();
    await page.keyboard.press('Escape');
    await toolbar(page).waitFor();
    expect(await page.getByRole('button', { name: 'Leave reading mode' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('fits the map clear of the overview map in its corner', async () => {
    const { page, errors } = await openNewProcess(browser);
    // A task far below and right of the start, as far as the canvas is wide for its height: fitted, the task lands
    // in the bottom right corner, where the overview map sits. Zoomed out first, so that the map is too large to fit
    // at full size and the fit fills the canvas.
    await focusCanvas(page);
    while ((await zoom(page)) > 0.3) await page.keyboard.press('-');
    const canvas = (await page.locator('.fw-canvas').boundingBox())!;
    const start = (await canvasNode(page, 'Start event').boundingBox())!;
    const [sx, sy] = [start.x + start.width / 2, start.y + start.height / 2];
    const ratio = canvas.width / canvas.height;
    const reach = Math.min((canvas.x + canvas.width - 220 - sx) / ratio, canvas.y + canvas.height - 30 - sy);
    await dropFromPalette(page, 'Manual task', sx + reach * ratio - canvas.x, sy + reach - canvas.y);
    await focusCanvas(page);
    await page.keyboard.press('Shift+1');
    await expect.poll(() => hiddenByMinimap(page)).toEqual([]);
    await screenshot(page, 'room-fit-clear-of-minimap');
    expect(errors).toEqual([]);
  });

  it('says how to zoom in when the whole map only fits with labels too small to read', async () => {
    const { page, errors } = await openNewProcess(browser);
    await drawWideMap(page, 8);
    await focusCanvas(page);
    await page.keyboard.press('Shift+1');
    await expect.poll(() => status(page).textContent()).toMatch(/^Whole map shown at \d+ %: labels are small/);
    // The notice comes with the fit, which is animated: wait for the zoom it ends at.
    await expect.poll(() => zoom(page)).toBeLessThan(0.75);
    await expect.poll(() => hiddenByMinimap(page)).toEqual([]);
    await screenshot(page, 'room-fit-small-labels');

    // The fit when the map opens says so too.
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await expect.poll(() => status(page).textContent()).toMatch(/^Whole map shown at \d+ %: labels are small/);

    // Folding a panel while the whole map is shown fits it to the wider canvas, and the notice tells the new zoom.
    await focusCanvas(page);
    await viewSettled(page);
    const narrow = await zoom(page);
    await page.keyboard.press('Control+I');
    await expect.poll(() => zoom(page)).toBeGreaterThan(narrow * 1.1);
    await viewSettled(page);
    const wide = Math.round((await zoom(page)) * 100);
    const notice = await status(page).textContent();
    if (wide >= 75) expect(notice).toBe('');
    else expect(notice).toMatch(new RegExp(`^Whole map shown at (${wide - 1}|${wide}|${wide + 1}) %`));
    await page.keyboard.press('Control+I');
    await expect.poll(() => properties(page).count()).toBe(1);
    await viewSettled(page);

    // Shift+2 zooms to full size around the start, where the map is read from.
    await focusCanvas(page);
    await page.keyboard.press('Shift+2');
    await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(1);
    expect(await status(page).textContent()).toBe('');
    const start = (await canvasNode(page, 'Start event').boundingBox())!;
    const canvas = (await page.locator('.fw-canvas').boundingBox())!;
    expect(start.x).toBeGreaterThan(canvas.x);
    expect(start.x + start.width).toBeLessThan(canvas.x + canvas.width / 2);
    await screenshot(page, 'room-readable-zoom');

    // Folding a panel while part of the map is out of view keeps the closer look where it was.
    const zoomBefore = await zoom(page);
    await page.keyboard.press('Control+I');
    await expect.poll(() => properties(page).count()).toBe(0);
    await expect.poll(() => canvasWidth(page)).toBeGreaterThan(canvas.width + 200);
    await page.waitForTimeout(400); // a fit, were there one, is animated over 200 ms
    expect(await zoom(page)).toBe(zoomBefore);
    expect((await canvasNode(page, 'Start event').boundingBox())!.x).toBeCloseTo(start.x, 0);
    expect(errors).toEqual([]);
  });
});
