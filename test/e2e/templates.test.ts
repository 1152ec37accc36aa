import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameField, openTemplate, startScreen } from './appSteps';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The maps in templates/, as the app bundles them. */
const templates = readdirSync('templates', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'kit')
  .map((entry) => ({
    id: entry.name,
    ...(JSON.parse(readFileSync(`templates/${entry.name}/map.flow.json`, 'utf8')) as {
      name: string;
      description: string;
      nodes: unknown[];
    }),
  }));

/** Shapes of the map that the minimap in the corner of the canvas hides after "fit to view". */
async function hiddenByMinimap(page: Page): Promise<string[]> {
  const minimap = await page.locator('.react-flow__minimap').boundingBox();
  if (!minimap) throw new Error('the canvas shows no minimap');
  const hidden: string[] = [];
  for (const node of await page.locator('.react-flow__node:not(.react-flow__node-lane)').all()) {
    const box = await node.boundingBox();
    const overlaps =
      box &&
      box.x < minimap.x + minimap.width &&
      minimap.x < box.x + box.width &&
      box.y < minimap.y + minimap.height &&
      minimap.y < box.y + box.height;
    if (overlaps) hidden.push((await node.getAttribute('aria-label')) ?? '?');
  }
  return hidden;
}

describe('templates', () => {
  it('lists every template on the start screen and opens "Purchase approval" tidy, without problems, ready to simulate', async () => {
    const { page, errors } = await openApp(browser);
    await startScreen(page).getByRole('heading', { name: 'Start from a template' }).waitFor();
    for (const template of templates) {
      const button = startScreen(page).getByRole('button', { name: template.name, exact: true });
      expect(await button.textContent()).toBe(`${template.name}${template.description}`);
    }
    await screenshot(page, 'templates-start-screen');

    const purchase = templates.find((t) => t.id === 'purchase-approval')!;
    await openTemplate(page, purchase.name);
    await expect
      .poll(() => page.locator('.react-flow__node:not(.react-flow__node-lane)').count())
      .toBe(purchase.nodes.length);
    const problems = page.getByRole('region', { name: 'Problems' });
    expect(await problems.getByRole('status').textContent()).toBe('No problems');
    expect(await hiddenByMinimap(page)).toEqual([]);
    await screenshot(page, 'template-purchase-approval');

    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Simulate' });
    const started = Date.now();
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /^Done: 5,000 cases/ })
      .waitFor({ timeout: 30_000 });
    console.log(
      `purchase approval template: 5,000 cases simulated in ${Date.now() - started} ms after the click on Run`,
    );

    // The processes panel offers the templates too, folded under the list.
    await page.getByRole('button', { name: 'Processes', exact: true }).click();
    const processes = page.getByRole('complementary', { name: 'Processes' });
    await processes.getByText('Start from a template').click();
    await screenshot(page, 'templates-processes-panel');
    await processes.locator('.side-templates').getByRole('button', { name: 'Expense reports', exact: true }).click();
    await expect.poll(() => nameField(page).inputValue()).toBe('Expense reports');
    expect(errors).toEqual([]);
  });

  it('opens "Purchase approval" with its sample records attached, and simulates against them at once', async () => {
    const { page, errors } = await openApp(browser);
    await openTemplate(page, 'Purchase approval');

    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const data = page.getByRole('complementary', { name: 'Case data' });
    // Counted from the template's own CSV, so that regenerating the records does not break the test.
    const [header, ...lines] = readFileSync('templates/purchase-approval/records.csv', 'utf8').trimEnd().split('\n');
    const rows = lines.length.toLocaleString('en');
    const columns = header.split(',').length;
    await data
      .getByRole('status')
      .filter({ hasText: `purchase-approval.csv: ${rows} rows, ${columns} columns` })
      .waitFor();

    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Simulate' });
    await panel.getByLabel('Case data').selectOption({ label: `purchase-approval.csv (${rows} rows)` });
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Done:' }).waitFor({ timeout: 60_000 });
    // The template's messy rows come out as exceptions with their records, first of all at "Check request".
    const exceptions = panel.getByRole('list', { name: 'Exceptions' });
    const group = exceptions.getByRole('button', { name: /^Check request · / }).first();
    await group.scrollIntoViewIfNeeded();
    await group.click();
    const records = panel.getByRole('table', { name: /^Records with .+ at Check request$/ }).first();
    expect(await records.innerText()).toMatch(/PR-2026-\d{5}/);
    // The group at the top of the panel, so that the screenshot shows its records.
    await group.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'template-simulated');
    expect(errors).toEqual([]);
  });

  it.each(templates.filter((t) => t.id !== 'purchase-approval').map((t) => [t.name, t] as const))(
    'opens "%s" without problems and with every shape clear of the minimap',
    async (_name, template) => {
      const { page, errors } = await openApp(browser);
      await openTemplate(page, template.name);
      await expect
        .poll(() => page.locator('.react-flow__node:not(.react-flow__node-lane)').count())
        .toBe(template.nodes.length);
      expect(await page.getByRole('region', { name: 'Problems' }).getByRole('status').textContent()).toBe(
        'No problems',
      );
      expect(await hiddenByMinimap(page)).toEqual([]);
      await screenshot(page, `template-${template.id}`);
      expect(errors).toEqual([]);
    },
  );
});
