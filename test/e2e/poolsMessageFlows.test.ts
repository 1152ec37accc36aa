import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { BpmnModdle } from 'bpmn-moddle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBpmnFile, pickImport } from './appSteps';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, edgeCount, openNewProcess, paletteItem, properties } from './editorSteps';

/** Another party's pool drawn from "New process", joined by a message flow, through BPMN and back. */

const outputDir = 'test/output/pools';
const viewerBundle = 'node_modules/bpmn-js/dist/bpmn-navigated-viewer.production.min.js';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function centre(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** bpmn-js's import warnings for the XML, and the ids it drew. */
async function bpmnJs(xml: string): Promise<{ warnings: string[]; drawn: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const viewer = await context.newPage();
  await viewer.setContent(
    '<!doctype html><html><body style="margin:0"><div id="c" style="width:1280px;height:800px"></div></body></html>',
  );
  await viewer.addScriptTag({ path: viewerBundle });
  const result = await viewer.evaluate(async (text) => {
    type Viewer = {
      importXML(xml: string): Promise<{ warnings: { message: string }[] }>;
      get(name: string): { getAll(): { businessObject?: { id?: string } }[]; zoom(level: string): void };
    };
    const BpmnJS = (window as unknown as { BpmnJS: new (options: unknown) => Viewer }).BpmnJS;
    const instance = new BpmnJS({ container: document.getElementById('c') });
    const { warnings } = await instance.importXML(text);
    instance.get('canvas').zoom('fit-viewport');
    const drawn = instance
      .get('elementRegistry')
      .getAll()
      .map((e) => e.businessObject?.id ?? '');
    return { warnings: warnings.map((w) => w.message), drawn };
  }, xml);
  await screenshot(viewer, 'pools-bpmn-js');
  await context.close();
  return result;
}

describe('pools and message flows', () => {
  it('draws a pool and a message flow from "New process", renames the pool, and keeps both through BPMN', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'Task').click();
    await canvasNode(page, 'Task').waitFor();

    // A palette click puts the pool above the map, selected.
    await paletteItem(page, 'Pool').click();
    const pool = page.locator('.react-flow__node-pool');
    await expect.poll(() => pool.count()).toBe(1);
    await expect.poll(() => properties(page).locator('.fw-panel-title').textContent()).toBe('Pool (another party)');
    // The map's own process becomes a pool too, named after the map, around its shapes.
    const own = page.locator('.react-flow__node-ownPool');
    await expect.poll(() => own.textContent()).toMatch(/^Untitled process/);
    const ownBox = (await own.boundingBox())!;
    const taskBox = (await canvasNode(page, 'Task').boundingBox())!;
    expect(taskBox.x).toBeGreaterThan(ownBox.x);
    expect(taskBox.y + taskBox.height).toBeLessThan(ownBox.y + ownBox.height);

    // Connecting the task to the pool (dropped on its body) draws a message flow.
    const before = await edgeCount(page);
    await canvasNode(page, 'Task').hover();
    const start = await centre(page, '.react-flow__node-task .react-flow__handle.source');
    // Above the task, on the pool's band (which runs on under the properties panel).
    const end = { x: start.x - 60, y: (await centre(page, '.react-flow__node-pool')).y };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
    await page.mouse.move(end.x, end.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => edgeCount(page)).toBe(before + 1);
    await expect.poll(() => page.locator('.react-flow__edge-message').count()).toBe(1);
    expect(await page.locator('.react-flow__edge-message circle.fw-message-start').count()).toBe(1);

    // Renamed in the properties panel; undone and done again.
    await pool.click({ position: { x: 200, y: 20 } });
    const name = properties(page).getByRole('textbox', { name: 'Name' });
    await name.fill('Customer');
    await name.press('Enter');
    await canvasNode(page, 'Pool: Customer').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await canvasNode(page, 'Pool: Pool 1').waitFor();
    await page.keyboard.press('Control+y');
    await canvasNode(page, 'Pool: Customer').waitFor();
    await screenshot(page, 'pools-message-flow');

    const xml = await exportBpmnFile(page, `${outputDir}/pool.bpmn`);
    const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
    expect(warnings).toEqual([]);
    type Ref = { id: string; name?: string; $type?: string; processRef?: unknown };
    const roots = rootElement.rootElements as {
      $type: string;
      participants?: Ref[];
      messageFlows?: { sourceRef: Ref; targetRef: Ref }[];
    }[];
    const collaboration = roots.find((r) => r.$type === 'bpmn:Collaboration')!;
    const customer = collaboration.participants!.find((p) => p.name === 'Customer')!;
    expect(customer.processRef).toBeUndefined();
    expect(collaboration.participants!.filter((p) => p.processRef !== undefined)).toHaveLength(1);
    expect(collaboration.messageFlows!.map((f) => [f.sourceRef.$type, f.targetRef.id])).toEqual([
      ['bpmn:Task', customer.id],
    ]);

    const shown = await bpmnJs(xml);
    expect(shown.warnings).toEqual([]);
    expect(shown.drawn).toContain(customer.id);

    // Imported again (as a new map), the pool and the message flow are there to edit.
    await pickImport(page, `${outputDir}/pool.bpmn`);
    await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await canvasNode(page, 'Pool: Customer').waitFor();
    await expect.poll(() => page.locator('.react-flow__edge-message').count()).toBe(1);
    await screenshot(page, 'pools-reimported');

    // By keyboard: "Connect to…" (C) from the start event offers the pool, and Enter draws the message flow.
    await canvasNode(page, 'Start event').click();
    await page.keyboard.press('c');
    const picker = page.getByRole('dialog', { name: /^Connect .* to…$/ });
    await picker.waitFor();
    await page.keyboard.type('cust');
    await expect.poll(() => picker.getByRole('option').first().textContent()).toBe('Customerpool');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.react-flow__edge-message').count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
