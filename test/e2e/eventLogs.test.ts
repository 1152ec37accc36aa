import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFile, dropFile } from './appSteps';
import { launchBrowser, screenshot } from './browser';
import { openNewProcess } from './editorSteps';

const runningExample = 'test/fixtures/logs/xes/running-example.xes';
const purchasing = 'test/fixtures/logs/csv/PurchasingExample.start-end.csv';
const bigCsv = 'test/output/event-logs/million-events.csv';
const bigEvents = 1_000_000;

let browser: Browser;
beforeAll(async () => {
  await writeBigCsv();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A CSV of 250,000 cases of four events each (about 60 MB), written in blocks as a system would export it. */
async function writeBigCsv(): Promise<void> {
  mkdirSync('test/output/event-logs', { recursive: true });
  const out = createWriteStream(bigCsv);
  out.write('Case ID,Activity,Timestamp,Resource\n');
  const activities = ['Receive order', 'Check stock', 'Pick items', 'Ship order'];
  const start = Date.UTC(2024, 0, 1);
  let block = '';
  for (let c = 0; c < bigEvents / 4; c++) {
    for (let e = 0; e < 4; e++) {
      const at = new Date(start + c * 120_000 + e * 3_600_000 * (1 + (c % 5))).toISOString();
      block += `order-${c},${activities[e]},${at},clerk ${(c + e) % 12}\n`;
    }
    if (c % 5000 === 4999) {
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  out.end(block);
  await once(out, 'finish');
}

const logsPanel = (page: Page) => page.getByRole('complementary', { name: 'Event logs' });
const figure = (panel: Locator, label: string) =>
  panel.locator('dl[aria-label="Log figures"] .logs-figure', { hasText: label }).locator('dd');
const importStatus = (panel: Locator, text: string) => panel.getByRole('status').filter({ hasText: text });

async function openLogs(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Logs', exact: true }).click();
  const panel = logsPanel(page);
  await panel.waitFor();
  return panel;
}

describe('event logs in the app', () => {
  it('imports the running example (XES) into the workspace and shows its summary', async () => {
    const { page, errors } = await openNewProcess(browser);
    const panel = await openLogs(page);
    await expect.poll(() => panel.getByText('No event logs yet').isVisible()).toBe(true);
    await chooseFile(page, panel.getByRole('button', { name: 'Import log…' }), runningExample);
    await importStatus(panel, 'Imported running-example.xes: 42 events in 6 cases').waitFor();
    // SOURCES.md: 6 cases, 42 events, 8 activities
    expect(await figure(panel, 'Cases').textContent()).toBe('6');
    expect(await figure(panel, 'Events').textContent()).toBe('42');
    expect(await figure(panel, 'Activities').textContent()).toBe('8');
    expect(
      await panel.getByRole('button', { name: 'running-example.xes', exact: true }).getAttribute('aria-describedby'),
    ).toBeTruthy();
    expect(await panel.locator('.logs-variants li').count()).toBeGreaterThan(1);
    expect(await panel.getByText(/^From .* to .*UTC\.$/).textContent()).toContain('2010');
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await screenshot(page, 'event-logs-summary');

    // The log is kept in the workspace: after a reload it is listed again with its counts.
    await page.reload();
    const again = await openLogs(page);
    await again.getByRole('button', { name: 'running-example.xes', exact: true }).waitFor();
    expect(await again.locator('.side-item-meta').first().textContent()).toBe('42 events, 6 cases');
    await again.getByRole('button', { name: 'running-example.xes', exact: true }).click();
    await again.getByRole('tab', { name: 'Process map' }).click();
    await expect.poll(() => again.getByText('Loading the log’s events…').count()).toBe(0);
    await expect.poll(() => again.getByText('Drawing the map').count(), { timeout: 120_000 }).toBe(0);
    await screenshot(page, 'event-logs-process-map');
    await again.getByRole('tab', { name: 'Summary' }).click();

    page.once('dialog', (dialog) => void dialog.accept());
    await again.getByRole('button', { name: 'Delete running-example.xes' }).click();
    await again.getByText('No event logs yet').waitFor();
    expect(errors).toEqual([]);
  });

  it('imports a CSV log after its column mapping step, and a log dropped on the window', async () => {
    const { page, errors } = await openNewProcess(browser);
    const panel = await openLogs(page);
    await chooseFile(page, panel.getByRole('button', { name: 'Import log…' }), purchasing);
    const form = panel.getByRole('form', { name: 'Columns of PurchasingExample.start-end.csv' });
    await form.waitFor();
    expect(await form.getByLabel('Case id').inputValue()).toBe('case_id');
    expect(await form.getByLabel('Start time').inputValue()).toBe('start_time');
    expect(await form.getByLabel('Time (or end time)').inputValue()).toBe('end_time');
    // Without an activity column the log cannot be read: Import waits for one.
    await form.getByLabel('Activity').selectOption('');
    expect(await form.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await form.getByLabel('Activity').selectOption('activity');
    await screenshot(page, 'event-logs-csv-mapping');
    await form.getByRole('button', { name: 'Import' }).click();
    // SOURCES.md: 9119 rows, 608 cases, 21 activities
    await importStatus(panel, 'Imported PurchasingExample.start-end.csv: 9,119 events in 608 cases').waitFor();
    expect(await figure(panel, 'Activities').textContent()).toBe('21');

    await dropFile(page, {
      name: 'two-cases.csv',
      type: 'text/csv',
      content: 'case,activity,time\n1,A,2024-01-01T10:00:00Z\n1,B,not a time\n2,A,2024-01-02T10:00:00Z\n',
    });
    await panel.getByRole('form', { name: 'Columns of two-cases.csv' }).getByRole('button', { name: 'Import' }).click();
    await importStatus(panel, 'Imported two-cases.csv: 3 events in 2 cases').waitFor();
    // The value that does not read is reported with its line, not dropped.
    expect(await panel.getByRole('list', { name: 'Import warnings' }).textContent()).toContain('(line 3)');
    await screenshot(page, 'event-logs-warnings');
    expect(errors).toEqual([]);
  });

  it('imports a 1,000,000-event CSV in a worker with progress while the window answers clicks', async () => {
    const { page, errors } = await openNewProcess(browser);
    const panel = await openLogs(page);
    await chooseFile(page, panel.getByRole('button', { name: 'Import log…' }), bigCsv);
    const form = panel.getByRole('form', { name: 'Columns of million-events.csv' });
    await form.getByRole('button', { name: 'Import' }).click();
    // Every value the progress bar shows, as the page sees it.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('progress[aria-label="Import progress"]');
        if (bar && bar.hasAttribute('value') && seen.at(-1) !== bar.value) seen.push(bar.value / bar.max);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const bar = panel.getByRole('progressbar', { name: 'Import progress' });
    await expect.poll(() => bar.getAttribute('value').then(Number), { timeout: 120_000 }).toBeGreaterThan(0);
    await screenshot(page, 'event-logs-import-progress');

    // The window answers while the worker reads: a click selects the start event on the canvas, and the import is
    // still under way once the selection shows.
    await page.locator('.react-flow__node').first().click();
    await page.locator('.react-flow__node.selected').waitFor();
    expect(await bar.isVisible()).toBe(true);
    await importStatus(panel, 'Imported million-events.csv: 1,000,000 events in 250,000 cases').waitFor({
      timeout: 600_000,
    });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    const reading = seen.filter((share) => share > 0 && share < 1);
    expect(reading.length).toBeGreaterThan(1);
    expect(reading.every((share, i) => i === 0 || share >= reading[i - 1])).toBe(true);
    expect(await figure(panel, 'Events').textContent()).toBe('1,000,000');
    await screenshot(page, 'event-logs-million');
    expect(errors).toEqual([]);
  }, 900_000);
});
