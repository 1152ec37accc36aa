import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickImport } from './appSteps';
import { launchBrowser, openApp, screenshot } from './browser';

const outputDir = 'test/output/recovery';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outputDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** A small valid map; `extensions` as given. */
function orderMap(name: string, extensions: Record<string, unknown> = {}) {
  return {
    format: 'flowwright.process',
    schemaVersion: 1,
    id: 'order-check',
    name,
    nodes: [
      { id: 'start', type: 'startEvent', name: 'Order received', x: 0, y: 0 },
      { id: 'check', type: 'task', taskType: 'user', name: 'Check order', x: 160, y: -20 },
      { id: 'end', type: 'endEvent', name: 'Order checked', x: 360, y: 0 },
    ],
    flows: [
      { id: 'f1', source: 'start', target: 'check' },
      { id: 'f2', source: 'check', target: 'end' },
    ],
    extensions,
  };
}

const breakKey = 'e2e.breakDrawing';
const breakingTask = 'Breaks the drawing';
/**
 * Makes a view throw while it renders an element of a class with a text, both as localStorage[key] says
 * (`{ "className", "text" }`), as a renderer bug triggered by one map's content would: React writes such a text
 * (a task's label, a panel's title) as the element's textContent while rendering.
 */
function breakRendering(key: string) {
  const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
  Object.defineProperty(Node.prototype, 'textContent', {
    ...text,
    set(this: Node, value: string | null) {
      const target = JSON.parse(window.localStorage.getItem(key) ?? 'null') as {
        className: string;
        text: string;
      } | null;
      if (target && value === target.text && this instanceof HTMLElement && this.classList.contains(target.className))
        throw new Error(`Simulated drawing failure at "${value}"`);
      text.set!.call(this, value);
    },
  });
}

/** Opens the app with rendering broken at `target` (null: nothing yet). */
async function openBreakableApp(target: { className: string; text: string } | null) {
  const opened = await openApp(browser);
  await opened.page.addInitScript(breakRendering, breakKey);
  await opened.page.reload(); // the init script applies from the next load on
  await breakAt(opened.page, target);
  return opened;
}

async function breakAt(page: Page, target: { className: string; text: string } | null) {
  await page.evaluate(
    ([key, value]) => (value ? window.localStorage.setItem(key, value) : window.localStorage.removeItem(key)),
    [breakKey, target && JSON.stringify(target)] as const,
  );
}

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Process name' });
const nodeCount = (page: Page) => page.locator('.react-flow__node').count();
const canvasFailure = (page: Page) => page.getByRole('region', { name: 'The map could not be drawn' });

async function newNamedProcess(page: Page, name: string) {
  await page.getByRole('button', { name: 'New process' }).first().click();
  // "Untitled process", or "Untitled process 2" once an earlier untitled map has been saved.
  await expect.poll(() => nameField(page).inputValue()).toMatch(/^Untitled process( \d+)?$/);
  await nameField(page).fill(name);
  await nameField(page).press('Enter');
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
}

/** Clicks `button` and reads the file it downloads. */
async function download(page: Page, name: string | RegExp, as: string): Promise<{ suggested: string; text: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  const file = await started;
  await file.saveAs(`${outputDir}/${as}`);
  return { suggested: file.suggestedFilename(), text: readFileSync(`${outputDir}/${as}`, 'utf8') };
}

describe('a map that cannot be drawn', () => {
  it('draws a map whose kept BPMN drawing has the wrong shape, and reopens it after a reload', async () => {
    const file = `${outputDir}/wrong-shape.flow.json`;
    writeFileSync(file, JSON.stringify(orderMap('Wrong shape', { bpmn: { artifacts: 'x', messageFlows: 7 } })));
    const { page, errors } = await openApp(browser);
    await pickImport(page, file);
    await page.getByRole('status').filter({ hasText: 'Imported "Wrong shape".' }).waitFor();
    await expect.poll(() => nodeCount(page)).toBe(3);
    await page.reload();
    await expect.poll(() => nameField(page).inputValue()).toBe('Wrong shape');
    await expect.poll(() => nodeCount(page)).toBe(3);
    expect(errors).toEqual([]);
  });

  it('shows what failed in the canvas area, keeps the app usable, downloads the map and asks before reopening it', async () => {
    const broken = '<img src=x onerror="window.__pwned=1"> Broken orders';
    const file = `${outputDir}/broken.flow.json`;
    const brokenMap = orderMap(broken, { vendor: { kept: true } });
    brokenMap.nodes[1].name = breakingTask;
    writeFileSync(file, JSON.stringify(brokenMap));
    const { page, errors } = await openBreakableApp({ className: 'fw-task-label', text: breakingTask });
    await newNamedProcess(page, 'Keep me');

    // Imported as a user would: the map is stored, but drawing it fails.
    await pickImport(page, file);
    await canvasFailure(page).waitFor();
    await expect.poll(() => nameField(page).inputValue()).toBe(broken);
    expect(await canvasFailure(page).textContent()).toContain(`“${broken}” is still in your workspace`);
    // The rest of the editor is still there, and the hostile name stayed text.
    await page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'User task' }).waitFor();
    await page.getByRole('complementary', { name: 'Properties' }).waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await canvasFailure(page).getByText('Details for a report').click();
    expect(await canvasFailure(page).locator('pre').textContent()).toContain(
      `Simulated drawing failure at "${breakingTask}"`,
    );
    await screenshot(page, 'recovery-canvas-failed');

    // Downloaded as JSON through the export path: the file is the map, extensions and all.
    const saved = await download(page, 'Download this map (.flow.json)', 'downloaded.flow.json');
    expect(saved.suggested).toBe('-img src=x onerror=-window.__pwned=1-- Broken orders.flow.json');
    expect(JSON.parse(saved.text)).toMatchObject(brokenMap);

    // Another map opens from the process list.
    await canvasFailure(page).getByRole('button', { name: 'Open another map' }).click();
    await page
      .getByRole('complementary', { name: 'Processes' })
      .getByRole('button', { name: 'Keep me', exact: true })
      .click();
    await expect.poll(() => nameField(page).inputValue()).toBe('Keep me');
    await expect.poll(() => nodeCount(page)).toBe(1);
    expect(await canvasFailure(page).count()).toBe(0);

    // Back to the broken map, then a reload: the window is not blank, and the map is not reopened unasked.
    await page.getByRole('button', { name: 'Processes', exact: true }).click();
    await page
      .getByRole('complementary', { name: 'Processes' })
      .getByRole('button', { name: broken, exact: true })
      .click();
    await canvasFailure(page).waitFor();
    await page.reload();
    const question = page.getByRole('region', { name: `“${broken}” could not be drawn last time` });
    await question.waitFor();
    await page.getByRole('heading', { name: 'Flowwright' }).waitFor();
    expect(await nodeCount(page)).toBe(0);
    await screenshot(page, 'recovery-start-question');
    const again = await download(page, 'Download it (.flow.json)', 'downloaded-at-start.flow.json');
    expect(JSON.parse(again.text)).toEqual(JSON.parse(saved.text));

    // Opened anyway, it fails again in its place; once the cause is gone, "Try again" draws it.
    await question.getByRole('button', { name: 'Open it anyway' }).click();
    await canvasFailure(page).waitFor();
    await breakAt(page, null);
    await canvasFailure(page).getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => nodeCount(page)).toBe(3);
    // Drawn now: the next start reopens it as usual.
    await page.reload();
    await expect.poll(() => nameField(page).inputValue()).toBe(broken);
    await expect.poll(() => nodeCount(page)).toBe(3);

    // Only the simulated failure was reported (React logs each error a boundary catches).
    expect(errors.filter((e) => !e.includes('Simulated drawing failure'))).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('keeps a failed panel or drawer in its place, and the map and the other parts working', async () => {
    const { page, errors } = await openBreakableApp({ className: 'fw-panel-title', text: 'Process' });
    await page.getByRole('button', { name: 'New process' }).first().click();
    const properties = page.getByRole('complementary', { name: 'Properties' });
    await properties.getByRole('heading', { name: 'The properties could not be shown' }).waitFor();
    await expect.poll(() => nodeCount(page)).toBe(1); // the map is drawn
    await page.getByRole('region', { name: 'Problems' }).waitFor();

    await breakAt(page, { className: 'side-item-description', text: 'Create process' });
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const history = page.getByRole('complementary', { name: 'History' });
    await history.getByRole('heading', { name: 'The history could not be shown' }).waitFor();
    await screenshot(page, 'recovery-panel-and-drawer-failed');
    await history.getByRole('button', { name: 'Close history' }).click();
    await expect.poll(() => history.count()).toBe(0);

    // Once the cause is gone, another map shows its properties again.
    await breakAt(page, null);
    await newNamedProcess(page, 'Second map');
    await properties.getByRole('heading', { name: 'Process' }).waitFor();
    expect(errors.filter((e) => !e.includes('Simulated drawing failure'))).toEqual([]);
  });

  it('falls back to the last resort for a failure outside every part, and then starts without the map', async () => {
    const { page, errors } = await openBreakableApp(null);
    await newNamedProcess(page, 'Shown in the bar');
    await breakAt(page, { className: 'save-status', text: 'All changes saved' });
    await page.reload();
    const failure = page.getByRole('region', { name: 'Flowwright stopped working' });
    await failure.waitFor();
    await screenshot(page, 'recovery-window-failed');
    const saved = await download(page, 'Download this map (.flow.json)', 'last-resort.flow.json');
    expect(JSON.parse(saved.text)).toMatchObject({ format: 'flowwright.process', name: 'Shown in the bar' });

    // Trying again starts the app anew: without the map that was open, which it asks about.
    await failure.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('region', { name: '“Shown in the bar” could not be drawn last time' }).waitFor();
    expect(errors.filter((e) => !e.includes('Simulated drawing failure'))).toEqual([]);
  });
});
