import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { drawApproval, openNewProcess, problemMessages, properties } from './editorSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Selects a flow by keyboard and types its probability in percent. */
async function setProbability(page: Page, flowName: string, percent: string) {
  await page.getByRole('group', { name: flowName }).focus();
  await page.keyboard.press('Enter');
  const field = properties(page).getByRole('spinbutton', { name: 'Probability (%)' });
  await field.fill(percent);
  await field.press('Enter');
  await expect.poll(() => field.inputValue()).toBe(percent);
}

describe('branch probabilities', () => {
  it('sets the branches of a gateway drawn from scratch in percent and reports a sum other than 100 %', async () => {
    const { page, errors } = await openNewProcess(browser);
    await drawApproval(page);

    await setProbability(page, 'Flow from Amount over 1,000? to Approve', '60');
    await setProbability(page, 'Flow from Amount over 1,000? to Reject', '30');
    const sum = "The branches of 'Amount over 1,000?' add up to 90 %, not 100 %";
    await expect.poll(() => problemMessages(page)).toContain(sum);
    // Every branch has a probability, so the split is routed by them: no "has no condition" problem is left.
    expect((await problemMessages(page)).filter((m) => /no condition/.test(m))).toEqual([]);
    await expect
      .poll(() => properties(page).locator('.fw-field-hint').last().textContent())
      .toContain("The branches of 'Amount over 1,000?' add up to 90 %; they must make 100 %.");
    await screenshot(page, 'branch-probabilities-90');

    await setProbability(page, 'Flow from Amount over 1,000? to Reject', '40');
    await expect.poll(async () => (await problemMessages(page)).filter((m) => /add up to/.test(m))).toEqual([]);
    await expect
      .poll(() => properties(page).locator('.fw-field-hint').last().textContent())
      .toMatch(/add up to 100 %\.$/);
    await screenshot(page, 'branch-probabilities-100');

    // Undo brings the 30 % (and the problem) back.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => problemMessages(page)).toContain(sum);
    expect(errors).toEqual([]);
  });
});
