import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, edgeCount, openNewProcess, paletteItem, properties } from './editorSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const simulatePanel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });
const guidance = (page: Page) => simulatePanel(page).getByRole('region', { name: 'Before you run' });
const guidanceTexts = (page: Page) => guidance(page).locator('.sim-guidance-text').allTextContents();
const selectedNodes = (page: Page) => page.locator('.react-flow__node.selected').allTextContents();

async function enter(page: Page, label: string, value: string) {
  const field = properties(page).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

describe('guidance before a run', () => {
  it('lists what a map drawn from scratch lacks, shows the task, and drops an item once it is set', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'Task').click();
    await canvasNode(page, 'Task').waitFor();
    await enter(page, 'Name', 'Check claim');
    await canvasNode(page, 'Task: Check claim').waitFor();
    await paletteItem(page, 'End event').click();
    await expect.poll(() => edgeCount(page)).toBe(2);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });

    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await guidance(page).waitFor();
    await expect
      .poll(() => guidanceTexts(page))
      .toEqual([
        "1 task has no duration ('Check claim'): its time counts as 0.",
        'No resource pools: no task waits for people, so no waiting can occur.',
        'No arrivals set: a new case arrives every 1 h on average (the default).',
      ]);
    await screenshot(page, 'run-guidance-new-map');

    await guidance(page).getByRole('button', { name: 'Select the task' }).click();
    await expect.poll(() => selectedNodes(page)).toEqual(['Check claim']);
    await properties(page).getByLabel('Duration distribution').selectOption('fixed');
    await properties(page).getByLabel('Duration unit').selectOption('minutes');
    await enter(page, 'Duration (minutes)', '15');
    await expect.poll(async () => (await guidanceTexts(page)).some((t) => /no duration/.test(t))).toBe(false);
    expect(await guidanceTexts(page)).toHaveLength(2);
    await screenshot(page, 'run-guidance-duration-set');

    // The item without an element opens the map's own settings, where the pools are.
    await guidance(page).getByRole('button', { name: 'Open the resource pools' }).click();
    await expect.poll(() => selectedNodes(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
