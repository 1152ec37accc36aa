import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, edgeCount, openNewProcess, paletteItem, properties } from './editorSteps';
import { addPool, arrivalsEvery, assignPool, enter, selectNothing } from './simulationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const simulatePanel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });

interface TaskDrawn {
  name: string;
  type: 'fixed' | 'exponential';
  minutes: number;
}

/** On a new map: start → each task in turn (user tasks, durations in minutes) → end. */
async function drawTasks(page: Page, tasks: readonly TaskDrawn[]): Promise<void> {
  await canvasNode(page, 'Start event').click();
  for (const task of tasks) {
    await paletteItem(page, 'User task').click();
    await canvasNode(page, 'User task').waitFor();
    await enter(properties(page), 'Name', task.name);
    await canvasNode(page, `User task: ${task.name}`).waitFor();
    await properties(page).getByLabel('Duration distribution').selectOption(task.type);
    await properties(page).getByLabel('Duration unit').selectOption('minutes');
    await enter(
      properties(page),
      task.type === 'fixed' ? 'Duration (minutes)' : 'Mean (minutes)',
      String(task.minutes),
    );
  }
  await paletteItem(page, 'End event').click();
  await expect.poll(() => edgeCount(page)).toBe(tasks.length + 1);
}

/** Scrolls the drawer's body (and nothing around it) so that the heading shows at its top. */
const scrollTo = (page: Page, name: string) =>
  simulatePanel(page)
    .getByRole('heading', { name, exact: true })
    .evaluate((heading) => {
      const body = heading.closest('.sim-body')!;
      body.scrollTop += heading.getBoundingClientRect().top - body.getBoundingClientRect().top - 8;
    });

describe('automation candidates and the bottleneck on the maps', () => {
  it('ranks the tasks on a busy pool, measures the saving of automating one and keeps it as a scenario', async () => {
    const { page, errors } = await openNewProcess(browser);
    await drawTasks(page, [
      { name: 'Check order', type: 'fixed', minutes: 8 },
      { name: 'Approve order', type: 'exponential', minutes: 12 },
    ]);
    // Two clerks doing 20 minutes of work for a case every 12 minutes: busy 83 % of the time.
    await arrivalsEvery(page, 12);
    await enter(properties(page), 'Cases', '400');
    const clerks = await addPool(page, 'Clerks');
    await enter(clerks, 'Capacity (people)', '2');
    await enter(clerks, 'Cost per hour of work (EUR)', '40');
    await assignPool(page, 'Check order', 'Clerks');
    await assignPool(page, 'Approve order', 'Clerks');

    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = simulatePanel(page);
    await panel.getByLabel('Replications', { exact: true }).fill('5');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    const table = panel.getByRole('table', { name: 'Automation candidates' });
    await table.waitFor({ timeout: 120_000 });
    expect(await table.locator('tbody th').allTextContents()).toEqual(['Approve order', 'Check order']);
    const hours = (await table.locator('tbody tr').first().locator('td').first().textContent()) ?? '';
    expect(Number(hours.replace(/,/g, ''))).toBeGreaterThan(0);

    await panel.getByRole('button', { name: 'Measure saving of automating Approve order' }).click();
    const saving = panel.getByRole('region', { name: 'Automating Approve order' });
    await expect.poll(() => saving.textContent(), { timeout: 120_000 }).toContain("People's hours freed per month");
    const figures = await saving.locator('.sim-automation-figure').allTextContents();
    expect(figures[0]).toMatch(/^People's hours freed per month\+[\d.,]+ h95%: \+[\d.,]+ h to \+[\d.,]+ h✔ real$/);
    expect(figures[1]).toMatch(/^Cycle time \(mean\)-.+95%: .+✔ real$/);
    // 40 EUR an hour for 12 minutes of Approve's work per case on average, no longer paid.
    expect(figures[2]).toMatch(/^Cost per case \(mean\)-€[\d.]+95%: .+✔ real$/);
    expect(await saving.textContent()).toContain(
      "Measured as the scenario Automate 'Approve order': the task takes 1 min",
    );
    await scrollTo(page, 'Automation candidates');
    await screenshot(page, 'automation-candidates');

    // Kept in the map as a scenario, to edit and compare later.
    await saving.getByRole('button', { name: 'Keep as scenario' }).click();
    await expect.poll(() => saving.getByRole('status').textContent()).toContain("Automate 'Approve order'");
    await panel.getByRole('button', { name: 'Close simulate' }).click();
    await selectNothing(page);
    const scenario = properties(page).getByRole('region', { name: "Scenario Automate 'Approve order'" });
    await scenario.waitFor();
    expect(await scenario.textContent()).toContain('Approve order: automated (takes 1 min, no pool)');
    expect(errors).toEqual([]);
  });

  it('shows the bottleneck moving from Review to Approve when a clerk is added, in words and on both maps', async () => {
    const { page, errors } = await openNewProcess(browser);
    await drawTasks(page, [
      { name: 'Review', type: 'fixed', minutes: 11 },
      { name: 'Approve', type: 'exponential', minutes: 8 },
    ]);
    // One clerk busy 92 % of the time at Review, one manager 67 % at Approve: Review is where cases wait.
    await arrivalsEvery(page, 12);
    await enter(properties(page), 'Cases', '400');
    await addPool(page, 'Clerks');
    await addPool(page, 'Managers');
    await assignPool(page, 'Review', 'Clerks');
    await assignPool(page, 'Approve', 'Managers');
    await selectNothing(page);
    await properties(page).getByLabel('New scenario name').fill('One more clerk');
    await properties(page).getByRole('button', { name: 'Add scenario' }).click();
    const card = properties(page).getByRole('region', { name: 'Scenario One more clerk' });
    await card.getByLabel('Change', { exact: true }).selectOption({ label: "A pool's capacity" });
    await card.getByLabel('Pool', { exact: true }).selectOption({ label: 'Clerks' });
    await card.getByLabel('New capacity (people)').fill('2');
    await card.getByRole('button', { name: 'Add change' }).click();

    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = simulatePanel(page);
    await panel.getByLabel('Replications', { exact: true }).fill('5');
    await panel.getByRole('checkbox', { name: 'One more clerk' }).check();
    await panel.getByRole('button', { name: 'Compare', exact: true }).click();
    const shift = panel.getByRole('region', { name: 'Bottleneck on the maps' });
    await shift.waitFor({ timeout: 120_000 });
    expect(await shift.locator('.sim-shift-words').textContent()).toBe(
      'The bottleneck moves from Review (map as drawn) to Approve (One more clerk).',
    );
    const maps = shift.locator('figure.map-picture');
    expect(await maps.locator('figcaption').allTextContents()).toEqual(['Map as drawn', 'One more clerk']);
    // Each picture is the map's SVG with its results: the Bottleneck badge on Review, then on Approve.
    await expect.poll(() => maps.locator('img').count(), { timeout: 30_000 }).toBe(2);
    const badges = await maps.locator('img').evaluateAll((images) =>
      images.map((img) => {
        const svg = decodeURIComponent(
          (img as HTMLImageElement).src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''),
        );
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return [...doc.querySelectorAll('g.bottleneck title')].map((t) => t.textContent);
      }),
    );
    expect(badges).toEqual([
      [expect.stringMatching(/^Bottleneck: waiting here is \d+% of all cycle time; Clerks busy \d+%$/)],
      [expect.stringMatching(/^Bottleneck: waiting here is \d+% of all cycle time; Managers busy \d+%$/)],
    ]);
    await scrollTo(page, 'Bottleneck on the maps');
    await screenshot(page, 'bottleneck-shift');
    // Larger: one map above the other, each the drawer's width.
    const width = async () => (await maps.first().boundingBox())!.width;
    const sideBySide = await width();
    await shift.getByRole('button', { name: 'Larger maps' }).click();
    await expect.poll(width).toBeGreaterThan(sideBySide * 1.8);
    await scrollTo(page, 'Bottleneck on the maps');
    await screenshot(page, 'bottleneck-shift-larger');
    expect(errors).toEqual([]);
  });
});
