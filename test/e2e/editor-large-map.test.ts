import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigModel } from '../bench/bigModel';
import { launchBrowser, openApp, screenshot } from './browser';
import { canvasNode, properties } from './editorSteps';

// Speed on this map is measured by `npm run bench` (test/bench/canvas.bench.ts); this checks that it works.
const mapFile = 'test/output/editor-large-map/big.flow.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test/output/editor-large-map', { recursive: true });
  writeFileSync(mapFile, JSON.stringify(bigModel()));
});
afterAll(async () => {
  await browser?.close();
});

describe('editor: a map of 1,000 nodes and 1,200 flows', () => {
  it('opens, finds a node by name and renames it', async () => {
    const { page, errors } = await openApp(browser);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(mapFile);
    await page.locator('.react-flow__node').first().waitFor();
    await expect.poll(() => page.getByText('No problems').count()).toBe(1);

    await page.keyboard.press('Control+f');
    await page.getByRole('combobox', { name: 'Find a node by name' }).fill('Review case 3');
    await page.keyboard.press('Enter');
    const name = properties(page).getByRole('textbox', { name: 'Name' });
    await expect.poll(() => name.inputValue()).toBe('Review case 3');
    await name.fill('Review case three');
    await name.press('Enter');
    await canvasNode(page, 'User task: Review case three').waitFor();
    await screenshot(page, 'editor-large-map');
    expect(errors).toEqual([]);
  });
});
