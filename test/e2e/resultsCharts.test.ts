import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMap } from './appSteps';
import { launchBrowser, openApp, screenshot } from './browser';
import { runAndShowReport } from './simulationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Clicks a bar of the bar colour on a chart's canvas: the first column (left to right) holding such a pixel in the
 * bottom half of the plot. Read from the canvas itself, since the chart draws its bars where its data puts them.
 */
async function clickBar(chart: Locator): Promise<void> {
  const canvas = chart.locator('canvas').first();
  const point = await canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d')!;
    const { width, height } = element;
    const pixels = context.getImageData(0, 0, width, height).data;
    const scale = width / element.getBoundingClientRect().width;
    for (let x = 0; x < width; x++)
      for (let y = Math.floor(height / 2); y < height; y++) {
        const i = (y * width + x) * 4;
        // #4a7fc1, the bars' colour.
        if (pixels[i] === 74 && pixels[i + 1] === 127 && pixels[i + 2] === 193)
          return { x: x / scale + 2, y: y / scale + 2 };
      }
    return null;
  });
  expect(point).not.toBeNull();
  await canvas.click({ position: point! });
}

describe('the charts and variants of a run', () => {
  it('shows queues over time, cost by activity and the paths cases took, and picks a case from them', async () => {
    const { page, errors } = await openApp(browser);
    await importMap(page, 'test/fixtures/maps/claims-intake.flow.json', 'Claims intake');
    const sim = await runAndShowReport(page, { cases: 2000, replications: 3 });

    const charts = sim.getByRole('region', { name: 'Charts' });
    await expect.poll(() => charts.locator('canvas').count()).toBe(7);
    expect(await charts.getByRole('img').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([
      expect.stringMatching(/^Cycle time of the completed cases \(p50 .+, p90 .+\)$/),
      'Waiting and work per activity',
      expect.stringMatching(/^Utilisation per pool \(busiest \d+%\)$/),
      'Work in progress and queues over time (mean of 3 runs)',
      expect.stringMatching(/^Cost by activity, per completed case \(€[\d.,]+ in all\)$/),
      'Cost per pool',
      expect.stringMatching(/^Process variants: all \d+ paths \(100% of completed cases\)$/),
    ]);
    const figure = (name: RegExp | string) => charts.locator('figure').filter({ has: page.getByRole('img', { name }) });
    await figure('Work in progress and queues over time (mean of 3 runs)').scrollIntoViewIfNeeded();
    await screenshot(page, 'results-charts-wip-cost');
    await figure(/^Process variants/).scrollIntoViewIfNeeded();
    await screenshot(page, 'results-charts-variants');

    // The variants table: the paths in activity names, most cases first, loops written out.
    const variants = sim.getByRole('table', { name: 'Process variants' });
    const paths = await variants.locator('.sim-variant-path').allTextContents();
    expect(paths[0]).toBe('1. Register claim → Review claim');
    expect(paths[1]).toBe('2. Register claim → Request documents → Register claim → Review claim');
    const counts = (await variants.locator('tbody tr td:nth-child(2)').allTextContents()).map((c) =>
      Number(c.replace(/,/g, '')),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await variants.scrollIntoViewIfNeeded();
    await screenshot(page, 'results-variants-table');

    // "Show a case" asks the case timeline for a case of that path.
    await variants.getByRole('button', { name: 'Show a case of path 2' }).click();
    const timeline = page.getByRole('dialog');
    await timeline.waitFor();
    await timeline.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => timeline.count()).toBe(0);

    // A bar of the cycle-time histogram does the same for its range of cycle times.
    const histogram = figure(/^Cycle time of the completed cases/);
    expect(await histogram.locator('.sim-chart-hint').textContent()).toBe('Click a bar to see one of its cases.');
    await histogram.scrollIntoViewIfNeeded();
    await screenshot(page, 'results-histogram');
    await clickBar(histogram);
    await timeline.waitFor();
    await screenshot(page, 'results-histogram-case');
    await timeline.getByRole('button', { name: 'Close' }).click();
    expect(errors).toEqual([]);
  });
});
