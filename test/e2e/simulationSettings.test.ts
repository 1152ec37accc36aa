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
const pool = (page: Page, name: string) => properties(page).getByRole('region', { name: `Pool ${name}` });
const selectNothing = (page: Page) => page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
const selectedText = (page: Page, label: string) =>
  properties(page)
    .getByRole('combobox', { name: label, exact: true })
    .evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent);

/** Types into a field and commits it with Enter, as the panel's fields commit on Enter or blur. */
async function enter(page: Page, scope: ReturnType<typeof properties>, label: string, value: string) {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

describe('simulation settings and resource pools by form', () => {
  it('sets arrivals, a pool for a lane with office hours and a cost, and runs the map drawn from scratch', async () => {
    const { page, errors } = await openNewProcess(browser);
    // A lane around the start event, then start → user task → end event inside it.
    await selectNothing(page);
    await paletteItem(page, 'Lane').click();
    await canvasNode(page, 'Lane: Lane 1').waitFor();
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'User task').click();
    await canvasNode(page, 'User task').waitFor();
    await enter(page, properties(page), 'Name', 'Check claim');
    await canvasNode(page, 'User task: Check claim').waitFor();
    await properties(page).getByLabel('Duration distribution').selectOption('fixed');
    await properties(page).getByLabel('Duration unit').selectOption('minutes');
    await enter(page, properties(page), 'Duration (minutes)', '15');
    expect(await selectedText(page, 'Resource pool')).toBe('No pools yet');
    await screenshot(page, 'sim-settings-task-no-pool');
    await paletteItem(page, 'End event').click();
    await expect.poll(() => edgeCount(page)).toBe(2);

    // The lane offers a pool for its people; its task without a pool takes it.
    await canvasNode(page, 'Lane: Lane 1').locator('.fw-lane-header').click();
    await enter(page, properties(page), 'Name', 'Clerks');
    await screenshot(page, 'sim-settings-lane');
    await properties(page).getByRole('button', { name: 'Create a pool for this lane' }).click();
    await expect.poll(() => properties(page).textContent()).toContain("Its people are the pool 'Clerks'");
    await screenshot(page, 'sim-settings-lane-pool');

    // With nothing selected: the arrivals, the run and the pools of the map.
    await selectNothing(page);
    await properties(page).getByLabel('Cases arrive').selectOption('rate');
    await properties(page).getByLabel('Cases per period').selectOption('day');
    await enter(page, properties(page), 'Number of cases', '120');
    await expect.poll(() => properties(page).textContent()).toContain('about 5 an hour, 120 a day');
    await screenshot(page, 'sim-settings-arrival-rate');
    await properties(page).getByLabel('Cases arrive').selectOption('every');
    await properties(page).getByLabel('Every (on average) unit').selectOption('minutes');
    expect(await properties(page).getByLabel('Every (on average)', { exact: true }).inputValue()).toBe('12');
    await enter(page, properties(page), 'Every (on average)', '10');
    await expect.poll(() => properties(page).textContent()).toContain('about 6 an hour, 144 a day');
    await properties(page).getByLabel('Arrivals open').selectOption({ label: 'Mon–Fri 09:00–17:00' });
    await enter(page, properties(page), 'Cases', '300');
    await enter(page, properties(page), 'Replications', '2');
    const clerks = pool(page, 'Clerks');
    await enter(page, clerks, 'Capacity (people)', '2');
    await enter(page, clerks, 'Cost per hour of work (EUR)', '40');
    await enter(page, clerks, 'Cost per hour of capacity, paid busy or idle (EUR per person)', '30');
    await clerks.getByLabel('Working hours').selectOption({ label: 'Mon–Fri 09:00–17:00' });
    await expect.poll(() => clerks.textContent()).toContain('Used by Check claim.');
    expect(await selectedText(page, 'Lane')).toBe('Clerks');
    const body = properties(page).locator('.fw-properties-body');
    await body.evaluate((element) => element.scrollTo(0, 0));
    await screenshot(page, 'sim-settings-arrivals');
    await body.evaluate((element) => element.scrollTo(0, element.scrollHeight / 2 - 200));
    await screenshot(page, 'sim-settings-run');
    await body.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await screenshot(page, 'sim-settings-pools');

    // Each value is stored (undoably): one undo takes back the last choice only.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => selectedText(page, 'Working hours')).toBe('Always open (24/7)');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => selectedText(page, 'Working hours')).toBe('Mon–Fri 09:00–17:00');
    expect(await clerks.getByLabel('Cost per hour of capacity, paid busy or idle (EUR per person)').inputValue()).toBe(
      '30',
    );

    // The task's dropdown offers the pool.
    await canvasNode(page, 'User task: Check claim').click();
    expect(await selectedText(page, 'Resource pool')).toBe('Clerks');
    await properties(page).getByLabel('Resource pool').selectOption({ label: 'No pool' });
    await properties(page).getByLabel('Resource pool').selectOption({ label: 'Clerks' });
    await screenshot(page, 'sim-settings-task-pool');

    // Run: the clerks' office hours make work wait, and their hours cost money.
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await simulatePanel(page).waitFor();
    expect(await simulatePanel(page).getByLabel('Cases').inputValue()).toBe('300');
    await simulatePanel(page).getByRole('button', { name: 'Run', exact: true }).click();
    const kpis = simulatePanel(page).getByRole('table', { name: 'Key figures per completed case' });
    await kpis.waitFor({ timeout: 60_000 });
    const mean = (row: string) =>
      kpis
        .getByRole('row', { name: new RegExp(`^${row}`) })
        .getByRole('cell')
        .first();
    expect(await mean('Waiting time').textContent()).not.toMatch(/^0( s)?$/);
    expect(await mean('Cost per case').textContent()).toMatch(/[1-9]/);
    expect(await simulatePanel(page).getByRole('table', { name: 'Resources' }).textContent()).toContain('Clerks');
    await screenshot(page, 'sim-settings-report');
    expect(errors).toEqual([]);
  });

  it('asks where the tasks of a pool in use go when it is deleted, and undoes the deletion', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'User task').click();
    await canvasNode(page, 'User task').waitFor();
    await selectNothing(page);
    for (const name of ['Clerks', 'Managers']) {
      await properties(page).getByLabel('New pool name').fill(name);
      await properties(page).getByRole('button', { name: 'Add pool' }).click();
      await pool(page, name).waitFor();
    }
    await canvasNode(page, 'User task').click();
    await properties(page).getByLabel('Resource pool').selectOption({ label: 'Clerks' });

    await selectNothing(page);
    await pool(page, 'Clerks').getByRole('button', { name: 'Delete pool Clerks' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete pool Clerks' });
    await expect.poll(() => dialog.textContent()).toContain("One task uses this pool: 'User task'");
    await screenshot(page, 'sim-settings-delete-pool');
    await dialog.getByLabel('Move its tasks to').selectOption({ label: 'Managers' });
    await dialog.getByRole('button', { name: 'Delete pool', exact: true }).click();
    await pool(page, 'Clerks').waitFor({ state: 'detached' });
    await expect.poll(() => pool(page, 'Managers').textContent()).toContain('Used by User task.');

    await page.keyboard.press('Control+z');
    await pool(page, 'Clerks').waitFor();
    await expect.poll(() => pool(page, 'Clerks').textContent()).toContain('Used by User task.');
    expect(await pool(page, 'Managers').textContent()).toContain('No task uses this pool yet.');
    expect(errors).toEqual([]);
  });
});
