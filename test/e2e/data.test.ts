import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoSheetWorkbook } from '../../renderer/data/testData';
import { chooseFile, importMap } from './appSteps';
import { launchBrowser, openApp, screenshot } from './browser';

const purchaseMap = 'test/fixtures/maps/purchase-requests.flow.json';
const messyCsv = 'test/fixtures/data/purchase-requests.messy.csv';
const twoSheets = 'test/fixtures/data/two-sheets.xlsx';

let browser: Browser;
beforeAll(async () => {
  // Written from its definition each time; the bytes do not change, so neither does the fixture.
  writeFileSync(twoSheets, twoSheetWorkbook());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dataPanel = (page: Page) => page.getByRole('complementary', { name: 'Case data' });
const simPanel = (page: Page) => page.getByRole('complementary', { name: 'Simulate' });

/** Imports the purchase requests map through the file picker. */
async function importPurchaseMap(page: Page): Promise<void> {
  await importMap(page, purchaseMap, 'Purchase requests');
  // The notice would cover the panels' lower buttons in the screenshots.
  await page.getByRole('button', { name: 'Dismiss' }).click();
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** Whether any element of the page sticks out of the Data panel's width (a clipped or overlapping control). */
async function overflowsPanel(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('aside[aria-label="Case data"]')!.getBoundingClientRect();
    return [...document.querySelectorAll('aside[aria-label="Case data"] button, aside[aria-label="Case data"] select')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.left < panel.left - 1 || box.right > panel.right + 1);
      })
      .map((el) => el.textContent || el.getAttribute('aria-label') || el.tagName);
  });
}

describe('case data', () => {
  it('loads messy records, reports their quality, simulates with them and reaches a failing record from the map', async () => {
    const { page, errors } = await openApp(browser);
    await importPurchaseMap(page);

    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const panel = dataPanel(page);
    await expect.poll(() => panel.getByLabel('Validation rule of amount').inputValue()).toBe('amount > 0');
    expect(await panel.getByLabel('costCenter is required').isChecked()).toBe(true);
    await screenshot(page, 'data-fields');

    await chooseFile(page, panel.getByRole('button', { name: 'Load sample records…' }), messyCsv);
    await panel.getByRole('heading', { name: 'Data quality' }).waitFor();
    await panel.getByLabel('Key column').selectOption('Request ID');
    const findings = panel.getByRole('table', { name: 'Findings by row' });
    await findings.getByText('has the same key "PR-002" as row 3').waitFor();
    const counts = await panel.getByRole('list', { name: 'Findings by kind' }).innerText();
    for (const kind of [
      'Required value missing',
      'Wrong type',
      'Not an allowed value',
      'Fails a field rule',
      'Empty row',
      'Key used twice',
      'Too many or too few cells',
    ])
      expect(counts).toContain(kind);
    expect(await findings.innerText()).toContain('costCenter is empty');
    // The preview shows every row read, the empty one too.
    expect(
      await panel.getByRole('region', { name: 'Preview of the records' }).getByRole('row').count(),
    ).toBeGreaterThan(9);
    expect(await overflowsPanel(page)).toEqual([]);
    await screenshot(page, 'data-mapping');
    await findings.scrollIntoViewIfNeeded();
    await screenshot(page, 'data-quality');

    await panel.getByRole('button', { name: 'Save records with the map' }).click();
    await panel.getByRole('status').filter({ hasText: 'purchase-requests.messy.csv' }).waitFor();
    const exported = await downloadText(page, () => panel.getByRole('button', { name: 'Export CSV' }).click());
    expect(exported.name).toBe('purchase-requests.messy.records.csv');
    expect(exported.text.split('\r\n')[0]).toBe(
      '\uFEFFrequestId,costCenter,amount,tier,Requester,Submitted,Urgent,Notes',
    );
    expect(exported.text).toContain('PR-004,CC-100,abc,bronze');
    await screenshot(page, 'data-saved');

    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const sim = simPanel(page);
    await sim.getByLabel('Case data').selectOption({ label: 'purchase-requests.messy.csv (9 rows)' });
    await sim.getByRole('button', { name: 'Run' }).click();
    await sim.getByRole('status').filter({ hasText: 'Done:' }).waitFor();
    await sim.getByText(/Cases from 8 records \(bootstrap order\)/).waitFor();

    const group = sim.getByRole('button', { name: /Check request · Missing field/ });
    await group.scrollIntoViewIfNeeded();
    await group.click();
    const records = sim.getByRole('table', { name: 'Records with Missing field at Check request' });
    await records.waitFor();
    expect(await records.innerText()).toMatch(/4\s+PR-003\s+costCenter is empty/);
    await expect.poll(() => page.locator('.react-flow__node.selected').allTextContents()).toEqual(['Check request']);
    await records.scrollIntoViewIfNeeded();
    await screenshot(page, 'data-exceptions');

    const workList = await downloadText(page, () =>
      sim.getByRole('button', { name: 'Export work list (CSV)' }).click(),
    );
    const lines = workList.text.split('\r\n');
    expect(workList.name).toBe('Purchase requests - exceptions.csv');
    expect(lines[0]).toBe('\uFEFFrow,key,node,node id,kind,message,handled,replications,case');
    expect(lines).toContainEqual(
      expect.stringMatching(/^4,PR-003,Check request,[^,]+,missing-field,costCenter is empty,false,1 of 1,/),
    );
    expect(errors).toEqual([]);
  });

  it('reads the sheet chosen from a workbook, checks it again and saves which sheet it was', async () => {
    const { page, errors } = await openApp(browser);
    await importPurchaseMap(page);
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const panel = dataPanel(page);
    await chooseFile(page, panel.getByRole('button', { name: 'Load sample records…' }), twoSheets);

    const sheet = panel.getByLabel('Sheet', { exact: true });
    const preview = panel.getByRole('region', { name: 'Preview of the records' });
    const quality = panel.getByRole('status').filter({ hasText: 'rows give' });
    await quality.waitFor();
    expect(await sheet.inputValue()).toBe('Summary');
    expect(await sheet.locator('option').allTextContents()).toEqual(['Summary', 'Requests']);
    expect(await preview.getByRole('columnheader').allTextContents()).toEqual([
      'Row',
      'ReportText',
      'PeriodText',
      'Prepared byText',
    ]);
    expect(await quality.innerText()).toMatch(/^1 rows give 1 records/);

    await sheet.selectOption('Requests');
    await expect
      .poll(() => preview.getByRole('columnheader').allTextContents())
      .toEqual(['Row', 'Request IDText', 'Cost CenterText', 'AmountNumber', 'TierText', 'ApproverText']);
    expect(await preview.getByRole('row').count()).toBe(4);
    await panel.getByText('3 rows, 5 columns (XLSX, sheet Requests).').waitFor();
    expect(await panel.getByLabel('Column for amount').inputValue()).toBe('Amount');
    await expect.poll(() => quality.innerText()).toMatch(/^3 rows give 3 records/);
    const counts = await panel.getByRole('list', { name: 'Findings by kind' }).innerText();
    expect(counts).toContain('Required value missing');
    expect(counts).toContain('Fails a field rule');
    expect(await overflowsPanel(page)).toEqual([]);
    await screenshot(page, 'data-sheet-choice');

    await panel.getByRole('button', { name: 'Save records with the map' }).click();
    await panel.getByRole('status').filter({ hasText: 'two-sheets.xlsx, sheet Requests: 3 rows, 5 columns' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('reads 100,000 rows in the background with progress, and the page stays responsive', async () => {
    mkdirSync('test/output', { recursive: true });
    const path = 'test/output/requests-100k.csv';
    const lines = ['Request ID,Cost Center,Amount,Tier'];
    for (let i = 1; i <= 100_000; i++)
      lines.push(`PR-${i},CC-${i % 7},${(i % 500) * 10 - 20},${i % 2 ? 'gold' : 'silver'}`);
    writeFileSync(path, lines.join('\n'));
    const { page, errors } = await openApp(browser);
    await importPurchaseMap(page);
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const panel = dataPanel(page);
    // Counts animation frames while the file is read: a frozen page would draw none.
    await page.evaluate(() => {
      const w = window as unknown as { frames100k: number };
      w.frames100k = 0;
      const tick = () => {
        w.frames100k++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const chooser = page.waitForEvent('filechooser');
    await panel.getByRole('button', { name: 'Load sample records…' }).click();
    const started = Date.now();
    await (await chooser).setFiles(path);
    await panel.getByRole('progressbar', { name: 'Reading the records' }).waitFor();
    await panel
      .getByRole('status')
      .filter({ hasText: '100,000 rows give 100,000 records' })
      .waitFor({ timeout: 30_000 });
    const seconds = (Date.now() - started) / 1000;
    const frames = await page.evaluate(() => (window as unknown as { frames100k: number }).frames100k);
    console.log(`100,000 rows read, typed and checked in ${seconds.toFixed(1)} s; ${frames} frames drawn meanwhile`);
    expect(frames).toBeGreaterThan(seconds * 10);
    expect(await panel.getByRole('list', { name: 'Findings by kind' }).innerText()).toContain('Fails a field rule');
    expect(errors).toEqual([]);
  });
});
