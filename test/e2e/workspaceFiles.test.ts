import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hugeFlowText } from '../../renderer/workspace/testSupport';
import { dropFile, pickImport } from './appSteps';
import { launchBrowser, openApp, screenshot } from './browser';

const outputDir = 'test/output/workspace-files';
const corrupt = (name: string) => `test/fixtures/corrupt/${name}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outputDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Process name' });

async function exportOpen(page: Page, as: string): Promise<{ suggested: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Export' })
    .getByRole('button', { name: /^Export (file|anyway)$/ })
    .click();
  const file = await download;
  await file.saveAs(`${outputDir}/${as}`);
  return { suggested: file.suggestedFilename(), text: readFileSync(`${outputDir}/${as}`, 'utf8') };
}

async function processCount(page: Page): Promise<number> {
  return page.getByRole('complementary', { name: 'Processes' }).locator('.side-item').count();
}

async function newNamedProcess(page: Page, name: string) {
  await page.getByRole('button', { name: 'New process' }).first().click();
  await expect.poll(() => nameField(page).inputValue()).toBe('Untitled process');
  await nameField(page).fill(name);
  await nameField(page).press('Enter');
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
}

describe('workspace files', () => {
  it('exports the open map and imports the file back as an equal new process', async () => {
    const { page, errors } = await openApp(browser);
    await newNamedProcess(page, 'Claims handling');
    const exported = await exportOpen(page, 'first.flow.json');
    expect(exported.suggested).toBe('Claims handling.flow.json');
    expect(JSON.parse(exported.text)).toMatchObject({
      format: 'flowwright.process',
      schemaVersion: 1,
      name: 'Claims handling',
    });
    expect(exported.text).toContain('\n  "nodes": [\n');

    await pickImport(page, `${outputDir}/first.flow.json`);
    await page.getByRole('status').filter({ hasText: 'Imported "Claims handling".' }).waitFor();
    await page.getByRole('button', { name: 'Processes', exact: true }).click();
    await expect.poll(() => processCount(page)).toBe(2);
    const reexported = await exportOpen(page, 'second.flow.json');
    expect(reexported.text).toBe(exported.text);
    expect(errors).toEqual([]);
  });

  it.each([
    ['not-json.flow.json', 'The file is not valid JSON.', /not valid JSON/],
    ['wrong-types.flow.json', 'has the wrong type', /nodes\[1\]\.x:/],
    ['future-version.flow.json', 'written by a newer Flowwright', /schemaVersion 99 is newer/],
    ['foreign-format.flow.json', 'is not a Flowwright process', /"format" is "camunda\.form"/],
  ])(
    'refuses %s with a message naming what is wrong and leaves the workspace as it was',
    async (file, title, detail) => {
      const { page, errors } = await openApp(browser);
      await newNamedProcess(page, 'Keep me');
      await page.getByRole('button', { name: 'Processes', exact: true }).click();
      await pickImport(page, corrupt(file));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(`"${file}" was not imported.`);
      expect(await alert.textContent()).toContain(title);
      expect(await alert.locator('li').first().textContent()).toMatch(detail);
      if (file === 'wrong-types.flow.json') await screenshot(page, 'workspace-import-error');
      expect(await processCount(page)).toBe(1);
      expect(await nameField(page).inputValue()).toBe('Keep me');
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    },
  );

  it('refuses 10 MB of nodes, naming the count and the limit', async () => {
    const path = `${outputDir}/huge.flow.json`;
    writeFileSync(path, hugeFlowText());
    const { page, errors } = await openApp(browser);
    await pickImport(page, path);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/the map has [\d,]+ nodes; at most 20,000 are opened/);
    await page.getByRole('heading', { name: 'Flowwright' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows names holding markup as plain text and runs none of it', async () => {
    const { page, errors } = await openApp(browser);
    await pickImport(page, corrupt('script-names.flow.json'));
    await expect
      .poll(() => nameField(page).inputValue())
      .toBe('<script>window.__flowwrightInjected = true</script>Hostile');
    await page.getByRole('button', { name: 'Processes', exact: true }).click();
    const listed = page.getByRole('complementary', { name: 'Processes' }).locator('.side-item-title');
    expect(await listed.textContent()).toBe('<script>window.__flowwrightInjected = true</script>Hostile');
    expect(
      await page.evaluate(() => (window as unknown as { __flowwrightInjected?: boolean }).__flowwrightInjected),
    ).toBeUndefined();
    await screenshot(page, 'workspace-markup-names');
    expect(errors).toEqual([]);
  });

  it('imports a file dropped on the window', async () => {
    const { page, errors } = await openApp(browser);
    const content = readFileSync(corrupt('script-names.flow.json'), 'utf8').replace(
      /"name": "<script>[^"]*"/,
      '"name": "Dropped map"',
    );
    await dropFile(page, { name: 'dropped.flow.json', type: 'application/json', content });
    await expect.poll(() => nameField(page).inputValue()).toBe('Dropped map');
    expect(await page.getByText('Drop a .flow.json or BPMN file to import it').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
