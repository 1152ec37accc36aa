import type { Browser, Locator, Page } from 'playwright-core';
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

const selectNothing = (page: Page) => page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
const pool = (page: Page, name: string) => properties(page).getByRole('region', { name: `Pool ${name}` });
const calendar = (page: Page, name: string) => properties(page).getByRole('region', { name: `Calendar ${name}` });
const chosen = (select: Locator) => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent);
const undo = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true }).click();

/** Types a time into the week grid and commits it with Enter. */
async function setTime(scope: Locator, label: string, value: string) {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/** Scrolls the properties panel so that a part of it is in view, for the screenshot. */
const scrollTo = (locator: Locator) => locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));

describe('calendars editor', () => {
  it('creates Mornings Mon–Fri 08:00–12:00 with a holiday, assigns it to a pool, and undoes', async () => {
    const { page, errors } = await openNewProcess(browser);
    await selectNothing(page);
    await properties(page).getByLabel('New pool name').fill('Clerks');
    await properties(page).getByRole('button', { name: 'Add pool' }).click();
    await pool(page, 'Clerks').waitFor();

    await properties(page).getByLabel('New calendar name').fill('Mornings');
    expect(await chosen(properties(page).getByLabel('New calendar starts from'))).toBe('Mon–Fri 09:00–17:00');
    await properties(page)
      .getByRole('button', { name: 'Add calendar' })
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'calendars-new');
    await properties(page).getByRole('button', { name: 'Add calendar' }).click();
    const mornings = calendar(page, 'Mornings');
    await mornings.waitFor();
    const week = mornings.getByRole('group', { name: 'Working hours of Mornings' });
    await setTime(week, 'Monday period 1 from', '8');
    await setTime(week, 'Monday period 1 to', '12:00');
    await mornings.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }).click();
    await expect.poll(() => mornings.locator('.fw-calendar-head').textContent()).toContain('Mon–Fri 08:00–12:00');

    // Plain-words problems: nothing is stored until the week is valid.
    await mornings.getByRole('button', { name: 'Add a period on Monday' }).click();
    await setTime(week, 'Monday period 2 from', '11:00');
    const problems = mornings.getByRole('alert', { name: 'Problems with the hours of Mornings' });
    await expect.poll(() => problems.textContent()).toContain('Monday: 08:00–12:00 and 11:00–14:00 overlap');
    await setTime(week, 'Monday period 2 to', '10:00');
    await expect.poll(() => problems.textContent()).toContain('Monday: 11:00–10:00 ends before it starts');
    await scrollTo(mornings);
    await screenshot(page, 'calendars-problems');
    await mornings.getByRole('button', { name: 'Remove Monday 11:00–10:00' }).click();
    await problems.waitFor({ state: 'detached' });
    await expect.poll(() => mornings.locator('.fw-calendar-head').textContent()).toContain('Mon–Fri 08:00–12:00 ·');

    await mornings.getByLabel('Timezone').selectOption('Europe/Paris');
    await mornings.getByLabel('Holiday date').fill('2026-12-25');
    await mornings.getByRole('button', { name: 'Add holiday' }).click();
    await expect.poll(() => mornings.getByRole('list', { name: 'Holidays' }).textContent()).toContain('2026-12-25');
    expect(await mornings.locator('.fw-calendar-head').textContent()).toContain(
      'Mon–Fri 08:00–12:00 · Europe/Paris · 1 holiday',
    );

    // The pool picks it; undo gives back 24/7, redo Mornings again.
    const hours = pool(page, 'Clerks').getByLabel('Working hours');
    await hours.selectOption({ label: 'Mornings' });
    await expect.poll(() => chosen(hours)).toBe('Mornings');
    await expect.poll(() => mornings.textContent()).toContain("Used by pool 'Clerks'.");
    await scrollTo(mornings);
    await screenshot(page, 'calendars-mornings');
    await undo(page);
    await expect.poll(() => chosen(hours)).toBe('Always open (24/7)');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => chosen(hours)).toBe('Mornings');

    // Deleting it while in use asks what the pool uses instead; undo brings it back, still on the pool.
    await mornings.getByRole('button', { name: 'Delete calendar Mornings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete calendar Mornings' });
    await expect.poll(() => dialog.textContent()).toContain("Pool 'Clerks' uses this calendar.");
    await screenshot(page, 'calendars-delete');
    await dialog.getByRole('button', { name: 'Delete calendar', exact: true }).click();
    await mornings.waitFor({ state: 'detached' });
    await expect.poll(() => chosen(hours)).toBe('Always open (24/7)');
    await undo(page);
    await mornings.waitFor();
    await expect.poll(() => chosen(hours)).toBe('Mornings');

    // A copy from 24/7 and a duplicate: both listed, the duplicate opened; deleting an unused one asks nothing.
    await properties(page).getByLabel('New calendar name').fill('Night watch');
    await properties(page).getByLabel('New calendar starts from').selectOption({ label: 'Always open (24/7)' });
    await properties(page).getByRole('button', { name: 'Add calendar' }).click();
    const night = calendar(page, 'Night watch');
    await expect.poll(() => night.locator('.fw-calendar-head').textContent()).toContain('Mon–Sun 00:00–24:00 · UTC');
    await mornings.locator('.fw-calendar-head').click();
    await mornings.getByRole('button', { name: 'Duplicate Mornings' }).click();
    const copy = calendar(page, 'Mornings (copy)');
    await expect.poll(() => copy.locator('.fw-calendar-head').textContent()).toContain('Mon–Fri 08:00–12:00');
    await copy.getByRole('button', { name: 'Delete calendar Mornings (copy)' }).click();
    await copy.waitFor({ state: 'detached' });
    await night.locator('.fw-calendar-head').click();
    await scrollTo(properties(page).getByRole('group', { name: 'Calendars' }));
    await screenshot(page, 'calendars-list');
    await undo(page);
    await copy.waitFor();
    await undo(page);
    await copy.waitFor({ state: 'detached' });
    await undo(page);
    await night.waitFor({ state: 'detached' });

    // Undo walks back the holiday, then the timezone.
    await undo(page);
    await expect.poll(() => chosen(hours)).toBe('Always open (24/7)');
    await undo(page);
    await expect.poll(() => mornings.locator('.fw-calendar-head').textContent()).not.toContain('holiday');
    await undo(page);
    await expect.poll(() => mornings.locator('.fw-calendar-head').textContent()).toContain('· UTC');
    expect(errors).toEqual([]);
  });
});
