import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFile } from './appSteps';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, edgeCount, openNewProcess, paletteItem, properties } from './editorSteps';

/** Eight requests, seven with a time in "Received" (PR-107 has none), and an empty row (see SOURCES.md). */
const requestsCsv = 'test/fixtures/data/approval-requests.messy.csv';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dataPanel = (page: Page) => page.getByRole('complementary', { name: 'Case data' });
const simPanel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });
const selectNothing = (page: Page) => page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
const chosen = (select: Locator) => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent);

/** Types into a field and commits it with Enter, as the panel's fields commit on Enter or blur. */
async function enter(scope: Locator, label: string, value: string) {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

describe('arrivals at the records’ times and the start in a place', () => {
  it('replays the records at their own times by the map’s setting, with the start in Europe/Paris', async () => {
    const { page, errors } = await openNewProcess(browser);
    // Start → "Check request" (15 minutes) → end, drawn from scratch.
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'User task').click();
    await canvasNode(page, 'User task').waitFor();
    await enter(properties(page), 'Name', 'Check request');
    await canvasNode(page, 'User task: Check request').waitFor();
    await properties(page).getByLabel('Duration distribution').selectOption('fixed');
    await properties(page).getByLabel('Duration unit').selectOption('minutes');
    await enter(properties(page), 'Duration (minutes)', '15');
    await paletteItem(page, 'End event').click();
    await expect.poll(() => edgeCount(page)).toBe(2);

    // Records whose "Received" column is their arrival time, saved with the map.
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const data = dataPanel(page);
    await chooseFile(page, data.getByRole('button', { name: 'Load sample records…' }), requestsCsv);
    await data.getByRole('heading', { name: 'Data quality' }).waitFor();
    await data.getByLabel('Arrival-time column').selectOption('Received');
    await data.getByRole('button', { name: 'Save records with the map' }).click();
    await data.getByRole('status').filter({ hasText: 'approval-requests.messy.csv' }).waitFor();
    await data.getByRole('button', { name: 'Close case data' }).click();

    // The map's arrivals: at the records' times, said in words with the records and their column.
    await selectNothing(page);
    const arrive = properties(page).getByLabel('Cases arrive');
    await arrive.selectOption({ label: 'At the records’ arrival times' });
    await expect
      .poll(() => properties(page).getByRole('note').filter({ hasText: 'Each record in' }).textContent())
      .toBe(
        'Each record in approval-requests.messy.csv becomes a case at its own arrival time (column Received), ' +
          'earliest first, when a run uses those records. A run without them uses the time between cases below.',
      );
    await properties(page).getByLabel('Time between cases without records', { exact: true }).waitFor();
    await screenshot(page, 'arrivals-from-records');
    // Undoable like the other settings.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => arrive.inputValue()).toBe('every');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => arrive.inputValue()).toBe('records');

    // The start in Paris: 08:00 on 5 January is winter time, on 6 July summer time; the place stays.
    const zone = properties(page).getByLabel('Time zone', { exact: true });
    await zone.selectOption('Europe/Paris');
    await expect.poll(() => chosen(zone)).toBe('Europe/Paris (UTC+01:00)');
    expect(await properties(page).getByLabel('Start date', { exact: true }).inputValue()).toBe('2026-01-05');
    expect(await properties(page).getByLabel('Start time', { exact: true }).inputValue()).toBe('08:00');
    await enter(properties(page), 'Start date', '2026-07-06');
    await expect.poll(() => chosen(zone)).toBe('Europe/Paris (UTC+02:00)');
    expect(await properties(page).getByLabel('Start time', { exact: true }).inputValue()).toBe('08:00');
    // The built-in office hours added from a picker keep the start's place.
    await properties(page).getByLabel('Arrivals open').selectOption({ label: 'Mon–Fri 09:00–17:00' });
    await expect
      .poll(() => properties(page).locator('.fw-calendar-head').allTextContents())
      .toContainEqual(expect.stringContaining('Europe/Paris'));
    await zone.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'arrivals-start-zone');

    // Simulate starts from the records, replayed at their times: one case per record with an arrival time.
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const sim = simPanel(page);
    await expect.poll(() => chosen(sim.getByLabel('Case data'))).toBe('approval-requests.messy.csv (9 rows)');
    expect(await sim.getByLabel('Record order').inputValue()).toBe('replay');
    expect(await sim.getByLabel('Cases', { exact: true }).inputValue()).toBe('7');
    const guidance = sim.getByRole('region', { name: 'Before you run' });
    if ((await guidance.count()) > 0) expect(await guidance.textContent()).not.toMatch(/arrive/);
    await screenshot(page, 'arrivals-simulate-replay');
    await sim.getByRole('button', { name: 'Run', exact: true }).click();
    await sim.getByRole('table', { name: 'Key figures per completed case' }).waitFor({ timeout: 90_000 });
    expect(await sim.getByRole('status').first().textContent()).toMatch(/^Done: 7 cases/);
    expect(await sim.textContent()).toContain('Cases from 8 records (replay order).');
    await screenshot(page, 'arrivals-simulate-report');
    expect(errors).toEqual([]);
  });
});
