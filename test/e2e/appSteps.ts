import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Clicks a button that opens the file chooser and picks `path` in it. */
export async function chooseFile(page: Page, button: Locator, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(path);
}

/** Picks a file through the top bar's Import button; what follows (notice or alert) is the caller's to wait for. */
export async function pickImport(page: Page, path: string): Promise<void> {
  await chooseFile(page, page.getByRole('button', { name: 'Import', exact: true }), path);
}

/** Imports a map through the file picker; resolves once its notice and its canvas show (it opens as a new process). */
export async function importMap(page: Page, path: string, name: string): Promise<void> {
  await pickImport(page, path);
  await page
    .getByRole('status')
    .filter({ hasText: `Imported "${name}".` })
    .waitFor();
  await page.locator('.react-flow__node').first().waitFor();
}

/** Drags a file over the window, waits for the drop hint and drops it there. */
export async function dropFile(page: Page, file: { name: string; type: string; content: string }): Promise<void> {
  const transfer = await page.evaluateHandle(({ name, type, content }) => {
    const data = new DataTransfer();
    data.items.add(new File([content], name, { type }));
    return data;
  }, file);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.getByText('Drop a .flow.json or BPMN file to import it').waitFor();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

export const startScreen = (page: Page) => page.getByRole('region', { name: 'Flowwright' });
export const nameField = (page: Page) => page.getByRole('textbox', { name: 'Process name' });

/** Picks a template on the start screen and waits until its map is open and saved. */
export async function openTemplate(page: Page, name: string): Promise<void> {
  await startScreen(page).getByRole('button', { name, exact: true }).click();
  await expect.poll(() => nameField(page).inputValue()).toBe(name);
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
}

/** Exports the open map as BPMN 2.0 from the export dialog into `path`; resolves with the file's text. */
export async function exportBpmnFile(page: Page, path: string): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'BPMN 2.0 (.bpmn)' }).check();
  await dialog.locator('.export-verdict').waitFor();
  const started = page.waitForEvent('download');
  await dialog
    .getByRole('button', { name: /^Export/ })
    .first()
    .click();
  await (await started).saveAs(path);
  return readFileSync(path, 'utf8');
}
