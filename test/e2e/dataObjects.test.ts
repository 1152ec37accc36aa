import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBpmnFile, pickImport } from './appSteps';
import { launchBrowser, screenshot } from './browser';
import {
  canvasNode,
  connectNodes,
  dropFromPalette,
  edgeCount,
  nameSelected,
  nodeCount,
  openNewProcess,
  paletteItem,
  problemMessages,
  properties,
} from './editorSteps';

const outputDir = 'test/output/data-objects';
const viewerBundle = 'node_modules/bpmn-js/dist/bpmn-navigated-viewer.production.min.js';
const styles = ['node_modules/bpmn-js/dist/assets/diagram-js.css', 'node_modules/bpmn-js/dist/assets/bpmn-js.css'];

let browser: Browser;
beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const notice = (page: Page) => page.locator('.fw-toolbar-status');
const edge = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Drops a palette item at (dx, dy) screen pixels from the middle of a shape on the canvas. */
async function dropBeside(page: Page, label: string, anchor: Locator, dx: number, dy: number): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const box = (await anchor.boundingBox())!;
  await dropFromPalette(page, label, box.x + box.width / 2 - pane.x + dx, box.y + box.height / 2 - pane.y + dy);
}

/** Drags from a node's outgoing handle to another node's incoming handle and lets go, whatever comes of it. */
async function tryConnect(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  const a = (await from.locator('.react-flow__handle.source').boundingBox())!;
  const b = (await to.locator('.react-flow__handle.target').boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + 20, { steps: 6 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
  await page.mouse.up();
}

/** Opens XML in bpmn-js (its NavigatedViewer, as Camunda Modeler draws) on a page of its own. */
async function openInBpmnJs(xml: string): Promise<{ warnings: string[]; drawn: string[]; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.setContent(
    '<!doctype html><html><body style="margin:0"><div id="canvas" style="width:1280px;height:800px"></div></body></html>',
  );
  for (const path of styles) await page.addStyleTag({ path });
  await page.addScriptTag({ path: viewerBundle });
  const result = await page.evaluate(async (text) => {
    type Viewer = {
      importXML(xml: string): Promise<{ warnings: { message: string }[] }>;
      get(name: string): unknown;
    };
    const BpmnJS = (window as unknown as { BpmnJS: new (options: unknown) => Viewer }).BpmnJS;
    const viewer = new BpmnJS({ container: document.getElementById('canvas') });
    const { warnings } = await viewer.importXML(text);
    (viewer.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
    const registry = viewer.get('elementRegistry') as { getAll(): { id: string; businessObject?: { id?: string } }[] };
    return {
      warnings: warnings.map((w) => w.message),
      drawn: registry.getAll().map((e) => e.businessObject?.id ?? e.id),
    };
  }, xml);
  return { ...result, page };
}

describe('data objects and data stores', () => {
  it('draws a data object and a data store from "New process", joins them to a task, exports, re-imports and opens in bpmn-js', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'User task').click();
    await nameSelected(page, 'Prepare invoice');
    const task = canvasNode(page, 'User task: Prepare invoice');
    await paletteItem(page, 'End event').click();
    await expect.poll(() => edgeCount(page)).toBe(2);

    // The palette has both, with a picture each, and they drop where they are put.
    for (const label of ['Data object', 'Data store'])
      expect(await paletteItem(page, label).locator('svg.fw-palette-glyph').count()).toBe(1);
    await dropBeside(page, 'Data object', task, 20, 150);
    await nameSelected(page, 'Invoice');
    const invoice = canvasNode(page, 'Data object: Invoice');
    await invoice.waitFor();
    // A list of invoices: the collection marker, three bars at its foot.
    await properties(page).getByRole('checkbox', { name: 'Collection' }).check();
    await expect.poll(() => invoice.locator('.fw-data-bar').count()).toBe(3);
    await screenshot(page, 'data-object-properties');
    await dropBeside(page, 'Data store', task, -160, 150);
    await nameSelected(page, 'ERP');
    const erp = canvasNode(page, 'Data store: ERP');
    await erp.waitFor();
    // The name is written under the shape.
    const shape = (await invoice.boundingBox())!;
    const label = (await invoice.locator('.fw-outer-label').boundingBox())!;
    expect(label.y).toBeGreaterThanOrEqual(shape.y + shape.height);

    // Task → data object writes it; data store → task reads it: dotted, with an open arrow.
    await connectNodes(page, task, invoice);
    const writes = edge(page, 'Data association from Prepare invoice to Invoice');
    await writes.waitFor({ state: 'attached' });
    await connectNodes(page, erp, task);
    await edge(page, 'Data association from ERP to Prepare invoice').waitFor({ state: 'attached' });
    const path = writes.locator('.react-flow__edge-path');
    expect(await path.evaluate((el) => getComputedStyle(el).strokeDasharray)).not.toBe('none');
    expect(await path.getAttribute('marker-end')).toMatch(/arrow/i);
    expect(await path.getAttribute('marker-end')).not.toMatch(/arrowclosed/i);

    // Cases do not pass through data: a start event cannot flow into a data object, and says why.
    await tryConnect(page, canvasNode(page, 'Start event'), invoice);
    await expect.poll(() => notice(page).textContent()).toMatch(/'Invoice' takes no sequence flow/);
    expect(await edgeCount(page)).toBe(4);

    // Not steps of the process: no problem names them.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    expect((await problemMessages(page)).join('\n')).not.toMatch(/Invoice|ERP|data/i);
    await screenshot(page, 'data-objects-drawn');

    // The association's properties say what it does; deleting the store takes its association, and undo brings both.
    await writes.click({ force: true });
    await expect.poll(() => properties(page).getByRole('heading').first().textContent()).toBe('Data association');
    expect(await properties(page).textContent()).toContain("'Prepare invoice' writes 'Invoice'.");
    await erp.click();
    await page.keyboard.press('Delete');
    await expect.poll(() => edgeCount(page)).toBe(3);
    expect(await erp.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await erp.waitFor();
    await expect.poll(() => edgeCount(page)).toBe(4);

    // Export as BPMN 2.0 from the export dialog.
    const file = `${outputDir}/with-data.bpmn`;
    const xml = await exportBpmnFile(page, file);
    expect(xml).toMatch(/<bpmn:dataObjectReference id="[^"]+" name="Invoice"/);
    expect(xml).toMatch(/<bpmn:dataStoreReference id="[^"]+" name="ERP"/);
    expect(xml).toMatch(/<bpmn:dataObject id="[^"]+" isCollection="true"/);
    expect(xml).toContain('<bpmn:dataOutputAssociation');
    expect(xml).toContain('<bpmn:dataInputAssociation');

    // bpmn-js opens it without a warning and draws every element, data and associations included.
    const ids = [...xml.matchAll(/<bpmn:(?!definitions|process|documentation|extensionElements)\w+ id="([^"]+)"/g)].map(
      (m) => m[1],
    );
    const viewer = await openInBpmnJs(xml);
    expect(viewer.warnings).toEqual([]);
    const drawn = new Set(viewer.drawn);
    const dataObject = /<bpmn:dataObject id="([^"]+)"/.exec(xml)![1];
    const property = /<bpmn:property id="([^"]+)"/.exec(xml)?.[1];
    // A bpmn:dataObject and the placeholder property of an input are definitions, drawn through their references.
    expect(ids.filter((id) => !drawn.has(id) && id !== dataObject && id !== property)).toEqual([]);
    expect(ids.length).toBeGreaterThanOrEqual(9);
    await screenshot(viewer.page, 'data-objects-bpmn-js');
    await viewer.page.context().close();

    // Import the file again: the same data object, store and associations.
    const before = await nodeCount(page);
    await pickImport(page, file);
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported "/ })
      .first()
      .waitFor();
    await canvasNode(page, 'Data object: Invoice').waitFor();
    await canvasNode(page, 'Data store: ERP').waitFor();
    expect(await canvasNode(page, 'Data object: Invoice').locator('.fw-data-bar').count()).toBe(3);
    await edge(page, 'Data association from Prepare invoice to Invoice').waitFor({ state: 'attached' });
    await edge(page, 'Data association from ERP to Prepare invoice').waitFor({ state: 'attached' });
    expect(await nodeCount(page)).toBe(before);
    expect(await page.getByText(/repaired while opening|dropped unknown key/).count()).toBe(0);
    await screenshot(page, 'data-objects-reimported');
    expect(errors).toEqual([]);
  });
});
