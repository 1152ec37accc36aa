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

const panel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });
const kpis = (page: Page) => panel(page).getByRole('table', { name: 'Key figures per completed case' });
const staleNote = (page: Page) => panel(page).locator('.sim-stale');
const doneLine = (page: Page) =>
  panel(page)
    .getByRole('status')
    .filter({ hasText: /^Done:/ });
const nameField = (page: Page) => page.getByRole('textbox', { name: 'Process name' });

/** Types into a properties field and commits it with Enter. */
async function enter(page: Page, label: string, value: string) {
  const field = properties(page).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/** Opens the Simulate drawer unless it is open already (the button toggles it). */
async function openSimulate(page: Page) {
  if (await panel(page).isVisible()) return;
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await panel(page).waitFor();
}

async function openProcess(page: Page, name: string) {
  await page.getByRole('button', { name: 'Processes', exact: true }).click();
  await page.getByRole('complementary', { name: 'Processes' }).getByRole('button', { name, exact: true }).click();
  await expect.poll(() => nameField(page).inputValue()).toBe(name);
}

describe('one results store for the app', () => {
  it('keeps the report when the drawer closes and another process opens, and marks it out of date on edits', async () => {
    const { page, errors } = await openNewProcess(browser);
    await nameField(page).fill('Claims check');
    await nameField(page).press('Enter');
    // Start → task of 15 minutes → end, drawn from the palette.
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'User task').click();
    await canvasNode(page, 'User task').waitFor();
    await enter(page, 'Name', 'Check claim');
    await canvasNode(page, 'User task: Check claim').waitFor();
    await properties(page).getByLabel('Duration distribution').selectOption('fixed');
    await properties(page).getByLabel('Duration unit').selectOption('minutes');
    await enter(page, 'Duration (minutes)', '15');
    await paletteItem(page, 'End event').click();
    await expect.poll(() => edgeCount(page)).toBe(2);

    // A long run goes on while the drawer is closed, and its progress shows when it is opened again.
    await openSimulate(page);
    await panel(page).getByLabel('Cases').fill('10,000,000');
    await panel(page).getByLabel('Replications').fill('1');
    await panel(page).getByRole('button', { name: 'Run', exact: true }).click();
    const bar = panel(page).getByRole('progressbar', { name: 'Simulation progress' });
    await bar.waitFor();
    await panel(page).getByRole('button', { name: 'Close simulate' }).click();
    await panel(page).waitFor({ state: 'detached' });
    await openSimulate(page);
    await bar.waitFor();
    await expect
      .poll(() => panel(page).locator('.sim-status').textContent())
      .toMatch(/^Simulating… .* of 10,000,000 cases$/);
    await screenshot(page, 'results-store-running-reopened');
    await panel(page).getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => panel(page).locator('.sim-status').textContent()).toMatch(/^Cancelled after/);

    await panel(page).getByLabel('Cases').fill('200');
    await panel(page).getByLabel('Replications').fill('1');
    await panel(page).getByRole('button', { name: 'Run', exact: true }).click();
    await kpis(page).waitFor({ timeout: 60_000 });
    const done = await doneLine(page).textContent();
    expect(done).toMatch(/^Done: 200 cases/);
    const figures = await kpis(page).textContent();
    await screenshot(page, 'results-store-run');

    // Closed and opened again: the same report, not a new run.
    await panel(page).getByRole('button', { name: 'Close simulate' }).click();
    await panel(page).waitFor({ state: 'detached' });
    await openSimulate(page);
    await kpis(page).waitFor();
    expect(await doneLine(page).textContent()).toBe(done);
    expect(await kpis(page).textContent()).toBe(figures);
    expect(await staleNote(page).count()).toBe(0);
    await screenshot(page, 'results-store-reopened');

    // An edit makes the report out of date; undoing it makes it current again.
    await canvasNode(page, 'User task: Check claim').click();
    await enter(page, 'Name', 'Check the claim');
    await canvasNode(page, 'User task: Check the claim').waitFor();
    await expect.poll(() => staleNote(page).textContent()).toMatch(/^Out of date: the map has changed since this run/);
    expect(await kpis(page).textContent()).toBe(figures);
    await screenshot(page, 'results-store-stale');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await canvasNode(page, 'User task: Check claim').waitFor();
    await expect.poll(() => staleNote(page).count()).toBe(0);
    await screenshot(page, 'results-store-current-again');

    // Another process has no results of its own; coming back shows this one's report, still current.
    await page.getByRole('button', { name: 'New process' }).first().click();
    await expect.poll(() => nameField(page).inputValue()).toBe('Untitled process');
    await openSimulate(page);
    expect(await kpis(page).count()).toBe(0);
    await expect.poll(() => panel(page).textContent()).toContain('Runs the map forward in time');
    await screenshot(page, 'results-store-other-process');
    await openProcess(page, 'Claims check');
    await openSimulate(page);
    await kpis(page).waitFor();
    expect(await doneLine(page).textContent()).toBe(done);
    expect(await kpis(page).textContent()).toBe(figures);
    expect(await staleNote(page).count()).toBe(0);
    await screenshot(page, 'results-store-back');
    expect(errors).toEqual([]);
  });
});
