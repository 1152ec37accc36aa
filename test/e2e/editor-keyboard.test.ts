import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, nodeCount, openNewProcess, paletteItem, properties } from './editorSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const heading = (page: import('playwright-core').Page) => properties(page).getByRole('heading').textContent();
const zoom = (page: import('playwright-core').Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

describe('editor: keyboard', () => {
  it('selects, copies, pastes, duplicates, deletes, searches and shows help from the keyboard', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'User task').click();
    const name = properties(page).getByRole('textbox', { name: 'Name' });
    await name.fill('Review request');
    await name.press('Enter');
    await paletteItem(page, 'Exclusive gateway').click();
    await canvasNode(page, 'Exclusive gateway').waitFor();

    // Keys typed into a field stay there.
    await name.focus();
    await page.keyboard.press('Backspace');
    expect(await nodeCount(page)).toBe(3);

    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Escape');
    expect(await heading(page)).toBe('Process');
    // Shift + drag draws a selection box.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(pane.x + 10, pane.y + 10);
    await page.mouse.down();
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2, { steps: 4 });
    await page.mouse.move(pane.x + pane.width - 10, pane.y + pane.height - 10, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => heading(page)).toMatch(/^[3-5] elements selected$/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+a');
    await expect.poll(() => heading(page)).toBe('5 elements selected');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => nodeCount(page)).toBe(6);
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeCount(page)).toBe(3);

    await canvasNode(page, 'User task: Review request').click();
    await page.keyboard.press('Control+d');
    await expect.poll(() => nodeCount(page)).toBe(4);
    await page.keyboard.press('Delete');
    await expect.poll(() => nodeCount(page)).toBe(3);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    const search = page.getByRole('combobox', { name: 'Find a node by name' });
    await search.fill('review');
    await screenshot(page, 'editor-search');
    await search.press('Enter');
    await expect.poll(() => heading(page)).toBe('User task');
    expect(await name.inputValue()).toBe('Review request');

    const before = await zoom(page);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('+');
    await expect.poll(() => zoom(page)).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Fit view' }).click();

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    for (const action of [
      'Undo',
      'Redo',
      'Delete',
      'Copy',
      'Paste',
      'Duplicate',
      'Select all',
      'Auto layout',
      'Fit view',
      'Zoom in',
      'Zoom out',
      'Search',
    ])
      expect(await help.locator('dt').getByText(action, { exact: true }).count()).toBe(1);
    await screenshot(page, 'editor-help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
