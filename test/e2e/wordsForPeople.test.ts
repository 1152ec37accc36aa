import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFile } from './appSteps';
import { launchBrowser, screenshot } from './browser';
import { drawApproval, openNewProcess, problemMessages, problemsPanel, properties } from './editorSteps';

/** Purchase requests with bad rows: PR-005's amount is -5, PR-004's is not a number, and more (see SOURCES). */
const messyCsv = 'test/fixtures/data/purchase-requests.messy.csv';
const approveRouting =
  "Flow from 'Amount over 1,000?' to 'Approve' has no condition and is not the default flow, so nothing says when " +
  'it is taken';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dataPanel = (page: Page) => page.getByRole('complementary', { name: 'Case data' });

/** Texts in the findings table that are cut off or stick out sideways (none when every message is read whole). */
async function clippedFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const box = document.querySelector('.data-findings')!;
    const area = box.getBoundingClientRect();
    const clipped = [...box.querySelectorAll('td, .data-finding-message')].filter((cell) => {
      const rect = cell.getBoundingClientRect();
      return cell.scrollWidth > cell.clientWidth + 1 || rect.right > area.right + 1;
    });
    if (box.scrollWidth > box.clientWidth + 1) clipped.push(box);
    return clipped.map((cell) => cell.textContent ?? cell.className);
  });
}

describe('words for people', () => {
  it('names elements in problems and export checks, shows findings whole and reopens the quality report', async () => {
    const { page, errors } = await openNewProcess(browser);
    await drawApproval(page);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });

    // The problem reads with the names of the flow's ends; the code and id are detail in the tooltip.
    await expect.poll(() => problemMessages(page)).toContain(approveRouting);
    const row = problemsPanel(page).getByRole('button', { name: /to 'Approve' has no condition/ });
    expect(await row.getAttribute('title')).toMatch(
      /^Gateway routing undetermined \(FW_V_GATEWAY_ROUTING\); element id /,
    );
    await screenshot(page, 'words-problems');
    await row.click();
    await expect.poll(() => properties(page).getByRole('heading').first().textContent()).toMatch(/flow/i);

    // The Camunda 8 export check says the same in its own words, leading with the names.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'Camunda 8 (Zeebe) BPMN (.bpmn)' }).check();
    const refusals = dialog.locator('.export-refusals li');
    await refusals.first().waitFor();
    expect(await refusals.allTextContents()).toContain(
      "Flow from 'Amount over 1,000?' to 'Approve' has no condition and is not the default flow; Camunda 8 needs one " +
        'of the two FW_EXPORT_CONDITION',
    );
    await screenshot(page, 'words-export-check');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // A number field amount with the rule amount > 0, then the messy records mapped to it.
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const data = dataPanel(page);
    await data.getByRole('button', { name: 'Add field' }).click();
    const fieldName = data.getByLabel('Name of field field');
    await fieldName.fill('amount');
    await fieldName.press('Enter');
    await data.getByLabel('Type of amount').selectOption('number');
    const rule = data.getByLabel('Validation rule of amount');
    await rule.fill('amount > 0');
    await rule.press('Enter');
    await chooseFile(page, data.getByRole('button', { name: 'Load sample records…' }), messyCsv);
    await data.getByRole('heading', { name: 'Data quality' }).waitFor();
    await data.getByLabel('Key column').selectOption('Request ID');
    await data.getByLabel('Column for amount').selectOption('Amount');
    const findings = data.getByRole('table', { name: 'Findings by row' });
    await findings.getByText('amount is -5, which fails the rule amount > 0', { exact: true }).waitFor();
    expect(await data.getByRole('list', { name: 'Findings by kind' }).innerText()).toContain('Fails a field rule');
    const messages = await findings.locator('.data-finding-message').allTextContents();
    expect(messages).toContain('Row 8 has the same key "PR-002" as row 3');
    expect(await clippedFindings(page)).toEqual([]);
    await findings.scrollIntoViewIfNeeded();
    await screenshot(page, 'words-findings');

    // Saving closes the report; the button reopens it from the saved table, and closes it again.
    await data.getByRole('button', { name: 'Save records with the map' }).click();
    await data.getByRole('status').filter({ hasText: 'purchase-requests.messy.csv' }).waitFor();
    expect(await data.getByRole('heading', { name: 'Data quality' }).count()).toBe(0);
    const reopen = data.getByRole('button', { name: /^Data quality report \(\d+ findings\)$/ });
    const label = (await reopen.textContent())!;
    expect(Number(/\((\d+) findings\)/.exec(label)![1])).toBe(messages.length);
    await reopen.click();
    await data.getByRole('heading', { name: 'Data quality' }).waitFor();
    expect(await findings.locator('.data-finding-message').allTextContents()).toEqual(messages);
    expect(await clippedFindings(page)).toEqual([]);
    await findings.scrollIntoViewIfNeeded();
    await screenshot(page, 'words-findings-reopened');
    await data.getByRole('button', { name: 'Close report' }).click();
    expect(await data.getByRole('heading', { name: 'Data quality' }).count()).toBe(0);
    expect(await reopen.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
  });
});
