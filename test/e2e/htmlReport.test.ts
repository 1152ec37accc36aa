import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/memoryIO';
import { launchBrowser, screenshot } from './browser';

const outputDir = 'test/output/html-report';
const template = 'templates/claims-triage/map.flow.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outputDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('the HTML report', () => {
  it('opens in Chromium from disk with no request leaving the page, the map and its results drawn', async () => {
    const { io, files } = memoryIO({ 'map.flow.json': readFileSync(template, 'utf8') });
    expect(
      await main(['simulate', 'map.flow.json', '--cases', '2000', '--replications', '3', '--report', 'r.html'], io),
    ).toBe(0);
    const path = resolve(outputDir, 'claims-triage-report.html');
    writeFileSync(path, files['r.html']);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${path}`);
    await page.getByRole('heading', { name: /simulation report$/ }).waitFor();
    expect(await page.locator('section[aria-label="The map"] svg g.results-overlay rect').count()).toBeGreaterThan(0);
    expect(await page.locator('section[aria-label="Bottlenecks"] li').count()).toBeGreaterThan(0);
    expect(requests).toEqual([`file://${path}`]);
    await screenshot(page, 'html-report-top');
    const charts = page.locator('section[aria-label="Charts"] figure svg');
    expect(await charts.count()).toBe(7);
    await charts.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'html-report-charts');
    await page.locator('section[aria-label="Resource pools"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'html-report-pools');
    await page.close();
  });
});
