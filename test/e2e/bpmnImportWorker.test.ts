import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepSubProcesses, taskChain } from '../hostile/bpmnInputs';
import { dropFile } from './appSteps';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Counts the animation frames drawn while the "Importing …" notice shows. A page whose main thread is busy
 * importing draws none; one that imports in a worker keeps drawing them.
 */
async function countFramesWhileImporting(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = window as unknown as { importFrames: number };
    probe.importFrames = 0;
    const notices = () => [...document.querySelectorAll('[role="status"], [role="alert"]')].map((e) => e.textContent);
    const tick = () => {
      const shown = notices();
      if (shown.some((text) => /^Importing "/.test(text ?? ''))) probe.importFrames++;
      if (!shown.some((text) => /^(Imported "|".+" was not imported)/.test(text ?? ''))) requestAnimationFrame(tick);
    };
    window.addEventListener('drop', () => requestAnimationFrame(tick), { capture: true, once: true });
  });
}

const framesCounted = (page: Page) => page.evaluate(() => (window as unknown as { importFrames: number }).importFrames);

/** A small import first, so that the importer's code is loaded and only the import itself is measured after it. */
async function warmUp(page: Page): Promise<void> {
  await dropFile(page, { name: 'small.bpmn', type: 'application/xml', content: taskChain(3) });
  await page
    .getByRole('status')
    .filter({ hasText: /^Imported "/ })
    .first()
    .waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).first().click();
}

describe('BPMN import off the main thread', () => {
  it('keeps the page drawing frames while a large BPMN file imports, and can cancel it', async () => {
    const { page, errors } = await openApp(browser);
    await warmUp(page);
    await countFramesWhileImporting(page);
    // 5,000 drawn tasks: a second or more of parsing, during which the page must stay responsive.
    const large = taskChain(5_000);
    await dropFile(page, { name: 'chain.bpmn', type: 'application/xml', content: large });
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported "chain" from BPMN/ })
      .first()
      .waitFor({ timeout: 180_000 });
    // A main-thread import draws a frame or two around its start; a worker import, one every 16 ms it runs.
    expect(await framesCounted(page)).toBeGreaterThan(10);
    await screenshot(page, 'bpmn-import-large');

    // Cancelled while it runs: the window answers the click at once, and nothing is added.
    await dropFile(page, { name: 'again.bpmn', type: 'application/xml', content: large });
    const running = page.getByRole('status').filter({ hasText: 'Importing "again.bpmn"…' });
    await running.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'The import of "again.bpmn" was cancelled.' }).waitFor();
    await page.getByRole('button', { name: 'Processes', exact: true }).click();
    expect(await page.getByRole('complementary', { name: 'Processes' }).locator('.side-item').count()).toBe(2);
    expect(errors).toEqual([]);
  }, 300_000);

  it('shows a hostile file’s refusal in plain words, with its code, and opens nothing', async () => {
    const { page, errors } = await openApp(browser);
    await dropFile(page, { name: 'deep.bpmn', type: 'application/xml', content: deepSubProcesses(5_000) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      '"deep.bpmn" was not imported. The BPMN file nests XML elements or sub-processes deeper than Flowwright reads.',
    );
    expect(await alert.locator('li').first().textContent()).toMatch(
      /^FW_IMPORT_TOO_DEEP: line 4, column \d+: sub-processes are nested more than 50 deep/,
    );
    await screenshot(page, 'bpmn-import-too-deep');
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Imported "/ })
        .count(),
    ).toBe(0);
    expect(errors).toEqual([]);
  });
});
