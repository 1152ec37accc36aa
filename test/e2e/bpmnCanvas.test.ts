import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBpmn } from '../../shared/io/bpmn';
import { launchBrowser, openApp, screenshot, screenshotDir, viewSettled } from './browser';
import { canvasNode, properties } from './editorSteps';

/**
 * The MIWG reference models opened through the app's Import, for a side-by-side look with the reference PNGs
 * (docs/bpmn.md records what was compared). Each shows every top-level element of its map on the canvas.
 */
const referenceModels = ['A.1.0', 'A.2.0', 'A.3.0', 'A.4.0', 'B.1.0', 'B.2.0'];
const fixture = (name: string) => `test/fixtures/bpmn/miwg/reference/${name}.bpmn`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function importThroughPicker(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(path);
}

/**
 * A large model is hard to read in one 1280x800 picture: on a tall window with the panels out of the way, the
 * canvas shows it near full size, taken in four quarters.
 */
async function detailShots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 2560, height: 1800 });
  await page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: 'Problems' }).click();
  await page.getByRole('button', { name: 'Show the whole map' }).click();
  await viewSettled(page);
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const [w, h] = [canvas.width / 2, canvas.height / 2];
  for (const [i, [dx, dy]] of [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ].entries())
    await page.screenshot({
      path: `${screenshotDir}/bpmn-${name}-part${i + 1}.png`,
      clip: { x: canvas.x + dx * w, y: canvas.y + dy * h, width: w, height: h },
    });
}

describe('MIWG reference models on the canvas', () => {
  it.each(referenceModels)('opens %s with every top-level element drawn', async (name) => {
    const { model } = await importBpmn(new Uint8Array(readFileSync(fixture(name))), { name });
    const topLevel = model.nodes.filter((n) => n.parent === undefined);
    const { page, errors } = await openApp(browser);
    await importThroughPicker(page, fixture(name));
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported ".+" from BPMN/ })
      .first()
      .waitFor();
    await expect
      .poll(() => page.locator('.react-flow__node:not(.react-flow__node-lane)').count())
      .toBe(topLevel.length);
    // Notices would cover part of the map in the picture.
    for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
    await page.getByRole('button', { name: 'Show the whole map' }).click();
    await screenshot(page, `bpmn-${name}`);
    if (topLevel.length > 20) await detailShots(page, name);
    expect(errors).toEqual([]);
  });
});

describe('nested lanes on the canvas', () => {
  it('draws a lane that holds others around them, its name in a header strip of its own, taking no clicks', async () => {
    const { page, errors } = await openApp(browser);
    await importThroughPicker(page, 'test/fixtures/bpmn/misc/bpmn-js/lanes.bpmn');
    const holder = page.locator('.react-flow__node-holdingLane');
    await holder.waitFor();
    await expect.poll(() => holder.getAttribute('aria-label')).toBe('Lane: Lane_A');
    for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
    await page.getByRole('button', { name: 'Show the whole map' }).click();
    await viewSettled(page);
    const box = async (name: string) => (await canvasNode(page, name).boundingBox())!;
    const [outer, inner, beside] = [
      await holder.boundingBox(),
      await box('Lane: Nested_Lane_A'),
      await box('Lane: Lane_B'),
    ];
    // The holder's header strip lies left of its lanes' headers; the lane beside it starts where it does.
    expect(outer!.x).toBeLessThan(inner.x - 10);
    expect(Math.abs(beside.x - outer!.x)).toBeLessThan(1);
    expect(await page.locator('.react-flow__node-holdingLane .fw-lane-name').textContent()).toBe('Lane_A');
    await screenshot(page, 'bpmn-nested-lanes');
    // The lanes it holds work as before: their header selects them, over the holder.
    await canvasNode(page, 'Lane: Nested_Lane_A').locator('.fw-lane-header').click();
    await expect.poll(() => properties(page).getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Nested_Lane_A');
    expect(errors).toEqual([]);
  });
});
