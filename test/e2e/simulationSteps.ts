import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { chooseFile } from './appSteps';
import { canvasNode, edgeCount, paletteItem, properties } from './editorSteps';

const messyPurchaseCsv = 'test/fixtures/data/purchase-requests.messy.csv';

/** Clicks the empty canvas, so that the properties panel shows the map's own settings. */
export const selectNothing = (page: Page) => page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });

/** Types into a field and commits it with Enter, as the panel's fields commit on Enter or blur. */
export async function enter(scope: Locator, label: string, value: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/**
 * On a new map: start → a user task named `name` → end, the task's duration set by form in minutes (a fixed
 * duration, or exponential with that mean). Resolves once both flows are drawn.
 */
export async function drawOneTask(
  page: Page,
  name: string,
  duration: { type: 'fixed' | 'exponential'; minutes: number },
): Promise<void> {
  await canvasNode(page, 'Start event').click();
  await paletteItem(page, 'User task').click();
  await canvasNode(page, 'User task').waitFor();
  await enter(properties(page), 'Name', name);
  await canvasNode(page, `User task: ${name}`).waitFor();
  await properties(page).getByLabel('Duration distribution').selectOption(duration.type);
  await properties(page).getByLabel('Duration unit').selectOption('minutes');
  const field = duration.type === 'fixed' ? 'Duration (minutes)' : 'Mean (minutes)';
  await enter(properties(page), field, String(duration.minutes));
  await paletteItem(page, 'End event').click();
  await expect.poll(() => edgeCount(page)).toBe(2);
}

/** With nothing selected: cases arrive at random, every `minutes` on average. */
export async function arrivalsEvery(page: Page, minutes: number): Promise<void> {
  await selectNothing(page);
  await properties(page).getByLabel('Cases arrive').selectOption('every');
  await properties(page).getByLabel('Every (on average) unit').selectOption('minutes');
  await enter(properties(page), 'Every (on average)', String(minutes));
}

/** With nothing selected: adds a pool by name; resolves with its card. */
export async function addPool(page: Page, name: string): Promise<Locator> {
  await properties(page).getByLabel('New pool name').fill(name);
  await properties(page).getByRole('button', { name: 'Add pool' }).click();
  return properties(page).getByRole('region', { name: `Pool ${name}` });
}

/** Selects the user task `task` and gives it the pool `pool`. */
export async function assignPool(page: Page, task: string, pool: string): Promise<void> {
  await canvasNode(page, `User task: ${task}`).click();
  await properties(page).getByLabel('Resource pool').selectOption({ label: pool });
}

/** Each KPI's verdict in the table of one scenario against the map as drawn, by KPI name. */
export async function verdicts(panel: Locator, scenarioName: string): Promise<Record<string, string>> {
  const table = panel.getByRole('table', { name: `${scenarioName} against the map as drawn` });
  const rows = await table.locator('tbody tr').all();
  const out: Record<string, string> = {};
  for (const row of rows)
    out[(await row.locator('th').textContent()) ?? ''] = (await row.locator('.sim-verdict').textContent()) ?? '';
  return out;
}

/**
 * In the Data drawer: loads the messy purchase requests (9 rows, two with an amount that is not a positive number)
 * as the map's sample records, keyed by Request ID, with Amount added as a field of the map.
 */
export async function loadPurchaseRecords(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const data = page.getByRole('complementary', { name: 'Case data' });
  await chooseFile(page, data.getByRole('button', { name: 'Load sample records…' }), messyPurchaseCsv);
  await data.getByRole('heading', { name: 'Data quality' }).waitFor();
  await data.getByLabel('Key column').selectOption('Request ID');
  await data.getByRole('button', { name: 'Add Amount as a new field' }).click();
  await data.getByRole('button', { name: 'Save records with the map' }).click();
  await data.getByRole('status').filter({ hasText: 'purchase-requests.messy.csv' }).waitFor();
}

/** Selects the task named on the canvas `task` and gives it a FEEL duration expression. */
export async function durationExpression(page: Page, task: string, expression: string): Promise<void> {
  await canvasNode(page, task).click();
  const field = properties(page).getByRole('textbox', { name: 'Duration expression' });
  await field.fill(expression);
  await field.press('Enter');
}

/**
 * Opens the Simulate drawer and runs `cases` cases from the purchase records loaded by loadPurchaseRecords,
 * `replications` times; resolves with the drawer once the run is done.
 */
export async function runOnPurchaseRecords(page: Page, cases: number, replications: number): Promise<Locator> {
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  const sim = page.getByRole('complementary', { name: 'Simulate' });
  await sim.getByLabel('Case data').selectOption({ label: 'purchase-requests.messy.csv (9 rows)' });
  await sim.getByLabel('Cases').fill(String(cases));
  await sim.getByLabel('Replications').fill(String(replications));
  await sim.getByRole('button', { name: 'Run' }).click();
  await sim.getByRole('status').filter({ hasText: 'Done:' }).waitFor();
  return sim;
}

/**
 * Opens the Simulate drawer, sets the cases and replications given and runs the map; resolves with the drawer once
 * the report is shown.
 */
export async function runAndShowReport(
  page: Page,
  settings: { cases?: number; replications?: number } = {},
): Promise<Locator> {
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  const sim = page.getByRole('complementary', { name: 'Simulate' });
  if (settings.cases !== undefined) await sim.getByLabel('Cases').fill(String(settings.cases));
  if (settings.replications !== undefined)
    await sim.getByLabel('Replications', { exact: true }).fill(String(settings.replications));
  await sim.getByRole('button', { name: 'Run', exact: true }).click();
  await sim.getByRole('table', { name: 'Key figures per completed case' }).waitFor({ timeout: 120_000 });
  return sim;
}
