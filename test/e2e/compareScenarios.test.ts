import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, openNewProcess, properties } from './editorSteps';
import { addPool, arrivalsEvery, assignPool, drawOneTask, enter, selectNothing, verdicts } from './simulationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const simulatePanel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });
const scenario = (page: Page, name: string) => properties(page).getByRole('region', { name: `Scenario ${name}` });

describe('what-if comparison in the Simulate drawer', () => {
  it('compares the map as drawn with "One more clerk" and with an unchanged scenario', async () => {
    const { page, errors } = await openNewProcess(browser);
    await drawOneTask(page, 'Check claim', { type: 'fixed', minutes: 15 });

    // Arrivals every 10 min for a pool of 2 clerks doing 15 min each: busy three quarters of the time, so work waits.
    await arrivalsEvery(page, 10);
    await enter(properties(page), 'Cases', '400');
    await enter(await addPool(page, 'Clerks'), 'Capacity (people)', '2');
    await assignPool(page, 'Check claim', 'Clerks');

    await selectNothing(page);
    await properties(page).getByLabel('New scenario name').fill('One more clerk');
    await properties(page).getByRole('button', { name: 'Add scenario' }).click();
    const card = scenario(page, 'One more clerk');
    await card.getByLabel('Change', { exact: true }).selectOption({ label: "A pool's capacity" });
    await card.getByLabel('Pool', { exact: true }).selectOption({ label: 'Clerks' });
    await card.getByLabel('New capacity (people)').fill('3');
    await card.getByRole('button', { name: 'Add change' }).click();
    await properties(page).getByLabel('New scenario name').fill('No changes');
    await properties(page).getByRole('button', { name: 'Add scenario' }).click();
    await expect.poll(() => scenario(page, 'No changes').textContent()).toContain('No changes yet');

    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = simulatePanel(page);
    await panel.waitFor();
    const compare = panel.getByRole('button', { name: 'Compare', exact: true });
    await expect.poll(() => compare.isDisabled(), { timeout: 30_000 }).toBe(true);
    await panel.getByLabel('Replications', { exact: true }).fill('1');
    await expect
      .poll(() => panel.getByRole('group', { name: 'Compare with the map as drawn' }).textContent())
      .toContain('With 1 replication a comparison cannot tell real differences from noise');
    await panel.getByLabel('Replications', { exact: true }).fill('5');
    await panel.getByRole('checkbox', { name: 'One more clerk' }).check();
    await panel.getByRole('checkbox', { name: 'No changes' }).check();
    await compare.click();
    await panel.getByRole('table', { name: 'Side by side' }).waitFor({ timeout: 120_000 });
    await expect
      .poll(() => panel.getByRole('status').first().textContent(), { timeout: 30_000 })
      .toContain('Comparison done');
    expect(await panel.locator('.sim-compare .sim-note').first().textContent()).toContain('5 replications');

    const moreClerks = await verdicts(panel, 'One more clerk');
    expect(moreClerks['Waiting time (mean)']).toBe('✔ real');
    expect(moreClerks['Utilisation of Clerks']).toBe('✔ real');
    const unchanged = await verdicts(panel, 'No changes');
    expect(Object.keys(unchanged).length).toBeGreaterThanOrEqual(7);
    for (const [kpi, verdict] of Object.entries(unchanged)) expect(verdict, kpi).toBe('= no difference');
    await screenshot(page, 'compare-scenarios');
    await panel
      .getByRole('heading', { name: 'One more clerk against the map as drawn' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'compare-scenarios-difference');

    // Kept in the results store: closed and opened again, the drawer shows the same comparison without a new run.
    await panel.getByRole('button', { name: 'Close simulate' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    expect(await verdicts(panel, 'One more clerk')).toEqual(moreClerks);

    // A change to the map puts the comparison out of date.
    await panel.getByRole('button', { name: 'Close simulate' }).click();
    await canvasNode(page, 'User task: Check claim').click();
    await enter(properties(page), 'Duration (minutes)', '12');
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await expect
      .poll(() => panel.textContent(), { timeout: 30_000 })
      .toContain('Out of date: the map has changed since this comparison');
    expect(errors).toEqual([]);
  });
});
