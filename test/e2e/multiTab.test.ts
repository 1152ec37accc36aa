import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Process name' });
const nodes = (page: Page) => page.locator('.react-flow__node');
const saveStatus = (page: Page) => page.locator('.save-status');
const question = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Keep mine as a copy' }) });

/** Opens the app in another tab of the same browser profile (one IndexedDB, one localStorage). */
async function openTab(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(inject('baseUrl'));
  return { page, errors };
}

async function rename(page: Page, name: string): Promise<void> {
  await nameField(page).fill(name);
  await nameField(page).press('Enter');
}

/**
 * Two tabs showing one process "Claims": tab A creates it, tab B opens afterwards and reopens it, as a second tab
 * of the app does. The clock of both is installed (running) so that a test can pause their autosave timers.
 */
async function twoTabsOnClaims() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.clock.install();
  const a = await openTab(context);
  await a.page.getByRole('button', { name: 'New process' }).first().click();
  await expect.poll(() => nameField(a.page).inputValue()).toBe('Untitled process');
  await rename(a.page, 'Claims');
  await expect.poll(() => saveStatus(a.page).textContent()).toBe('All changes saved');
  const b = await openTab(context);
  await expect.poll(() => nameField(b.page).inputValue()).toBe('Claims');
  return { context, a, b };
}

/**
 * Tab B adds a task and keeps it unsaved (its autosave timer is paused) while tab A renames the process and saves
 * at once (as when its window is hidden): B's change is now based on an older version than the stored one.
 */
async function staleEdit(context: BrowserContext, a: Page, b: Page): Promise<void> {
  await context.clock.pauseAt(Date.now() + 60_000);
  await b.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'User task', exact: true }).click();
  await expect.poll(() => nodes(b).count()).toBe(2);
  await expect.poll(() => saveStatus(b).textContent()).toBe('Saving…');
  await rename(a, 'Claims, reviewed');
  await a.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await expect.poll(() => saveStatus(a).textContent()).toBe('All changes saved');
}

describe('two tabs on one process', () => {
  it('a tab without unsaved changes shows the newer version quietly, with a small notice', async () => {
    const { context, a, b } = await twoTabsOnClaims();
    await rename(a.page, 'Claims handling');
    await expect.poll(() => saveStatus(a.page).textContent()).toBe('All changes saved');
    await expect.poll(() => nameField(b.page).inputValue()).toBe('Claims handling');
    await b.page
      .getByRole('status')
      .filter({ hasText: 'Showing the newer version of "Claims handling", saved in another window or tab.' })
      .waitFor();
    await screenshot(b.page, 'multitab-quiet-reload');
    expect(await saveStatus(b.page).textContent()).toBe('All changes saved');
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });

  it('a stale tab is asked instead of overwriting; "Reload" takes the newer version', async () => {
    const { context, a, b } = await twoTabsOnClaims();
    await staleEdit(context, a.page, b.page);
    const asked = question(b.page);
    await asked.waitFor();
    expect(await asked.textContent()).toContain('"Claims" was changed in another window or tab.');
    expect(await asked.textContent()).toContain('Your changes here are not saved: Add User task.');
    expect(await asked.getByRole('button', { name: 'Dismiss' }).count()).toBe(0);
    await expect
      .poll(() => saveStatus(b.page).getAttribute('title'))
      .toBe('Not saved: "Claims" was changed in another window or tab');
    expect(await saveStatus(b.page).textContent()).toBe('Not saved');
    await screenshot(b.page, 'multitab-stale-question');

    // While the question waits, B's autosave timer fires: its stale change must still not replace A's.
    await context.clock.runFor(5000);
    await context.clock.resume();
    await asked.waitFor();
    expect(await nodes(b.page).count()).toBe(2);

    await asked.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => nameField(b.page).inputValue()).toBe('Claims, reviewed');
    await expect.poll(() => nodes(b.page).count()).toBe(1);
    await expect.poll(() => saveStatus(b.page).textContent()).toBe('All changes saved');
    expect(await question(b.page).count()).toBe(0);

    // A reload of A shows its version, never B's.
    await a.page.reload();
    await expect.poll(() => nameField(a.page).inputValue()).toBe('Claims, reviewed');
    await expect.poll(() => nodes(a.page).count()).toBe(1);
    await screenshot(b.page, 'multitab-after-reload');
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });

  it('"Keep mine as a copy" saves the stale version as a new process and opens it; nothing is lost', async () => {
    const { context, a, b } = await twoTabsOnClaims();
    await staleEdit(context, a.page, b.page);
    const asked = question(b.page);
    await asked.waitFor();
    await asked.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await expect.poll(() => nameField(b.page).inputValue()).toBe('Claims (my copy)');
    expect(await nodes(b.page).count()).toBe(2);
    await b.page.getByRole('status').filter({ hasText: 'Your version is kept as "Claims (my copy)".' }).waitFor();
    await context.clock.resume();
    await expect.poll(() => saveStatus(b.page).textContent()).toBe('All changes saved');
    await b.page.getByRole('button', { name: 'Processes', exact: true }).click();
    await screenshot(b.page, 'multitab-kept-copy');

    // Both versions are stored: A's under its new name, B's as the copy; A's list shows the copy too.
    // The list's order follows save times, which two tabs on a busy machine may write in either order.
    const listed = async (page: Page) =>
      (
        await page.getByRole('complementary', { name: 'Processes' }).locator('.side-item-title').allTextContents()
      ).sort();
    await a.page.getByRole('button', { name: 'Processes', exact: true }).click();
    await expect.poll(() => listed(a.page)).toEqual(['Claims (my copy)', 'Claims, reviewed']);
    await a.page.reload(); // reopens the process opened last in either tab: the copy
    await expect.poll(() => nameField(a.page).inputValue()).toBe('Claims (my copy)');
    await expect.poll(() => nodes(a.page).count()).toBe(2);
    await a.page.getByRole('button', { name: 'Processes', exact: true }).click();
    await a.page.getByRole('button', { name: 'Claims, reviewed', exact: true }).click();
    await expect.poll(() => nameField(a.page).inputValue()).toBe('Claims, reviewed');
    await expect.poll(() => nodes(a.page).count()).toBe(1);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });
});
