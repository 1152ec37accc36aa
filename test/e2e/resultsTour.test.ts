import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTemplate } from './appSteps';
import { launchBrowser, openApp, screenshot } from './browser';
import { canvasNode, properties } from './editorSteps';
import { selectNothing, verdicts } from './simulationSteps';

const outputDir = 'test/output/results-tour';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outputDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const simulatePanel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });
const legend = (page: Page) => page.getByLabel('Results on the map', { exact: true });

/**
 * The walk an ops lead takes through a template's results: run it, read the map and the charts, follow one case,
 * add "One more approver", compare it with the map as drawn, and keep the report as one HTML file.
 */
describe('the results of "Purchase approval", from a run to a saved report', () => {
  it('runs, shows the overlay, charts and a case, compares "One more approver" and saves a self-contained report', async () => {
    const { page, errors } = await openApp(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openTemplate(page, 'Purchase approval');

    // Run with the map's own settings (1,000 cases, 5 replications).
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = simulatePanel(page);
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await panel.getByRole('table', { name: 'Key figures per completed case' }).waitFor({ timeout: 120_000 });
    await screenshot(page, 'tour-results');

    // The charts: each named by what it shows.
    const charts = panel.getByRole('region', { name: 'Charts' });
    await expect.poll(() => charts.locator('canvas').count()).toBeGreaterThanOrEqual(6);
    const titles = await charts.getByRole('img').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(titles).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Cycle time of the completed cases \(p50 .+, p90 .+\)$/),
        'Waiting and work per activity',
        expect.stringMatching(/^Utilisation per pool \(busiest \d+%\)$/),
        expect.stringMatching(/^Cost by activity, per completed case/),
      ]),
    );
    await charts.locator('figure').nth(1).scrollIntoViewIfNeeded();
    await screenshot(page, 'tour-charts');

    // One case of the most common path, step by step.
    const variants = panel.getByRole('table', { name: 'Process variants' });
    const firstPath = await variants.locator('.sim-variant-path').first().innerText();
    await variants.getByRole('button', { name: 'Show a case of path 1' }).click();
    const timeline = page.getByRole('dialog', { name: /^Case / });
    await timeline.locator('.case-totals').waitFor({ timeout: 60_000 });
    const steps = await timeline.locator('.case-path li').allInnerTexts();
    expect(steps.length).toBeGreaterThan(1);
    expect(firstPath).toContain(steps.join(' → '));
    expect(await timeline.locator('.case-step').count()).toBe(steps.length);
    // A name too long for its column ends in an ellipsis, and its tooltip gives it whole.
    const nameTips = await timeline
      .locator('.case-step-name')
      .evaluateAll((els) => els.map((e) => e.getAttribute('title')));
    expect(nameTips).toEqual(steps.map((step) => `${step}: show it on the map`));
    await screenshot(page, 'tour-case-timeline');
    await timeline.getByRole('button', { name: 'Close' }).click();
    await timeline.waitFor({ state: 'detached' });

    // The report, saved from the app, then opened from disk: nothing but the file itself is requested.
    const saved = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Save report (HTML)' }).click();
    const download = await saved;
    expect(download.suggestedFilename()).toBe('Purchase approval - report.html');
    const reportPath = resolve(outputDir, 'purchase-approval-report.html');
    copyFileSync((await download.path())!, reportPath);
    const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    reader.on('request', (request) => requests.push(request.url()));
    await reader.goto(`file://${reportPath}`);
    await reader.getByRole('heading', { name: /simulation report$/ }).waitFor();
    expect(await reader.locator('section[aria-label="The map"] svg g.results-overlay rect').count()).toBeGreaterThan(0);
    expect(await reader.locator('section[aria-label="Charts"] figure svg').count()).toBe(titles.length);
    expect(requests).toEqual([`file://${reportPath}`]);
    await screenshot(reader, 'tour-report');
    await reader.close();

    // On the map: the drawer closed, activities are coloured by waiting and the bottleneck carries a badge.
    await panel.getByRole('button', { name: 'Close simulate' }).click();
    await legend(page).waitFor();
    await expect.poll(() => page.locator('.fw-heat').count()).toBeGreaterThan(0);
    const badges = await page.getByRole('img', { name: /^Bottleneck: / }).all();
    expect(badges.length).toBeGreaterThan(0);
    await screenshot(page, 'tour-map-overlay');

    // "One more approver": a second budget owner, made in the scenario editor.
    await selectNothing(page);
    await properties(page).getByLabel('New scenario name').fill('One more approver');
    await properties(page).getByRole('button', { name: 'Add scenario' }).click();
    const card = properties(page).getByRole('region', { name: 'Scenario One more approver' });
    await card.getByLabel('Change', { exact: true }).selectOption({ label: "A pool's capacity" });
    await card.getByLabel('Pool', { exact: true }).selectOption({ label: 'Budget owners' });
    await card.getByLabel('New capacity (people)').fill('2');
    await card.getByRole('button', { name: 'Add change' }).click();
    await expect.poll(() => card.textContent()).toContain('Budget owners');

    // Compared with the map as drawn over 5 replications: the wait and the approvers' load fall, and it is real.
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await panel.getByLabel('Replications', { exact: true }).fill('5');
    await panel.getByRole('checkbox', { name: 'One more approver' }).check();
    await panel.getByRole('button', { name: 'Compare', exact: true }).click();
    await panel.getByRole('table', { name: 'Side by side' }).waitFor({ timeout: 180_000 });
    const verdict = await verdicts(panel, 'One more approver');
    expect(verdict['Waiting time (mean)']).toBe('✔ real');
    expect(verdict['Utilisation of Budget owners']).toBe('✔ real');
    await screenshot(page, 'tour-compare');
    await panel
      .getByRole('heading', { name: 'One more approver against the map as drawn' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'tour-compare-difference');
    expect(await canvasNode(page, 'User task: Approve as budget owner').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
