import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Process name' });

async function renameOpenProcess(page: Page, name: string) {
  await nameField(page).fill(name);
  await nameField(page).press('Enter');
  await expect.poll(() => nameField(page).inputValue()).toBe(name);
}

/** Creates a process and waits until the editor has opened it under its default name. */
async function createProcess(page: Page, expectedName = 'Untitled process') {
  await page.getByRole('button', { name: 'New process' }).first().click();
  await expect.poll(() => nameField(page).inputValue()).toBe(expectedName);
}

async function waitUntilSaved(page: Page) {
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
}

/** The names in the process panel, top to bottom. */
async function listedProcesses(page: Page): Promise<string[]> {
  const panel = page.getByRole('complementary', { name: 'Processes' });
  return panel.locator('.side-item-title').allTextContents();
}

describe('workspace', () => {
  it('starts on a start screen, creates a process, and a reload returns to it as it was', async () => {
    const { page, errors } = await openApp(browser);
    await page.getByRole('heading', { name: 'Flowwright' }).waitFor();
    await screenshot(page, 'workspace-start-screen');

    await createProcess(page);
    await renameOpenProcess(page, 'Claims handling');
    await waitUntilSaved(page);
    await screenshot(page, 'workspace-open-process');

    await page.reload();
    await expect.poll(() => nameField(page).inputValue()).toBe('Claims handling');
    expect(errors).toEqual([]);
  });

  it('saves a change drawn in the editor, describes it in the history, and a reload shows it', async () => {
    const { page, errors } = await openApp(browser);
    await createProcess(page);
    await page
      .getByRole('navigation', { name: 'Palette' })
      .getByRole('button', { name: 'User task', exact: true })
      .click();
    const nodes = page.locator('.react-flow__node');
    await expect.poll(() => nodes.count()).toBe(2);
    const edges = await page.locator('.react-flow__edge').count();
    await waitUntilSaved(page);

    await page.getByRole('button', { name: 'History', exact: true }).click();
    const history = page.getByRole('complementary', { name: 'History' });
    await expect.poll(() => history.locator('.side-item-description').first().textContent()).toMatch(/User task/);

    await page.reload();
    await expect.poll(() => nodes.count()).toBe(2);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(edges);
    await screenshot(page, 'workspace-reloaded-map');
    expect(errors).toEqual([]);
  });

  it('saves a change made just before the page goes away', async () => {
    const { page, errors } = await openApp(browser);
    await createProcess(page);
    await waitUntilSaved(page);
    await nameField(page).fill('Renamed just before reload');
    await nameField(page).press('Enter');
    await page.reload();
    await expect.poll(() => nameField(page).inputValue()).toBe('Renamed just before reload');
    expect(errors).toEqual([]);
  });

  it('lists, renames, duplicates and deletes processes, with Undo after a delete', async () => {
    const { page, errors } = await openApp(browser);
    await createProcess(page);
    await renameOpenProcess(page, 'Purchase approval');
    await createProcess(page);
    await renameOpenProcess(page, 'Onboarding');
    await waitUntilSaved(page);

    await page.getByRole('button', { name: 'Processes', exact: true }).click();
    await expect.poll(() => listedProcesses(page)).toEqual(['Onboarding', 'Purchase approval']);

    await page.getByRole('button', { name: 'Rename Purchase approval' }).click();
    const field = page.getByRole('textbox', { name: 'New name for Purchase approval' });
    await field.fill('Purchase approval 2026');
    await field.press('Enter');
    await expect.poll(() => listedProcesses(page)).toEqual(['Purchase approval 2026', 'Onboarding']);

    await page.getByRole('button', { name: 'Duplicate Onboarding' }).click();
    await expect
      .poll(() => listedProcesses(page))
      .toEqual(['Onboarding (copy)', 'Purchase approval 2026', 'Onboarding']);
    await screenshot(page, 'workspace-process-list');

    await page.getByRole('button', { name: 'Delete Purchase approval 2026' }).click();
    await expect.poll(() => listedProcesses(page)).toEqual(['Onboarding (copy)', 'Onboarding']);
    const deleted = page.getByRole('status').filter({ hasText: 'Deleted "Purchase approval 2026".' });
    await screenshot(page, 'workspace-deleted-undo');
    await deleted.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => listedProcesses(page))
      .toEqual(['Onboarding (copy)', 'Purchase approval 2026', 'Onboarding']);

    await page.getByRole('button', { name: 'Purchase approval 2026', exact: true }).click();
    await expect.poll(() => nameField(page).inputValue()).toBe('Purchase approval 2026');
    expect(errors).toEqual([]);
  });

  it('deleting the open process shows the start screen', async () => {
    const { page, errors } = await openApp(browser);
    await createProcess(page);
    await page.getByRole('button', { name: 'Processes', exact: true }).click();
    await page.getByRole('button', { name: 'Delete Untitled process', exact: true }).click();
    await page.getByRole('heading', { name: 'Flowwright' }).waitFor();
    expect(await nameField(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps a revision history and restores an earlier revision as a new one', async () => {
    const { page, errors } = await openApp(browser);
    await createProcess(page);
    await renameOpenProcess(page, 'Invoice check');
    await waitUntilSaved(page);

    await page.getByRole('button', { name: 'History', exact: true }).click();
    const history = page.getByRole('complementary', { name: 'History' });
    const descriptions = () => history.locator('.side-item-description').allTextContents();
    await expect.poll(descriptions).toEqual(['Rename process to "Invoice check"', 'Create process']);
    await screenshot(page, 'workspace-history');

    await history.getByRole('button', { name: /^Restore revision of / }).click();
    await expect.poll(() => nameField(page).inputValue()).toBe('Untitled process');
    await expect
      .poll(descriptions)
      .toEqual([
        expect.stringMatching(/^Restored revision of /),
        'Rename process to "Invoice check"',
        'Create process',
      ]);
    await waitUntilSaved(page);
    await page.reload();
    await expect.poll(() => nameField(page).inputValue()).toBe('Untitled process');
    expect(errors).toEqual([]);
  });
});
