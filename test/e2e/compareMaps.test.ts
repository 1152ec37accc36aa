import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, edgeCount, openNewProcess, paletteItem, properties } from './editorSteps';
import { addPool, arrivalsEvery, assignPool, drawOneTask, enter, selectNothing } from './simulationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Process name' });

/** Each KPI's verdict in the table of the future map against the current one, by KPI name. */
async function verdicts(dialog: Locator): Promise<Record<string, string>> {
  const rows = await dialog.getByRole('table', { name: 'Future against current' }).locator('tbody tr').all();
  const out: Record<string, string> = {};
  for (const row of rows)
    out[(await row.locator('th').textContent()) ?? ''] = (await row.locator('.sim-verdict').textContent()) ?? '';
  return out;
}

/** The SVG a map picture of the dialog shows, decoded from its data URL. */
async function pictureSvg(dialog: Locator, title: string): Promise<string> {
  const src = await dialog.getByRole('img', { name: title }).getAttribute('src');
  return decodeURIComponent((src ?? '').replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
}

describe('as-is against to-be in the app', () => {
  it('compares a map with its changed copy: changes marked on both maps and listed, KPIs with verdicts', async () => {
    const { page, errors } = await openNewProcess(browser);
    await nameField(page).fill('Claims');
    await nameField(page).press('Enter');
    await drawOneTask(page, 'Check claim', { type: 'fixed', minutes: 15 });
    // Every 10 min for 2 clerks at 15 min each: busy three quarters of the time, so work waits.
    await arrivalsEvery(page, 10);
    await enter(properties(page), 'Cases', '400');
    await enter(await addPool(page, 'Clerks'), 'Capacity (people)', '2');
    await assignPool(page, 'Check claim', 'Clerks');
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    // The copy keeps the map as it is: the as-is. The open map becomes the to-be.
    await page.getByRole('button', { name: 'Processes', exact: true }).click();
    await page.getByRole('button', { name: 'Duplicate Claims' }).click();
    const processes = page.getByRole('complementary', { name: 'Processes' });
    await expect.poll(() => processes.locator('.side-item-title').allTextContents()).toContain('Claims (copy)');

    // To-be: an automatic check after the clerks' check, and a third clerk.
    await canvasNode(page, 'End event').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => edgeCount(page)).toBe(1);
    await canvasNode(page, 'User task: Check claim').click();
    await paletteItem(page, 'Service task').click();
    await canvasNode(page, 'Service task').waitFor();
    await enter(properties(page), 'Name', 'Auto check');
    await paletteItem(page, 'End event').click();
    await expect.poll(() => edgeCount(page)).toBe(3);
    await selectNothing(page);
    await enter(properties(page).getByRole('region', { name: 'Pool Clerks' }), 'Capacity (people)', '3');

    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Simulate' });
    await panel.getByRole('button', { name: 'Compare with another map…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare two maps' });
    const current = dialog.getByRole('group', { name: 'Current (as-is)' });
    const future = dialog.getByRole('group', { name: 'Future (to-be)' });
    // The open map as it is now is the current map until another is picked.
    expect(await current.getByLabel('Process').locator('option:checked').textContent()).toBe('Claims (open)');
    await current.getByLabel('Process').selectOption({ label: 'Claims (copy)' });
    await future.getByLabel('Process').selectOption({ label: 'Claims (open)' });
    expect(await future.getByLabel('Version').locator('option:checked').textContent()).toBe('As it is now');
    await dialog.getByLabel('Replications').fill('5');
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    await dialog.getByRole('table', { name: 'Side by side' }).waitFor({ timeout: 120_000 });

    const changes = await dialog.locator('.cmp-change-list li').allTextContents();
    expect(changes).toContain("AddedAdded service task 'Auto check'");
    expect(changes).toContain("ChangedChanged pool 'Clerks': capacity 2 → 3");
    expect(changes).toContain("ChangedChanged flow from 'Check claim' to 'Auto check': where it leads");
    const futureSvg = await pictureSvg(dialog, 'Future: Claims, as it is now');
    expect(futureSvg).toContain('<g class="badge"><title>Added service task');
    const currentSvg = await pictureSvg(dialog, 'Current: Claims (copy), as last saved');
    // The flow that ended the map now leads to the automatic check: marked on the current map too.
    expect(currentSvg).toContain('<g class="flow-mark"><title>Changed flow from');

    const found = await verdicts(dialog);
    expect(found['Waiting time (mean)']).toBe('✔ real');
    expect(found['Utilisation of Clerks']).toBe('✔ real');
    const headings = await dialog.getByRole('table', { name: 'Side by side' }).locator('thead th').allTextContents();
    expect(headings).toEqual(['KPI', 'Current', 'Future']);
    await screenshot(page, 'compare-maps');
    await dialog
      .getByRole('heading', { name: 'Future against current' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'compare-maps-kpis');

    // Kept: closed and opened again, the dialog shows the same comparison without a new run.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: 'Compare with another map…' }).click();
    expect(await verdicts(dialog)).toEqual(found);

    // The open map was compared as it is now: once it changes, the comparison says it is out of date.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await selectNothing(page);
    await enter(properties(page).getByRole('region', { name: 'Pool Clerks' }), 'Capacity (people)', '4');
    await panel.getByRole('button', { name: 'Compare with another map…' }).click();
    const outOfDate = dialog.getByRole('note').filter({ hasText: 'Out of date' });
    await outOfDate.waitFor();
    expect(await outOfDate.textContent()).toContain('the open map has changed since this comparison');
    await screenshot(page, 'compare-maps-out-of-date');
    // Compare again runs the same two maps with the same settings, the open one as it is now.
    await outOfDate.getByRole('button', { name: 'Compare again' }).click();
    await expect
      .poll(() => dialog.locator('.cmp-change-list li').allTextContents(), { timeout: 120_000 })
      .toContain("ChangedChanged pool 'Clerks': capacity 2 → 4");
    expect(await outOfDate.count()).toBe(0);
    expect(await dialog.getByLabel('Replications').inputValue()).toBe('5');

    // A long comparison shows its progress over both maps and stops on Cancel.
    await dialog.getByLabel('Cases').fill('200000');
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    await dialog.getByRole('progressbar').waitFor();
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('status').textContent(), { timeout: 30_000 })
      .toContain('Comparison cancelled after');
    expect(await dialog.getByRole('status').textContent()).toMatch(/of 2,000,000 cases/);
    expect(errors).toEqual([]);
  });
});
