import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openNewProcess, properties } from './editorSteps';
import { addPool, arrivalsEvery, assignPool, drawOneTask, enter, selectNothing } from './simulationSteps';

const outputDir = 'test/output/queue-policy';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outputDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const simulatePanel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });
const pool = (page: Page, name: string) => properties(page).getByRole('region', { name: `Pool ${name}` });
const chosen = (scope: Locator, label: string) =>
  scope
    .getByRole('combobox', { name: label, exact: true })
    .evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent);
const policyNote = (page: Page) => pool(page, 'Clerks').locator('.fw-pool-policy-note').textContent();
const undo = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true }).click();
const redo = (page: Page) => page.getByRole('button', { name: 'Redo', exact: true }).click();

/** The map's pools as exported to a .flow.json file. */
async function exportedPools(page: Page, as: string): Promise<Array<Record<string, unknown>>> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Export' })
    .getByRole('button', { name: /^Export (file|anyway)$/ })
    .click();
  const file = await download;
  await file.saveAs(`${outputDir}/${as}`);
  // The "Exported" notice would cover the panel in the screenshots that follow.
  const dismiss = page.getByRole('button', { name: 'Dismiss', exact: true });
  await dismiss.first().click();
  await expect.poll(() => dismiss.count()).toBe(0);
  return JSON.parse(readFileSync(`${outputDir}/${as}`, 'utf8')).simulation.resources;
}

/** Runs the chosen scenario and reads the mean waiting time as shown, with the report's scenario line. */
async function run(page: Page): Promise<{ shown: string; waiting: string }> {
  const panel = simulatePanel(page);
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  const kpis = panel.getByRole('table', { name: 'Key figures per completed case' });
  await kpis.waitFor({ timeout: 90_000 });
  const waiting = await kpis
    .getByRole('row', { name: /^Waiting time/ })
    .getByRole('cell')
    .first()
    .textContent();
  return { shown: (await panel.locator('.sim-report-scenario').textContent()) ?? '', waiting: waiting ?? '' };
}

/** Seconds from "12.5 min" and the like. */
function seconds(text: string): number {
  const [, value, unit] = /^([\d.,]+) (s|min|h|d)$/.exec(text.trim()) ?? [];
  expect(unit, `waiting time "${text}"`).toBeDefined();
  return Number(value.replace(/,/g, '')) * { s: 1, min: 60, h: 3600, d: 86_400 }[unit]!;
}

describe('queue policy of a resource pool', () => {
  it('is chosen on the pool card, saved in the file, undone, and changed by a scenario', async () => {
    const { page, errors } = await openNewProcess(browser);
    await drawOneTask(page, 'Check claim', { type: 'exponential', minutes: 8 });

    // One clerk, a case every 10 minutes: busy 80 % of the time, so work queues.
    await arrivalsEvery(page, 10);
    await enter(properties(page), 'Cases', '2000');
    await enter(properties(page), 'Replications', '2');
    const clerks = await addPool(page, 'Clerks');
    await enter(clerks, 'Capacity (people)', '1');
    await assignPool(page, 'Check claim', 'Clerks');

    // A new pool serves first come, first served, and says so; the select changes it, and the note follows.
    await selectNothing(page);
    expect(await chosen(clerks, 'Queue policy')).toBe('First come, first served');
    expect(await policyNote(page)).toMatch(/in the order it arrived/);
    await clerks.getByLabel('Queue policy').selectOption({ label: 'Shortest work first' });
    await expect.poll(() => policyNote(page)).toMatch(/least time starts first.*case priority does not apply/);
    await expect.poll(() => clerks.textContent()).toContain('Used by Check claim.');
    await clerks.scrollIntoViewIfNeeded();
    await screenshot(page, 'queue-policy-pool');
    expect((await exportedPools(page, 'shortest.flow.json'))[0]).toMatchObject({ queuePolicy: 'shortest' });

    // One undo takes the choice back; the file then has no policy (first come, first served), and redo restores it.
    await undo(page);
    await expect.poll(() => chosen(clerks, 'Queue policy')).toBe('First come, first served');
    expect((await exportedPools(page, 'undone.flow.json'))[0]).not.toHaveProperty('queuePolicy');
    await redo(page);
    await expect.poll(() => chosen(clerks, 'Queue policy')).toBe('Shortest work first');
    await clerks.getByLabel('Queue policy').selectOption({ label: 'First come, first served' });
    await expect.poll(() => policyNote(page)).toMatch(/in the order it arrived/);

    // A scenario serves the shortest work first; the change is listed in words.
    await properties(page).getByLabel('New scenario name').fill('Quick ones first');
    await properties(page).getByRole('button', { name: 'Add scenario' }).click();
    const card = properties(page).getByRole('region', { name: 'Scenario Quick ones first' });
    await card.getByLabel('Change', { exact: true }).selectOption({ label: "A pool's queue policy" });
    await card.getByLabel('Pool', { exact: true }).selectOption({ label: 'Clerks' });
    await card.getByLabel('New queue policy').selectOption({ label: 'Shortest work first' });
    await card.getByRole('button', { name: 'Add change' }).click();
    await expect
      .poll(() => card.getByRole('list').locator('li span').allTextContents())
      .toEqual(['Clerks: first come, first served → shortest work first']);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'queue-policy-scenario');

    // Same random numbers, same work: served shortest first, the cases wait less on average.
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await simulatePanel(page).waitFor();
    const drawn = await run(page);
    expect(drawn.shown).toBe('The map as drawn');
    await simulatePanel(page).getByLabel('Scenario', { exact: true }).selectOption({ label: 'Quick ones first' });
    const quick = await run(page);
    expect(quick.shown).toBe('Scenario: Quick ones first');
    expect(seconds(quick.waiting)).toBeGreaterThan(0);
    expect(seconds(quick.waiting)).toBeLessThan(seconds(drawn.waiting) * 0.8);
    await screenshot(page, 'queue-policy-report');
    expect(errors).toEqual([]);
  });
});
