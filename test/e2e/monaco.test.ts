import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openNewProcess, properties } from './editorSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A small map with case fields, written as the Advanced view would take it. */
const reviewMap = {
  format: 'flowwright.process',
  schemaVersion: 1,
  id: 'review',
  name: 'Review by amount',
  nodes: [
    { id: 'start', type: 'startEvent', name: 'Request in', x: 80, y: 160 },
    { id: 'check', type: 'exclusiveGateway', name: 'Large?', x: 240, y: 150 },
    { id: 'review', type: 'task', taskType: 'user', name: 'Review', x: 400, y: 60 },
    { id: 'done', type: 'endEvent', name: 'Done', x: 600, y: 160 },
  ],
  flows: [
    { id: 'f1', source: 'start', target: 'check' },
    { id: 'f2', source: 'check', target: 'review' },
    { id: 'f3', source: 'check', target: 'done', default: true },
    { id: 'f4', source: 'review', target: 'done' },
  ],
  data: {
    fields: [
      { name: 'amount', type: 'number', required: true, validation: 'amount > 0' },
      { name: 'costCenter', type: 'text' },
    ],
  },
};

const processName = (page: Page) => page.getByRole('textbox', { name: 'Process name' });
const advancedView = (page: Page) => page.getByRole('dialog', { name: 'Advanced: the map as JSON' });

async function openAdvancedView(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Advanced: edit the map as JSON' }).click();
  await advancedView(page).getByRole('textbox', { name: 'Map as JSON' }).waitFor();
  await advancedView(page).locator('.view-lines').first().waitFor();
}

/** Replaces the whole JSON text with one line (typed line breaks would be auto-indented and brackets auto-closed). */
async function replaceJson(page: Page, text: string): Promise<void> {
  const editor = advancedView(page).getByRole('textbox', { name: 'Map as JSON' });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function applyJson(page: Page, text: string): Promise<void> {
  await openAdvancedView(page);
  await replaceJson(page, text);
  await advancedView(page).getByRole('button', { name: 'Apply' }).click();
}

describe('Monaco: the Advanced view', () => {
  it('applies an edited map as one undoable step, and changes nothing when the JSON is invalid', async () => {
    const { page, errors } = await openNewProcess(browser);
    const original = await processName(page).inputValue();
    await openAdvancedView(page);
    await screenshot(page, 'monaco-advanced-view');
    await replaceJson(page, JSON.stringify(reviewMap));
    await advancedView(page).getByRole('button', { name: 'Apply' }).click();
    await advancedView(page).waitFor({ state: 'detached' });
    await expect.poll(() => processName(page).inputValue()).toBe('Review by amount');
    expect(await page.locator('.react-flow__node').count()).toBe(4);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => processName(page).inputValue()).toBe(original);

    await applyJson(page, '{ "format": "flowwright.process", "id": ; }');
    const alert = advancedView(page).getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Not applied.*not valid JSON at line 1/);
    await screenshot(page, 'monaco-advanced-invalid');

    // The JSON schema underlines what the file format does not allow, before anything is applied.
    await replaceJson(page, JSON.stringify({ ...reviewMap, currency: 42 }));
    await expect
      .poll(() => advancedView(page).locator('.squiggly-error, .squiggly-warning').count())
      .toBeGreaterThan(0);
    await screenshot(page, 'monaco-advanced-schema');
    await advancedView(page).getByRole('button', { name: 'Close' }).click();
    expect(await processName(page).inputValue()).toBe(original);
    expect(errors).toEqual([]);
  });
});

describe('Monaco: FEEL expressions', () => {
  it('marks an error as it is typed, clears it when fixed, completes field names and commits on Enter', async () => {
    const { page, errors } = await openNewProcess(browser);
    await applyJson(page, JSON.stringify(reviewMap));
    await advancedView(page).waitFor({ state: 'detached' });

    await page.getByRole('group', { name: 'Flow from Large? to Review' }).focus();
    await page.keyboard.press('Enter');
    const condition = properties(page).getByRole('textbox', { name: 'Condition' });
    await condition.waitFor();
    await condition.focus();
    await page.keyboard.type('amount >');
    const problem = properties(page).locator('.fw-expression-problem');
    await expect.poll(() => problem.textContent()).toMatch(/position/);
    expect(await properties(page).locator('.squiggly-error').count()).toBeGreaterThan(0);
    await screenshot(page, 'monaco-condition-error');

    await page.keyboard.type(' 5000 and co');
    const suggestion = page.getByRole('option', { name: /costCenter/ });
    await suggestion.waitFor();
    await screenshot(page, 'monaco-condition-completion');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' != "X"');
    await expect.poll(() => problem.count()).toBe(0);
    expect(await properties(page).locator('.squiggly-error').count()).toBe(0);

    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.fw-flow-condition').allTextContents())
      .toEqual(['[amount > 5000 and costCenter != "X"]']);

    // A name that is not a field is a warning, not an error.
    await condition.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('amont > 1');
    await expect.poll(() => problem.textContent()).toBe('amont is not a field of this map');
    await page.keyboard.press('Escape');
    await expect.poll(() => problem.count()).toBe(0);
    await screenshot(page, 'monaco-condition-committed');
    expect(errors).toEqual([]);
  });
});
