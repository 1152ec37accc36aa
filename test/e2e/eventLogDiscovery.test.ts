import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFile, nameField } from './appSteps';
import { launchBrowser, screenshot } from './browser';
import { openNewProcess } from './editorSteps';

const repairLog = 'test/fixtures/logs/xes/repairExample.xes.gz';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const logsPanel = (page: Page) => page.getByRole('complementary', { name: 'Event logs' });
const simulatePanel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });
const mapBoxes = (page: Page) => logsPanel(page).locator('.dfg-activity');
const mapArrows = (page: Page) => logsPanel(page).locator('.dfg-edge');
const boxValue = (page: Page, name: string) =>
  logsPanel(page).locator(`.dfg-activity[data-name="${name}"] .dfg-activity-value`).textContent();

describe('a log in the app: its process map, and a map discovered from it', () => {
  it('imports the repair log, shows its summary and map, moves the sliders, discovers a map and simulates it', async () => {
    const { page, errors } = await openNewProcess(browser);
    await page.getByRole('button', { name: 'Logs', exact: true }).click();
    await logsPanel(page).waitFor();
    await chooseFile(page, logsPanel(page).getByRole('button', { name: 'Import log…' }), repairLog);

    // The summary, with the counts of test/fixtures/logs/SOURCES.md.
    const entry = logsPanel(page).getByRole('list', { name: 'Event logs' }).getByRole('button').first();
    await expect.poll(() => entry.textContent(), { timeout: 120_000 }).toContain('1,104 cases');
    await entry.click();
    await expect.poll(() => logsPanel(page).textContent()).toContain('11,855');

    // The process map: every activity of the log, counted as in a plain reading of the file.
    await logsPanel(page).getByRole('tab', { name: 'Process map' }).click();
    await expect.poll(() => mapBoxes(page).count()).toBe(8);
    expect(await boxValue(page, 'Register')).toBe('1,104');
    await logsPanel(page).locator('.dfg-map').scrollIntoViewIfNeeded();
    await screenshot(page, 'event-log-map-frequency');

    const arrows = await mapArrows(page).count();
    await logsPanel(page).getByLabel('Share of paths shown').fill('0');
    await expect.poll(() => mapArrows(page).count()).toBeLessThan(arrows);
    await logsPanel(page).getByLabel('Share of activities shown').fill('50');
    await expect.poll(() => mapBoxes(page).count()).toBe(4);
    await logsPanel(page).getByLabel('Share of activities shown').fill('100');
    await expect.poll(() => mapBoxes(page).count()).toBe(8);
    await logsPanel(page).getByRole('radio', { name: 'Performance' }).check();
    await expect.poll(() => boxValue(page, 'Analyze Defect')).toMatch(/^[\d.]+ (s|min|h|d)$/);
    await logsPanel(page).locator('.dfg-map').scrollIntoViewIfNeeded();
    await screenshot(page, 'event-log-map-performance');

    // A filter narrows the cases the map (and the discovery) works from.
    await logsPanel(page).getByText('Filters', { exact: true }).click();
    await logsPanel(page).getByLabel('Activity', { exact: true }).selectOption('Restart Repair');
    await expect.poll(() => logsPanel(page).locator('.dfg-status').textContent()).toMatch(/^\d+ of 1,104 cases/);
    await logsPanel(page).locator('.dfg-status').scrollIntoViewIfNeeded();
    await screenshot(page, 'event-log-map-filtered');
    await logsPanel(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => logsPanel(page).locator('.dfg-status').textContent()).toMatch(/^All 1,104 cases/);

    // Discover: a new process opens in the editor with the log's activities as tasks.
    await logsPanel(page).getByRole('button', { name: 'Discover process map' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'event-log-discover');
    await logsPanel(page).getByRole('button', { name: 'Discover process map' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Discovered "repairExample (discovered)".' })
      .waitFor({ timeout: 120_000 });
    await expect.poll(() => nameField(page).inputValue()).toBe('repairExample (discovered)');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(8);
    for (const task of ['Register', 'Analyze Defect', 'Inform User', 'Archive Repair'])
      await expect.poll(() => page.getByRole('group', { name: new RegExp(`^[\\w ]+: ${task}$`) }).count()).toBe(1);
    // The Logs panel made room for the new map.
    await expect.poll(() => logsPanel(page).count()).toBe(0);
    await screenshot(page, 'event-log-discovered-map');

    // Simulate it, as any map.
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await simulatePanel(page).waitFor();
    // Its times were taken from the log: only Register, which the log records without start times, has none.
    await expect.poll(() => simulatePanel(page).textContent()).toContain("1 task has no duration ('Register')");
    await simulatePanel(page).getByLabel('Cases').fill('500');
    await simulatePanel(page).getByLabel('Replications').fill('1');
    await simulatePanel(page).getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(() => simulatePanel(page).getByRole('status').textContent(), { timeout: 120_000 })
      .toMatch(/^Done: 500 cases/);
    const activities = await simulatePanel(page).getByRole('table', { name: 'Activities' }).textContent();
    expect(activities).toContain('Analyze Defect');
    await simulatePanel(page).getByRole('table', { name: 'Key figures per completed case' }).waitFor();
    await screenshot(page, 'event-log-discovered-simulated');
    expect(errors).toEqual([]);
  });
});
