import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importBpmn } from '../../shared/io/bpmn';
import { laneMap } from '../support/laneMap';
import { exportBpmnFile, importMap, pickImport } from './appSteps';
import { launchBrowser, screenshot, viewSettled } from './browser';
import {
  canvasNode,
  clearCanvas,
  connectNodes,
  dropFromPalette,
  edgeCount,
  openNewProcess,
  properties,
} from './editorSteps';

const outputDir = 'test/output/flow-routing';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(outputDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface Drawn {
  /** The flow's accessible name and its first and last points on screen. */
  name: string;
  start: { x: number; y: number };
  /** Points every few pixels along the drawn line, on screen. */
  samples: { x: number; y: number }[];
}

/** Every flow as drawn on screen: sampled along its path, in page coordinates. */
function drawnFlows(page: Page): Promise<Drawn[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>('.react-flow__edge')].map((edge) => {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const matrix = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const samples = [];
      for (let at = 0; at <= length; at += 4) {
        const p = path.getPointAtLength(at).matrixTransform(matrix);
        samples.push({ x: p.x, y: p.y });
      }
      return { name: edge.getAttribute('aria-label') ?? '', start: samples[0], samples };
    }),
  );
}

/** The screen boxes of the shapes (not lanes), by accessible name. */
function shapeBoxes(page: Page): Promise<{ name: string; box: DOMRect }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node:not(.react-flow__node-lane)')].map((node) => ({
      name: node.getAttribute('aria-label') ?? '',
      box: node.getBoundingClientRect().toJSON() as DOMRect,
    })),
  );
}

/** Flows whose drawn line passes through a shape other than the two it joins (a couple of pixels inside). */
async function flowsThroughShapes(page: Page): Promise<string[]> {
  const [flows, shapes] = [await drawnFlows(page), await shapeBoxes(page)];
  const found: string[] = [];
  for (const flow of flows) {
    const [, from, to] = /^Flow from (.*) to (.*)$/.exec(flow.name) ?? [];
    for (const { name, box } of shapes) {
      const label = name.includes(': ') ? name.slice(name.indexOf(': ') + 2) : name;
      if (label === from || label === to) continue;
      const inside = flow.samples.some(
        (p) => p.x > box.x + 3 && p.x < box.x + box.width - 3 && p.y > box.y + 3 && p.y < box.y + box.height - 3,
      );
      if (inside) found.push(`${flow.name} through ${name}`);
    }
  }
  return found;
}

/** The stretches of an SVG path (M, L and the Q of its rounded corners) that are neither across nor upright. */
function slantedStretches(d: string): string[] {
  const slanted: string[] = [];
  let at = { x: 0, y: 0 };
  for (const [, command, numbers] of d.matchAll(/([MLQ])([^MLQ]*)/g)) {
    const values = numbers
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const end = { x: values[values.length - 2], y: values[values.length - 1] };
    if (command === 'L' && Math.abs(end.x - at.x) > 0.5 && Math.abs(end.y - at.y) > 0.5)
      slanted.push(`${at.x},${at.y} → ${end.x},${end.y}`);
    at = end;
  }
  return slanted;
}

const pathOf = (page: Page, name: string) =>
  page.getByRole('group', { name, exact: true }).locator('path.react-flow__edge-path').getAttribute('d');

describe('flows that read well', () => {
  it('attaches a gateway drawn from scratch to its branches at different points, and keeps a dragged bend through undo, BPMN export and import', async () => {
    const { page, errors } = await openNewProcess(browser);
    await clearCanvas(page);
    await dropFromPalette(page, 'Start event', 80, 250);
    await dropFromPalette(page, 'Exclusive gateway', 240, 250);
    await dropFromPalette(page, 'Task', 420, 110);
    await dropFromPalette(page, 'User task', 420, 250);
    await dropFromPalette(page, 'Service task', 420, 400);
    await connectNodes(page, canvasNode(page, 'Start event'), canvasNode(page, 'Exclusive gateway'));
    for (const task of ['Task', 'User task', 'Service task'])
      await connectNodes(page, canvasNode(page, 'Exclusive gateway'), canvasNode(page, task));
    expect(await edgeCount(page)).toBe(4);
    // The lower branch becomes the default: its slash sits on its own flow.
    await page.getByRole('group', { name: 'Flow from Exclusive gateway to Service task' }).focus();
    await page.keyboard.press('Enter');
    await properties(page).getByRole('checkbox', { name: 'Default flow' }).check();
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await screenshot(page, 'flow-routing-branches');

    const branches = (await drawnFlows(page)).filter((f) => f.name.startsWith('Flow from Exclusive gateway'));
    const starts = new Set(branches.map((f) => `${Math.round(f.start.x)},${Math.round(f.start.y)}`));
    expect(starts.size).toBe(3);
    expect(await flowsThroughShapes(page)).toEqual([]);
    const slash = (await page.locator('.fw-default-slash').boundingBox())!;
    const lower = branches.find((f) => f.name.endsWith('Service task'))!;
    const upper = branches.find((f) => f.name.endsWith(' Task'))!;
    const near = (f: Drawn) =>
      f.samples.some((p) => Math.hypot(p.x - slash.x - slash.width / 2, p.y - slash.y - slash.height / 2) < 4);
    expect([near(lower), near(upper)]).toEqual([true, false]);

    // Move the straight flow to the user task sideways by its middle: it stays straight, on both shapes; undo, redo.
    const toUserTask = 'Flow from Exclusive gateway to User task';
    const before = await pathOf(page, toUserTask);
    await page.getByRole('group', { name: toUserTask }).focus();
    await page.keyboard.press('Enter');
    const dragHandle = async (name: string, dy: number) => {
      const at = (await page.getByRole('button', { name }).first().boundingBox())!;
      await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
      await page.mouse.down();
      await page.mouse.move(at.x + at.width / 2, at.y + dy / 2, { steps: 4 });
      await page.mouse.move(at.x + at.width / 2, at.y + dy, { steps: 4 });
      await page.mouse.up();
    };
    await dragHandle('Move this segment', 12);
    await expect.poll(() => pathOf(page, toUserTask)).not.toBe(before);
    const moved = (await pathOf(page, toUserTask))!;
    expect(slantedStretches(moved)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Bend point' }).count()).toBeGreaterThan(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => pathOf(page, toUserTask)).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => pathOf(page, toUserTask)).toBe(moved);

    // A bend drags freely: the flow bends there.
    await dragHandle('Bend point', 80);
    await expect.poll(() => pathOf(page, toUserTask)).not.toBe(moved);
    const bent = (await pathOf(page, toUserTask))!;
    expect(slantedStretches(bent).length).toBeGreaterThan(0);
    await screenshot(page, 'flow-routing-bend');

    // Exported as BPMN and imported again, the flow keeps the bend; the automatic routes stay automatic.
    const file = `${outputDir}/bent.bpmn`;
    await exportBpmnFile(page, file);
    const { model } = await importBpmn(new Uint8Array(readFileSync(file)));
    const gateway = model.nodes.find((n) => n.type === 'exclusiveGateway')!;
    const userTask = model.nodes.find((n) => n.type === 'task' && n.taskType === 'user')!;
    const flows = model.flows.filter((f) => f.source === gateway.id);
    expect(flows.find((f) => f.target === userTask.id)?.waypoints?.length).toBeGreaterThan(0);
    expect(flows.filter((f) => f.target !== userTask.id).map((f) => f.waypoints)).toEqual([undefined, undefined]);
    await pickImport(page, file);
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported "/ })
      .first()
      .waitFor();
    await expect.poll(() => pathOf(page, toUserTask)).toBe(bent);
    expect(errors).toEqual([]);
  });

  it('draws a 30-node map with four lanes and a rework loop with no flow through a shape', async () => {
    const { page, errors } = await openNewProcess(browser);
    const path = `${outputDir}/order-to-cash.flow.json`;
    writeFileSync(path, JSON.stringify(laneMap()));
    await importMap(page, path, 'Order to cash');
    await expect.poll(() => edgeCount(page)).toBe(laneMap().flows.length);
    await page
      .getByRole('button', { name: /^Fit view/ })
      .first()
      .click();
    await screenshot(page, 'flow-routing-30-nodes');
    expect(await flowsThroughShapes(page)).toEqual([]);
    // In reading mode (no panels), at a size to read: the start of the map (Shift+2, as the fit notice offers),
    // then the part right of it and below dragged into view.
    for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Control+Shift+F');
    await viewSettled(page);
    await page.keyboard.press('Shift+2');
    await screenshot(page, 'flow-routing-30-nodes-left');
    expect(await flowsThroughShapes(page)).toEqual([]);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    // Dragged by an empty spot of the map, clear of the overview map in the corner.
    await page.mouse.move(pane.x + pane.width * 0.75, pane.y + pane.height * 0.6);
    await page.mouse.down();
    await page.mouse.move(pane.x + 100, pane.y + 120, { steps: 8 });
    await page.mouse.up();
    await screenshot(page, 'flow-routing-30-nodes-right');
    expect(await flowsThroughShapes(page)).toEqual([]);
    // Every gateway's outgoing flows leave from different points.
    const flows = await drawnFlows(page);
    for (const gateway of ['Order complete?', 'Credit ok?', 'In stock?', 'Paid in time?']) {
      const out = flows.filter((f) => f.name.startsWith(`Flow from ${gateway} to`));
      expect(new Set(out.map((f) => `${Math.round(f.start.x)},${Math.round(f.start.y)}`)).size, gateway).toBe(
        out.length,
      );
    }
    expect(errors).toEqual([]);
  });

  it('starts the app without the layout engine: the first script and what it preloads hold no elkjs', () => {
    // The build this run serves (the e2e set-up builds it afresh), not a dist/ left from an earlier build.
    const dist = inject('distDir');
    const html = readFileSync(`${dist}/index.html`, 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts)
      expect(readFileSync(`${dist}/${script}`, 'utf8'), script).not.toContain('org.eclipse.elk');
    // The check can fail: the layout engine is in the build, in a chunk of its own.
    const chunks = readdirSync(`${dist}/assets`).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => readFileSync(`${dist}/assets/${f}`, 'utf8').includes('org.eclipse.elk'))).toBe(true);
  });
});
