import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, openNewProcess, properties } from './editorSteps';
import { addPool, arrivalsEvery, assignPool, drawOneTask, enter } from './simulationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const simulatePanel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });
const legend = (page: Page) => page.getByLabel('Results on the map', { exact: true });

describe('results on the map', () => {
  it('colours the activities, counts the flows and marks the bottleneck of a map drawn from scratch', async () => {
    const { page, errors } = await openNewProcess(browser);
    await drawOneTask(page, 'Check claim', { type: 'fixed', minutes: 9 });
    // One clerk, a case every 10 minutes on average: busy 90 % of the time, so work queues at "Check claim".
    await arrivalsEvery(page, 10);
    await enter(properties(page), 'Cases', '500');
    await addPool(page, 'Clerks');
    await assignPool(page, 'Check claim', 'Clerks');
    const task = canvasNode(page, 'User task: Check claim');
    expect(await legend(page).count()).toBe(0);

    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    await simulatePanel(page).getByRole('button', { name: 'Run', exact: true }).click();
    await simulatePanel(page)
      .getByRole('table', { name: 'Key figures per completed case' })
      .waitFor({ timeout: 90_000 });
    // The report's charts, drawn on canvases.
    const charts = simulatePanel(page).getByRole('region', { name: 'Charts' });
    // Nothing costs anything on this map, so there are no cost charts; every case took the one path.
    await expect.poll(() => charts.locator('canvas').count()).toBe(5);
    expect(await charts.getByRole('img').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([
      expect.stringMatching(/^Cycle time of the completed cases \(p50 .+, p90 .+\)$/),
      'Waiting and work per activity',
      expect.stringMatching(/^Utilisation per pool \(busiest \d+%\)$/),
      expect.stringMatching(/^Work in progress and queues over time( \(mean of \d+ runs\))?$/),
      'Process variants: the only path (100% of completed cases)',
    ]);
    await charts.scrollIntoViewIfNeeded();
    await screenshot(page, 'results-charts');
    // The same report as one HTML page, from the app.
    const saved = page.waitForEvent('download');
    await simulatePanel(page).getByRole('button', { name: 'Save report (HTML)' }).click();
    const report = await saved;
    expect(report.suggestedFilename()).toBe('Untitled process - report.html');
    const html = readFileSync((await report.path())!, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Check claim');
    expect(html).toContain('<p class="scenario">The map as drawn</p>');
    await simulatePanel(page).getByRole('button', { name: 'Close simulate' }).click();

    // Waiting share by default: the task is coloured, says why on hover, and carries the bottleneck badge.
    await legend(page).waitFor();
    const shape = task.locator('.fw-task');
    await expect.poll(() => shape.getAttribute('class')).toContain('fw-heat');
    expect(await shape.getAttribute('title')).toMatch(/^Waits \d+% of its time \(mean wait .+, work 9 min\)$/);
    expect(await task.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Bottleneck: waiting here is \d+% of all cycle time; Clerks busy \d+%$/,
    );
    // Every case took both flows.
    await expect.poll(() => page.locator('.fw-flow-count').allTextContents()).toEqual(['500', '500']);
    await screenshot(page, 'results-on-map-waiting');

    await legend(page).getByRole('combobox').selectOption({ label: 'How often it runs' });
    await expect.poll(() => shape.getAttribute('title')).toBe('Ran 500 times');
    await legend(page).getByRole('combobox').selectOption({ label: 'Utilisation of its pool' });
    await expect.poll(() => shape.getAttribute('title')).toMatch(/^Clerks busy \d+% of their working time$/);
    await screenshot(page, 'results-on-map-utilisation');

    // The SVG picture shows the results as the map does, and says what the colours mean.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'SVG image (.svg)' }).check();
    await expect
      .poll(() => dialog.locator('.export-file-name').textContent())
      .toContain('with the results shown on the map');
    const started = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export file' }).click();
    const svg = readFileSync((await (await started).path())!, 'utf8');
    expect(svg).toMatch(
      /<rect [^>]*fill="hsl\([^"]+\)" style="mix-blend-mode:multiply"><title>Clerks busy \d+% of their working time<\/title>/,
    );
    expect(svg.match(/<g class="flow-count">/g)).toHaveLength(2);
    expect(svg).toContain('>Bottleneck</text>');
    expect(svg).toContain('Colour: utilisation of its pool, from low (pale yellow) to high (red)');

    // A changed map hides the results until it is run again; undo brings them back.
    await task.click();
    await enter(properties(page), 'Name', 'Check the claim');
    await expect.poll(() => legend(page).textContent()).toContain('The map has changed since the run');
    expect(await page.locator('.fw-heat, .fw-flow-count, .fw-bottleneck-badge').count()).toBe(0);
    await screenshot(page, 'results-on-map-stale');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.locator('.fw-flow-count').count()).toBe(2);
    await legend(page).getByRole('combobox').selectOption({ label: 'Off' });
    await expect.poll(() => page.locator('.fw-heat, .fw-flow-count').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
