import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintCamunda88, runOnEngine } from '../support/bpmnChecks';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, openNewProcess, paletteItem, properties } from './editorSteps';

const outputDir = 'test/output/camunda8-e2e';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outputDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Types into a field of the properties panel and commits it with Enter. */
async function fill(page: Page, label: string, value: string): Promise<void> {
  const field = properties(page).getByRole('textbox', { name: label, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/** Adds a palette element beside the selection (connected from it) and names it; `kind` is how the canvas calls it. */
async function addAndName(page: Page, item: string, name: string, kind = item): Promise<void> {
  await paletteItem(page, item).click();
  await canvasNode(page, kind).waitFor();
  await fill(page, 'Name', name);
  await canvasNode(page, `${kind}: ${name}`).waitFor();
}

describe('Camunda 8 properties, drawn from scratch and exported', () => {
  it('sets job type, retries, form, assignment, mappings and a timer in the panel; the export has them, lints clean and runs', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await fill(page, 'Name', 'Order received');

    await addAndName(page, 'Service task', 'Check stock');
    await fill(page, 'Job type', 'stock-check');
    await fill(page, 'Retries', 'three');
    await expect
      .poll(() => properties(page).getByRole('alert').allTextContents())
      .toEqual(['Retries must be a whole number, such as 3']);
    await fill(page, 'Retries', '5');
    await expect.poll(() => properties(page).getByRole('alert').count()).toBe(0);
    await properties(page).getByRole('button', { name: 'Add input' }).click();
    await fill(page, 'Input 1: expression', 'amount * 2');
    await fill(page, 'Input 1: into variable', 'doubled');
    await screenshot(page, 'camunda8-service-task');

    await addAndName(page, 'User task', 'Approve order');
    await properties(page).getByLabel('Form', { exact: true }).selectOption('formId');
    await fill(page, 'Form id', 'approval-form');
    await fill(page, 'Assignee', 'anna');
    await fill(page, 'Candidate groups', 'managers');
    await properties(page).getByRole('button', { name: 'Add output' }).click();
    await fill(page, 'Output 1: expression', 'decision');
    await fill(page, 'Output 1: into variable', 'approved');
    await screenshot(page, 'camunda8-user-task');

    await addAndName(page, 'Intermediate event', 'Cooling off', 'Timer intermediate event');
    await fill(page, 'Timer expression', 'PT30M');
    await addAndName(page, 'Send task', 'Send confirmation');
    await addAndName(page, 'End event', 'Order done');

    // Undo takes back the last Camunda 8 edit like any other.
    await canvasNode(page, 'Timer intermediate event: Cooling off').click();
    await fill(page, 'Timer expression', 'PT45M');
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await canvasNode(page, 'Timer intermediate event: Cooling off').click();
    await expect
      .poll(() => properties(page).getByRole('textbox', { name: 'Timer expression' }).inputValue())
      .toBe('PT30M');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'Camunda 8 (Zeebe) BPMN (.bpmn)' }).check();
    await dialog.locator('.export-derived').waitFor();
    // What the person set is not listed; the job type left unset is, with where it came from.
    expect(await dialog.locator('.export-derived li').allTextContents()).toEqual([
      "Job type for 'Send confirmation' derived from its name: send-confirmation",
    ]);
    await screenshot(page, 'camunda8-export-dialog');
    const started = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^Export/ }).click();
    const download = await started;
    await download.saveAs(`${outputDir}/drawn.bpmn`);
    const xml = readFileSync(`${outputDir}/drawn.bpmn`, 'utf8');

    expect(xml).toContain('<zeebe:taskDefinition type="stock-check" retries="5" />');
    expect(xml).toContain('<zeebe:input source="=amount * 2" target="doubled" />');
    expect(xml).toContain('<zeebe:formDefinition formId="approval-form" />');
    expect(xml).toContain('<zeebe:assignmentDefinition assignee="anna" candidateGroups="managers" />');
    expect(xml).toContain('<zeebe:output source="=decision" target="approved" />');
    expect(xml).toContain('<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT30M</bpmn:timeDuration>');
    expect(xml).toContain('<zeebe:taskDefinition type="send-confirmation" />');
    expect(await lintCamunda88(xml)).toEqual([]);
    const run = await runOnEngine(xml, { amount: 10, decision: true });
    expect(run.jobs).toEqual(['stock-check', 'send-confirmation']);
    expect(run.completed.length).toBeGreaterThanOrEqual(6);
    expect(errors).toEqual([]);
  });
});
