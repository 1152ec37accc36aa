import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickImport } from './appSteps';
import { launchBrowser, openApp, screenshot } from './browser';

/** Files from other tools opened in the app: lane names as the file has them, open sub-processes drawn in place. */

const fixtures = 'test/fixtures/bpmn';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function importFile(page: Page, path: string): Promise<void> {
  await pickImport(page, `${fixtures}/${path}`);
  await page
    .getByRole('status')
    .filter({ hasText: /^Imported "/ })
    .first()
    .waitFor();
  await page.locator('.react-flow__node').first().waitFor();
}

describe('BPMN from other tools in the app', () => {
  it('shows lanes by their own names, without their pool name before them (MIWG C.1.0)', async () => {
    const { page, errors } = await openApp(browser);
    await importFile(page, 'miwg/reference/C.1.0.bpmn');
    await expect
      .poll(() => page.locator('.fw-lane-name').allTextContents())
      .toEqual(['Team-Assistant', 'Approver', 'Team Assistant', 'Accountant']);
    await screenshot(page, 'bpmn-import-lane-names');
    expect(errors).toEqual([]);
  });

  it('draws an open sub-process with its content in place when the file leaves isExpanded out (Modelio)', async () => {
    const { page, errors } = await openApp(browser);
    await importFile(page, 'miwg/vendors/modelio-3.5/C.2.0-export.bpmn');
    const inside = page.locator('.fw-expanded-inside');
    await inside.first().waitFor();
    // The seven nodes inside are drawn within the sub-process's box on the top level.
    expect(await inside.first().locator('[data-id], g').count()).toBeGreaterThan(7);
    await screenshot(page, 'bpmn-import-expanded-sub-process');
    expect(errors).toEqual([]);
  });
});
