import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openNewProcess } from './editorSteps';
import { drawOneTask, durationExpression, loadPurchaseRecords, runOnPurchaseRecords } from './simulationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('exceptions over several replications', () => {
  it('lists each bad record once with the runs it failed in, on a map drawn from scratch', async () => {
    const { page, errors } = await openNewProcess(browser);
    const processName = page.getByRole('textbox', { name: 'Process name' });
    await processName.fill('Purchase approval');
    await processName.press('Enter');

    // Start → Check request → end.
    await drawOneTask(page, 'Check request', { type: 'fixed', minutes: 5 });
    // Records with an amount that is not a number or is negative: the duration read from it fails for them.
    await loadPurchaseRecords(page);
    await durationExpression(page, 'User task: Check request', 'amount * 60');
    const sim = await runOnPurchaseRecords(page, 8, 3);
    await sim.getByText(/Cases from 8 records \(file order\)/).waitFor();

    // Cases count in every run (2 bad records × 3 runs); records once.
    const tiles = await sim.locator('.sim-tile').allInnerTexts();
    expect(tiles).toContainEqual(expect.stringMatching(/With exceptions, 3 runs\s+6/));
    expect(tiles).toContainEqual(expect.stringMatching(/Records with exceptions\s+2/));
    await screenshot(page, 'sim-exceptions-key-figures');

    const group = sim.getByRole('button', { name: /Check request · Invalid field/ });
    await group.scrollIntoViewIfNeeded();
    expect(await group.innerText()).toMatch(/2 records\s+6 times in 3 runs/);
    await group.click();
    const records = sim.getByRole('table', { name: 'Records with Invalid field at Check request' });
    const rows = records.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/^5\s+PR-004\s+the duration expression.*\s+every run\s+Show case$/s);
    expect(await rows.nth(1).innerText()).toMatch(/^6\s+PR-005\s+the duration expression.*\s+every run\s+Show case$/s);
    await sim.getByText('Each record is listed once per exception, with the runs it occurred in (of 3).').waitFor();
    await records.scrollIntoViewIfNeeded();
    await screenshot(page, 'sim-exceptions-once-per-record');

    const workList = await downloadText(page, () =>
      sim.getByRole('button', { name: 'Export work list (CSV)' }).click(),
    );
    expect(workList.name).toBe('Purchase approval - exceptions.csv');
    const lines = workList.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFrow,key,node,node id,kind,message,handled,replications,case');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^5,PR-004,Check request,[^,]+,invalid-field,"the duration expression [^"]*",false,3 of 3,$/,
      ),
      expect.stringMatching(
        /^6,PR-005,Check request,[^,]+,invalid-field,"the duration expression [^"]*",false,3 of 3,$/,
      ),
      '',
    ]);
    expect(errors).toEqual([]);
  });
});
