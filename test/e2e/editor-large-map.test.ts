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
  it('opens drawing only the shapes in view, finds a node by name and renames it', async () => {
    const { page, errors } = await openApp(browser);
    // The most shapes on the page at any moment while the map opens.
    await page.evaluate(() => {
      const host = window as unknown as { mostShapes: number };
      host.mostShapes = 0;
      new MutationObserver(() => {
        host.mostShapes = Math.max(host.mostShapes, document.querySelectorAll('.react-flow__node').length);
      }).observe(document.body, { subtree: true, childList: true });
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(mapFile);
    await page.locator('.react-flow__node').first().waitFor();
    await expect.poll(() => page.getByText('No problems').count()).toBe(1);
    // Shapes out of view are never drawn, not even once to find their handles (React Flow's default: all 1,006).
    const mostShapes = await page.evaluate(() => (window as unknown as { mostShapes: number }).mostShapes);
    expect(mostShapes).toBeLessThan(300);
    expect(mostShapes).toBe(await page.locator('.react-flow__node').count());

    // React Flow measures a drawn shape's handles where it was told they are, to within a pixel.
    const gaps = await page.evaluate(() => {
      const zoom = Number(
        /scale\(([\d.]+)\)/.exec(document.querySelector('.react-flow__viewport')!.getAttribute('style')!)![1],
      );
      const task = document.querySelector('.react-flow__node-task')!;
      const box = task.getBoundingClientRect();
      return Array.from(task.querySelectorAll('.react-flow__handle')).map((h) => {
        const r = h.getBoundingClientRect();
        return {
          x: (r.x - box.x) / zoom,
          y: (r.y - box.y) / zoom,
          side: h.classList.contains('source') ? 'source' : 'target',
        };
      });
    });
    expect(gaps).toHaveLength(2);
    // A task of 120 by 80: handles of 10 px centred on its left and right sides.
    for (const { x, y, side } of gaps) {
      expect(Math.abs(x - (side === 'target' ? -5 : 115))).toBeLessThanOrEqual(1.5);
      expect(Math.abs(y - 35)).toBeLessThanOrEqual(1.5);
    }

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
