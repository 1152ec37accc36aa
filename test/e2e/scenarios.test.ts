import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openNewProcess, properties } from './editorSteps';
import { addPool, arrivalsEvery, assignPool, drawOneTask, enter, selectNothing } from './simulationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const simulatePanel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });
const scenario = (page: Page, name: string) => properties(page).getByRole('region', { name: `Scenario ${name}` });
const changes = (card: Locator) => card.getByRole('list').locator('li span').allTextContents();

const unitSeconds: Record<string, number> = { s: 1, min: 60, h: 3600, d: 86_400 };

/** Runs the chosen scenario and reads the report's scenario line and mean waiting time (in seconds). */
async function run(page: Page): Promise<{ shown: string; waiting: number }> {
  const panel = simulatePanel(page);
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  const kpis = panel.getByRole('table', { name: 'Key figures per completed case' });
  await kpis.waitFor({ timeout: 90_000 });
  const text =
    (await kpis
      .getByRole('row', { name: /^Waiting time/ })
      .getByRole('cell')
      .first()
      .textContent()) ?? '';
  const [, value, unit] = /^([\d.,]+) (s|min|h|d)$/.exec(text.trim()) ?? [];
  expect(unit, `waiting time "${text}"`).toBeDefined();
  const shown = (await panel.locator('.sim-report-scenario').textContent()) ?? '';
  return { shown, waiting: Number(value.replace(/,/g, '')) * unitSeconds[unit] };
}

describe('scenarios editor', () => {
  it('creates "One more clerk" by form on a map drawn from scratch and runs it against the map as drawn', async () => {
    const { page, errors } = await openNewProcess(browser);
    await drawOneTask(page, 'Check claim', { type: 'fixed', minutes: 15 });

    // Arrivals every 10 min and a pool of 2 clerks: busy three quarters of the time, so work waits.
    await arrivalsEvery(page, 10);
    await enter(properties(page), 'Cases', '400');
    await enter(properties(page), 'Replications', '2');
    await enter(await addPool(page, 'Clerks'), 'Capacity (people)', '2');
    await assignPool(page, 'Check claim', 'Clerks');

    // A scenario starts as the map as drawn; changes are added by form and listed in words.
    await selectNothing(page);
    await properties(page).getByLabel('New scenario name').fill('One more clerk');
    await properties(page).getByRole('button', { name: 'Add scenario' }).click();
    const card = scenario(page, 'One more clerk');
    await expect.poll(() => card.textContent()).toContain('No changes yet');
    await card.getByLabel('Change', { exact: true }).selectOption({ label: "A pool's capacity" });
    await card.getByLabel('Pool', { exact: true }).selectOption({ label: 'Clerks' });
    await card.getByLabel('New capacity (people)').fill('3');
    await card.getByRole('button', { name: 'Add change' }).click();
    await expect.poll(() => changes(card)).toEqual(['Clerks: 2 → 3 people']);
    await card.getByLabel('Change', { exact: true }).selectOption({ label: 'A task N % faster' });
    await card.getByLabel('Faster by (%)').fill('30');
    await card.getByRole('button', { name: 'Add change' }).click();
    await card.getByLabel('Change', { exact: true }).selectOption({ label: 'Arrivals × factor' });
    await card.getByRole('button', { name: 'Add change' }).click();
    await expect
      .poll(() => changes(card))
      .toEqual([
        'Clerks: 2 → 3 people',
        'Check claim: 30 % faster (15 min → 10.5 min)',
        'Arrivals: 30 % more (every 10 min → every 7.7 min)',
      ]);
    const body = properties(page).locator('.fw-properties-body');
    await card.scrollIntoViewIfNeeded();
    await body.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await screenshot(page, 'scenarios-editor');

    // Removing a change and undoing it are edits like any other.
    await card.getByRole('button', { name: /^Remove change: Arrivals/ }).click();
    await card.getByRole('button', { name: /^Remove change: Check claim/ }).click();
    await expect.poll(() => changes(card)).toEqual(['Clerks: 2 → 3 people']);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => changes(card)).toHaveLength(2);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => changes(card)).toEqual(['Clerks: 2 → 3 people']);

    // Duplicate, rename the copy, delete it.
    await card.getByRole('button', { name: 'Duplicate One more clerk' }).click();
    const copy = scenario(page, 'One more clerk (copy)');
    await enter(copy, 'Scenario name', 'Two more clerks');
    await scenario(page, 'Two more clerks').getByRole('button', { name: 'Delete Two more clerks' }).click();
    await scenario(page, 'Two more clerks').waitFor({ state: 'detached' });

    // The map as drawn, then the scenario, on the same random numbers: one more clerk waits less.
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await simulatePanel(page).waitFor();
    const drawn = await run(page);
    expect(drawn.shown).toBe('The map as drawn');
    await simulatePanel(page).getByLabel('Scenario', { exact: true }).selectOption({ label: 'One more clerk' });
    const more = await run(page);
    expect(more.shown).toBe('Scenario: One more clerk');
    expect(drawn.waiting).toBeGreaterThan(0);
    expect(more.waiting).toBeLessThan(drawn.waiting);
    await screenshot(page, 'scenarios-report');
    expect(errors).toEqual([]);
  });
});
