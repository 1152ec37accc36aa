import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, edgeCount, openNewProcess, paletteItem, properties } from './editorSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dataPanel = (page: Page) => page.getByRole('complementary', { name: 'Case data' });
const checks = (page: Page) => properties(page).getByRole('group', { name: 'Data checks' });

async function enter(page: Page, label: string, value: string) {
  const field = properties(page).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

describe('data checks on a task', () => {
  it('requires a field of the map, gives it a rule and an error probability, all undoable', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'Task').click();
    await canvasNode(page, 'Task').waitFor();
    await enter(page, 'Name', 'Check claim');
    await canvasNode(page, 'Task: Check claim').waitFor();
    expect(await checks(page).textContent()).toContain('The map has no data fields yet');
    await paletteItem(page, 'End event').click();
    await expect.poll(() => edgeCount(page)).toBe(2);

    // A number field "amount" for the map, in the Data panel.
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    await dataPanel(page).getByRole('button', { name: 'Add field' }).click();
    const name = dataPanel(page).getByLabel('Name of field field');
    await name.fill('amount');
    await name.press('Enter');
    await dataPanel(page).getByLabel('Type of amount').selectOption('number');
    await dataPanel(page).getByRole('button', { name: 'Close case data' }).click();

    // The task requires it and writes its rule with the FEEL editor.
    await canvasNode(page, 'Task: Check claim').click();
    await checks(page).getByRole('checkbox', { name: 'amount' }).check();
    const rule = checks(page).getByRole('textbox', { name: 'Rule for amount' });
    await rule.waitFor();
    await rule.focus();
    await page.keyboard.type('amount > 0');
    await page.keyboard.press('Enter');
    await expect.poll(() => checks(page).locator('.fw-expression-problem').count()).toBe(0);
    await checks(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'task-data-checks');

    // The rule is the field's own, as the Data panel shows.
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    await expect.poll(() => dataPanel(page).getByLabel('Validation rule of amount').inputValue()).toBe('amount > 0');
    await dataPanel(page).getByRole('button', { name: 'Close case data' }).click();

    // An error boundary event on the task: its chance in percent, shown on the task too.
    await canvasNode(page, 'Task: Check claim').click();
    await paletteItem(page, 'Boundary timer event').click();
    await properties(page).getByLabel('Event type').selectOption('error');
    await enter(page, 'Error probability (%)', '5');
    await screenshot(page, 'task-data-error-event');
    await canvasNode(page, 'Task: Check claim').click();
    const chance = checks(page).getByRole('spinbutton', { name: /^Error probability \(%\)/ });
    await expect.poll(() => chance.inputValue()).toBe('5');
    await checks(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'task-data-error-probability');

    // Undo, one step at a time: the probability, then (after the event's type and the event) the rule, the field.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await canvasNode(page, 'Task: Check claim').click();
    await expect.poll(() => chance.inputValue()).toBe('');
    expect(await checks(page).getByRole('checkbox', { name: 'amount' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });
});
