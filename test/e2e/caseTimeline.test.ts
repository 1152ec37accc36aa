import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, openNewProcess } from './editorSteps';
import {
  addPool,
  arrivalsEvery,
  assignPool,
  drawOneTask,
  durationExpression,
  loadPurchaseRecords,
  runOnPurchaseRecords,
  selectNothing,
} from './simulationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const timeline = (page: Page) => page.getByRole('dialog', { name: /^Case / });

describe('the case timeline', () => {
  it("shows a case's steps, waits, pool and exception, picked from the exception list and from the variants", async () => {
    const { page, errors } = await openNewProcess(browser);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Start → Check request (one clerk, 10 minutes) → end, with a case every 6 minutes: cases queue.
    await drawOneTask(page, 'Check request', { type: 'fixed', minutes: 10 });
    await arrivalsEvery(page, 6);
    await addPool(page, 'Clerks');
    await assignPool(page, 'Check request', 'Clerks');

    // Records whose amount is not a positive number make the duration expression fail: an exception.
    await loadPurchaseRecords(page);
    await durationExpression(page, 'User task: Check request', 'if amount > 0 then 600 else -1');
    const sim = await runOnPurchaseRecords(page, 8, 2);

    await sim.getByRole('button', { name: /Check request · Invalid field/ }).click();
    const records = sim.getByRole('table', { name: 'Records with Invalid field at Check request' });
    const show = records.locator('tbody tr').nth(0).getByRole('button', { name: 'Show case' });
    await show.click();

    const dialog = timeline(page);
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('heading', { level: 2 }).innerText()).toBe('Case row 5 (run 1)');
    await dialog.locator('.case-totals').waitFor();
    expect(await dialog.innerText()).toMatch(/record in row 5 · key PR-004/);
    const step = dialog.locator('.case-step');
    expect(await step.count()).toBe(1);
    expect(await step.innerText()).toMatch(/^Check request\s+Clerks\s+(waited .* · )?worked 10 min · \w{3} \d+ \w{3}/);
    expect(await dialog.locator('.case-step-track .case-bar-work').count()).toBe(1);
    expect(await dialog.locator('.case-path li').allInnerTexts()).toEqual(['Check request']);
    expect(await dialog.locator('.case-exceptions').innerText()).toMatch(
      /^Invalid field at Check request: the duration expression did not give a number of seconds .*; the drawn duration was used · \w{3} \d+ \w{3} \d\d:\d\d$/,
    );
    expect(await dialog.locator('.case-totals').innerText()).toMatch(/^Cycle time .* · worked 10 min · cost/);
    await screenshot(page, 'case-timeline-from-exception');

    // A later case waits for the one clerk: its light bar is drawn and its wait is said in words.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await show.evaluate((b) => b === document.activeElement)).toBe(true);
    await records.locator('tbody tr').nth(1).getByRole('button', { name: 'Show case' }).click();
    await expect.poll(() => dialog.getByRole('heading', { level: 2 }).innerText()).toBe('Case row 6 (run 1)');
    await dialog.locator('.case-totals').waitFor();

    // The activity's name shows it on the map.
    await dialog.getByRole('button', { name: 'Check request' }).click();
    await expect.poll(() => canvasNode(page, 'User task: Check request').getAttribute('class')).toMatch(/selected/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    // From the variants: the first measured case along the path, whatever its run.
    await selectNothing(page);
    const variant = sim.getByRole('button', { name: 'Show a case of path 1' });
    await variant.scrollIntoViewIfNeeded();
    const pathName = await sim.getByRole('table', { name: 'Process variants' }).locator('tbody th').first().innerText();
    await variant.click();
    await expect.poll(() => dialog.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Case row \d+ \(run 1\)$/);
    await dialog.locator('.case-totals').waitFor();
    expect(pathName).toContain((await dialog.locator('.case-path li').allInnerTexts()).join(' → '));
    await screenshot(page, 'case-timeline-from-variant');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(errors).toEqual([]);
  });
});
