import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBpmn, importBpmn } from '../../shared/io/bpmn';
import { restore } from '../../shared/model';
import { bpmnContents } from '../support/bpmnFidelity';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, openNewProcess, paletteItem } from './editorSteps';
import { exportBpmnFile } from './appSteps';

/**
 * Exports opened in bpmn-js (the npm package, its NavigatedViewer bundle) in Chromium: what Camunda Modeler and
 * other bpmn.io tools draw. A copy is good when bpmn-js imports it without a warning and has drawn every flow
 * element, pool, lane and message flow of the XML.
 */

const outputDir = 'test/output/bpmn-js';
const viewerBundle = 'node_modules/bpmn-js/dist/bpmn-navigated-viewer.production.min.js';
const styles = ['node_modules/bpmn-js/dist/assets/diagram-js.css', 'node_modules/bpmn-js/dist/assets/bpmn-js.css'];
const fixtures = 'test/fixtures/bpmn';

/** Fixtures the import refuses (see shared/io/bpmn/fixtures.test.ts). */
const refused = new Set(['miwg/vendors/genmymodel-0.47/C.1.1-export.bpmn']);

interface ViewerResult {
  warnings: string[];
  drawn: string[];
}

let browser: Browser;
let viewer: Page;

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(60_000);
  viewer = await context.newPage();
  await viewer.setContent(
    '<!doctype html><html><body style="margin:0"><div id="canvas" style="width:1280px;height:800px"></div></body></html>',
  );
  for (const path of styles) await viewer.addStyleTag({ path });
  await viewer.addScriptTag({ path: viewerBundle });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens XML in a fresh NavigatedViewer; returns its import warnings and the business-object ids it has drawn. */
async function openInBpmnJs(xml: string): Promise<ViewerResult> {
  return viewer.evaluate(async (text) => {
    const container = document.getElementById('canvas')!;
    container.innerHTML = '';
    type Registry = { getAll(): { id: string; businessObject?: { id?: string } }[] };
    type Viewer = {
      importXML(xml: string): Promise<{ warnings: { message: string }[] }>;
      get(name: 'elementRegistry'): Registry;
      get(name: 'canvas'): { zoom(level: string): void };
    };
    const BpmnJS = (window as unknown as { BpmnJS: new (options: unknown) => Viewer }).BpmnJS;
    const instance = new BpmnJS({ container });
    const { warnings } = await instance.importXML(text);
    instance.get('canvas').zoom('fit-viewport');
    const drawn = instance
      .get('elementRegistry')
      .getAll()
      .map((element) => element.businessObject?.id ?? element.id);
    return { warnings: warnings.map((w) => w.message), drawn };
  }, xml);
}

/** What a copy lacks in bpmn-js: its warnings, and the elements of its XML that bpmn-js did not draw. */
async function bpmnJsComplaints(xml: string): Promise<{ warnings: string[]; undrawn: string[]; checked: number }> {
  const { warnings, drawn } = await openInBpmnJs(xml);
  const shown = new Set(drawn);
  const { elements } = await bpmnContents(xml);
  const undrawn = elements.filter((e) => !shown.has(e.id)).map((e) => `${e.type} ${e.id}`);
  return { warnings, undrawn, checked: elements.length };
}

function bpmnFiles(dir: string): string[] {
  return readdirSync(join(fixtures, dir)).flatMap((name) => {
    const path = join(fixtures, dir, name);
    if (statSync(path).isDirectory()) return bpmnFiles(relative(fixtures, path));
    return name.endsWith('.bpmn') ? [relative(fixtures, path)] : [];
  });
}

describe('exports that bpmn-js draws', () => {
  const templates = readdirSync('templates').filter((name) => existsSync(join('templates', name, 'map.flow.json')));

  it('finds the templates and the MIWG files', () => {
    expect(templates.length).toBeGreaterThanOrEqual(5);
    expect(bpmnFiles('miwg').length).toBe(46);
  });

  it('draws the export of every template in full, without warnings', async () => {
    const complaints: Record<string, unknown> = {};
    let checked = 0;
    for (const name of templates) {
      const restored = restore(JSON.parse(readFileSync(join('templates', name, 'map.flow.json'), 'utf8')));
      if (!restored.ok) throw new Error(`template ${name} does not load`);
      const { warnings, undrawn, ...counted } = await bpmnJsComplaints(await exportBpmn(restored.model));
      if (warnings.length || undrawn.length) complaints[name] = { warnings, undrawn };
      checked += counted.checked;
    }
    expect(complaints).toEqual({});
    expect(checked).toBeGreaterThan(50);
    await screenshot(viewer, 'bpmn-js-template-export');
  });

  it('draws the export of every imported MIWG file in full, without warnings', async () => {
    const complaints: Record<string, unknown> = {};
    let checked = 0;
    for (const file of bpmnFiles('miwg').filter((f) => !refused.has(f))) {
      const { model } = await importBpmn(new Uint8Array(readFileSync(join(fixtures, file))));
      const { warnings, undrawn, ...counted } = await bpmnJsComplaints(await exportBpmn(model));
      if (warnings.length || undrawn.length) complaints[file] = { warnings, undrawn };
      checked += counted.checked;
    }
    expect(complaints).toEqual({});
    expect(checked).toBeGreaterThan(1000);
    // The last one drawn stays on the page: a look at what bpmn-js makes of a copy.
    await screenshot(viewer, 'bpmn-js-miwg-export');
  });

  it('draws a map made from "New process" in the app and exported as BPMN', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    // A palette click adds the element after the selected one, connected from it, and selects it.
    for (const label of ['User task', 'Exclusive gateway', 'Service task', 'End event']) {
      await paletteItem(page, label).click();
      await canvasNode(page, label).waitFor();
    }
    const xml = await exportBpmnFile(page, `${outputDir}/new-process.bpmn`);

    const { elements } = await bpmnContents(xml);
    expect(elements.filter((e) => e.type !== 'bpmn:SequenceFlow').map((e) => e.type)).toEqual([
      'bpmn:StartEvent',
      'bpmn:UserTask',
      'bpmn:ExclusiveGateway',
      'bpmn:ServiceTask',
      'bpmn:EndEvent',
    ]);
    expect(elements.filter((e) => e.type === 'bpmn:SequenceFlow')).toHaveLength(4);
    expect(await bpmnJsComplaints(xml)).toEqual({ warnings: [], undrawn: [], checked: 9 });
    await screenshot(viewer, 'bpmn-js-new-process-export');
    expect(errors).toEqual([]);
  });
});
