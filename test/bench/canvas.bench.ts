// The 1,000-node map in Chromium: open time, frame rate of a scripted pan, and re-render time of a property edit.
// Targets (issue 2): open under 1.5 s, pan at 30 frames/s or more, property edit under 50 ms. The edit is timed once
// the selected task's panel is ready (its FEEL editors mounted), as when a person types; the time from finding the
// task to a ready panel is its own line. The first rename after opening (code not yet optimised by the browser) is
// reported apart from the typical one, the median of the five renames that follow it, 600 ms apart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { serveBuild } from '../../scripts/serve.mjs';
import { launchBrowser } from '../e2e/browser';
import { bigModel } from './bigModel';

const mapFile = 'test/output/bench/big.flow.json';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = 3;

async function openMap(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'New process' }).first().waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const fileChooser = await chooser;
  const started = Date.now();
  await fileChooser.setFiles(mapFile);
  await page.locator('.react-flow__node').first().waitFor();
  await frame(page);
  return Date.now() - started;
}

const frame = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Finds a task as a user would (Ctrl+F), which selects it and centres it; resolves when its properties are ready. */
async function selectMs(page: Page): Promise<number> {
  await page.keyboard.press('Control+f');
  await page.getByRole('combobox', { name: 'Find a node by name' }).fill('Review case 3');
  const started = Date.now();
  await page.keyboard.press('Enter');
  await page.locator('.react-flow__node[data-id="a3"]').waitFor();
  // Ready: the name field and the FEEL editors (Monaco) of the duration and data checks are there to type in.
  await page.locator('.fw-properties input[type="text"]').first().waitFor();
  await page.locator('.fw-properties .monaco-editor').first().waitFor();
  await frame(page);
  return Date.now() - started;
}

/** A rename typed in the properties panel, from Enter to the canvas showing the new name (the panel settled). */
async function propertyEditMs(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('.fw-properties input[type="text"]')!;
        const node = document.querySelector('.react-flow__node[data-id="a3"]')!;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(input, `Review case ${Math.random()}`);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const wanted = input.value;
        let t0 = 0;
        new MutationObserver((_, observer) => {
          if (!node.textContent?.includes(wanted)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        }).observe(node, { subtree: true, characterData: true, childList: true });
        t0 = performance.now();
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }),
  );
}

async function panFps(page: Page): Promise<{ fps: number; worstFrameMs: number }> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // A string, not a function: tsx's name-keeping helper does not exist inside the page.
  await page.evaluate(`(() => {
    window.frameTimes = [];
    window.counting = true;
    const tick = (t) => { window.frameTimes.push(t); if (window.counting) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const x = pane.x + pane.width / 2;
  const y = pane.y + pane.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 90; i++) await page.mouse.move(x - i * 8 + (i > 45 ? (i - 45) * 16 : 0), y - (i % 20));
  await page.mouse.up();
  const times = await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; counting: boolean };
    w.counting = false;
    return w.frameTimes;
  });
  const span = times[times.length - 1] - times[0];
  const gaps = times.slice(1).map((t, i) => t - times[i]);
  return { fps: ((times.length - 1) / span) * 1000, worstFrameMs: Math.max(...gaps) };
}

mkdirSync('test/output/bench', { recursive: true });
const model = bigModel();
writeFileSync(mapFile, JSON.stringify(model));
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
const { server, url } = await serveBuild(0);
const browser = await launchBrowser();
const results = {
  open: [] as number[],
  select: [] as number[],
  firstEdit: [] as number[],
  edit: [] as number[],
  fps: [] as number[],
  worst: [] as number[],
};
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    results.open.push(await openMap(page));
    results.select.push(await selectMs(page));
    results.firstEdit.push(await propertyEditMs(page));
    // Then renames as a person makes them, a moment apart; the median of these is the run's typical edit.
    const typical: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(600);
      typical.push(await propertyEditMs(page));
    }
    results.edit.push(median(typical));
    const pan = await panFps(page);
    results.fps.push(pan.fps);
    results.worst.push(pan.worstFrameMs);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const line = (label: string, values: number[], unit: string, target: string) =>
  console.log(
    `${label.padEnd(34)} median ${median(values).toFixed(1)} ${unit}  (runs: ${values.map((v) => v.toFixed(1)).join(', ')})  target ${target}`,
  );
console.log(
  `map: ${model.nodes.length} nodes, ${model.flows.length} flows, ${model.lanes.length} lanes; ${runs} runs at 1280x800`,
);
line('open (file chosen → map drawn)', results.open, 'ms', '< 1500 ms');
line('find → node selected, panel ready', results.select, 'ms', '');
line('first property edit → canvas', results.firstEdit, 'ms', '');
line('property edit → canvas updated', results.edit, 'ms', '< 50 ms');
line('pan frame rate', results.fps, 'fps', '>= 30 fps');
line('pan worst frame', results.worst, 'ms', '');
