import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBpmn } from '../../shared/io/bpmn';
import { purchaseApproval } from '../../shared/io/bpmn/testMaps';
import { exportSvg } from '../../shared/io/svg';
import type { ProcessModel } from '../../shared/model';
import { dropFile, pickImport } from './appSteps';
import { launchBrowser, openApp, screenshot } from './browser';

const outputDir = 'test/output/bpmn-e2e';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outputDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Writes a map as a `.flow.json` file to import through the picker. */
function mapFile(name: string, model: ProcessModel): string {
  const path = `${outputDir}/${name}.flow.json`;
  writeFileSync(path, JSON.stringify(model));
  return path;
}

/** The purchase approval whose routing gateway lost two conditions: Camunda 8 cannot route those branches. */
function bareBranches(): ProcessModel {
  const model = { ...purchaseApproval(), name: 'Bare branches' };
  model.flows = model.flows.map((f) =>
    f.source === 'route' && f.id !== 'f4' ? { ...f, condition: undefined, default: false } : f,
  );
  return model;
}

/** The purchase approval without its start event: a validation error. */
function noStart(): ProcessModel {
  const model = { ...purchaseApproval(), name: 'No start' };
  model.nodes = model.nodes.filter((n) => n.id !== 'start');
  model.flows = model.flows.filter((f) => f.source !== 'start');
  return model;
}

async function importThroughPicker(page: Page, path: string): Promise<void> {
  await pickImport(page, path);
  await page
    .getByRole('status')
    .filter({ hasText: /^Imported "/ })
    .first()
    .waitFor();
}

/** Opens the export dialog and picks a format; resolves once the check for it is shown. */
async function exportDialogFor(page: Page, format: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.locator('.export-verdict').waitFor();
  return dialog;
}

async function download(page: Page, click: () => Promise<void>, as: string): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await click();
  const file = await started;
  await file.saveAs(`${outputDir}/${as}`);
  return { name: file.suggestedFilename(), bytes: readFileSync(`${outputDir}/${as}`) };
}

describe('BPMN in the app', () => {
  it('exports the open map as BPMN 2.0 from the export dialog, and the file imports back with the same nodes', async () => {
    const { page, errors } = await openApp(browser);
    await importThroughPicker(page, mapFile('purchase-approval', purchaseApproval()));
    const dialog = await exportDialogFor(page, 'BPMN 2.0 (.bpmn)');
    expect(await dialog.locator('.export-verdict').textContent()).toBe(
      'No problems: BPMN 2.0 can express everything in this map.',
    );
    expect(await dialog.getByText('Saves as').textContent()).toBe('Saves as Purchase approval.bpmn');
    await screenshot(page, 'bpmn-export-dialog');
    const file = await download(
      page,
      () => dialog.getByRole('button', { name: 'Export file' }).click(),
      'purchase-approval.bpmn',
    );
    expect(file.name).toBe('Purchase approval.bpmn');
    const { model } = await importBpmn(new Uint8Array(file.bytes));
    expect(model.nodes).toHaveLength(purchaseApproval().nodes.length);
    expect(model.nodes.map((n) => n.id).sort()).toEqual(
      purchaseApproval()
        .nodes.map((n) => n.id)
        .sort(),
    );
    await page.getByRole('status').filter({ hasText: 'Exported "Purchase approval.bpmn".' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows first what Camunda 8 cannot run, naming each flow, and does not export it', async () => {
    const { page, errors } = await openApp(browser);
    await importThroughPicker(page, mapFile('bare-branches', bareBranches()));
    const dialog = await exportDialogFor(page, 'Camunda 8 (Zeebe) BPMN (.bpmn)');
    expect(await dialog.locator('.export-verdict').textContent()).toMatch(
      /^Camunda 8 \(Zeebe\) BPMN cannot express this map as it is/,
    );
    const refusals = dialog.locator('.export-refusals li');
    expect(await refusals.allTextContents()).toEqual([
      expect.stringMatching(
        /^Flow 'gold' from 'Route by amount' to 'Auto approve' has no condition.* FW_EXPORT_CONDITION$/,
      ),
      expect.stringMatching(/^Flow from 'Route by amount' to 'Review request' has no condition.* FW_EXPORT_CONDITION$/),
    ]);
    expect(await dialog.getByRole('button', { name: 'Export file' }).isDisabled()).toBe(true);
    await screenshot(page, 'bpmn-export-zeebe-refused');
    // Plain BPMN keeps the map as drawn, so it is offered.
    await dialog.getByRole('radio', { name: 'BPMN 2.0 (.bpmn)' }).check();
    await expect.poll(() => dialog.getByRole('button', { name: 'Export file' }).isEnabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lets a map with errors be exported anyway as a PNG picture drawn at twice its size', async () => {
    const { page, errors } = await openApp(browser);
    await importThroughPicker(page, mapFile('no-start', noStart()));
    const dialog = await exportDialogFor(page, 'PNG image (.png)');
    expect(await dialog.locator('.export-verdict').textContent()).toMatch(
      /^The map has 1 error.*PNG image accepts it as it is, so you can export anyway\.$/,
    );
    expect(await dialog.locator('.export-problems').textContent()).toContain('no start event');
    await screenshot(page, 'bpmn-export-anyway');
    const file = await download(
      page,
      () => dialog.getByRole('button', { name: 'Export anyway' }).click(),
      'no-start.png',
    );
    expect(file.name).toBe('No start.png');
    expect([...file.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(exportSvg(noStart()))!.map(Number);
    expect(file.bytes.readUInt32BE(16)).toBe(width * 2);
    expect(file.bytes.readUInt32BE(20)).toBe(height * 2);
    expect(file.bytes.length).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
  });

  it('refuses a broken BPMN file with its line and column, and leaves the workspace as it was', async () => {
    const broken = `${outputDir}/broken.bpmn`;
    writeFileSync(
      broken,
      '<?xml version="1.0"?>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">\n  <process id="p">\n</definitions>\n',
    );
    const { page, errors } = await openApp(browser);
    await importThroughPicker(page, mapFile('kept', purchaseApproval()));
    await pickImport(page, broken);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      '"broken.bpmn" was not imported. The BPMN file is not well-formed XML.',
    );
    expect(await alert.locator('li').first().textContent()).toMatch(/^FW_IMPORT_INVALID_XML: line 4, column \d+: /);
    await screenshot(page, 'bpmn-import-error');
    expect(await page.getByRole('textbox', { name: 'Process name' }).inputValue()).toBe('Purchase approval');
    await page.getByRole('button', { name: 'Processes', exact: true }).click();
    expect(await page.getByRole('complementary', { name: 'Processes' }).locator('.side-item').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('imports a BPMN file dropped on the window and lists what it did not carry over', async () => {
    const { page, errors } = await openApp(browser);
    const content = readFileSync('test/fixtures/bpmn/miwg/reference/B.2.0.bpmn', 'utf8');
    await dropFile(page, { name: 'B.2.0.bpmn', type: 'application/xml', content });
    const notice = page.getByRole('status').filter({ hasText: /^Imported ".+" from BPMN, with \d+ note/ });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('has a conditional event definition');
    expect(errors).toEqual([]);
  });
});
