// Rendering the results of 100,000 cases (issue 10: under 1 s). `npm run bench -- results`.
// 1. In node: a 100,000-case run of the claims-intake map, then the time to build every chart's option, draw each
//    as SVG with ECharts and draw the map with its results overlay as SVG (what the HTML report does).
// 2. In Chromium: the same run in the app's worker, then the time from the result reaching the page to the panel
//    with every chart drawn and the map coloured by the results, painted.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { serveBuild } from '../../scripts/serve.mjs';
import claimsIntake from '../fixtures/maps/claims-intake.flow.json';
import { processSchema } from '../../shared/model';
import { simulate } from '../../shared/sim';
import { exportSvg } from '../../shared/io/svg';
import { chartSvg } from '../../shared/io/report/chartSvg';
import { reportCharts } from '../../shared/io/report/charts';
import { resultsOverlay, svgOverlay } from '../../shared/io/report/overlay';
import { launchBrowser } from '../e2e/browser';
import { pickImport } from '../e2e/appSteps';

const cases = 100_000;
const runs = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (label: string, values: number[]) =>
  console.log(
    `${label.padEnd(58)} median ${median(values).toFixed(0)} ms  (runs: ${values.map((v) => v.toFixed(0)).join(', ')})  target < 1000 ms`,
  );

// 1. Node: options, chart SVGs and the map's overlay SVG.
const model = processSchema.parse(claimsIntake);
const report = simulate(model, { cases, replications: 1, seed: 1 });
const nodeTimes: number[] = [];
let chartCount = 0;
for (let run = 0; run < runs + 1; run++) {
  const start = performance.now();
  const charts = reportCharts(report, model);
  for (const c of charts) chartSvg(c.option, 520, Math.max(300, c.height ?? 0));
  exportSvg(model, svgOverlay(resultsOverlay(report, model, 'waiting'), 'waiting'));
  // The first run loads and warms up ECharts; the figures are those of the runs after it.
  if (run > 0) nodeTimes.push(performance.now() - start);
  chartCount = charts.length;
}
console.log(
  `${report.cases.completed.toLocaleString('en')} cases completed, ${report.variants.length} variants, ` +
    `${report.timeSeries.wip.length} time points, ${chartCount} charts`,
);
line('node: options + every chart as SVG + map overlay SVG', nodeTimes);

// 2. Chromium: the panel. The page notes when the worker's result arrives (before the app reads it), then the
// first frame after the one in which every chart has its canvas and the map shows the results (so it was painted).
const watch = `(() => {
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (e.data && e.data.type === 'result') window.resultAt = performance.now();
      });
    }
  };
  window.rendered = new Promise((resolve) => {
    let ready = false;
    const frame = () => {
      if (ready) return resolve({ ms: performance.now() - window.resultAt, charts: document.querySelectorAll('.sim-chart-canvas canvas').length });
      const boxes = [...document.querySelectorAll('.sim-chart-canvas')];
      ready = window.resultAt !== undefined && boxes.length > 0 && boxes.every((b) => b.querySelector('canvas')) &&
        document.querySelector('.fw-heat') !== null;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
})()`;

const outDir = path.resolve(`test/output/dist-bench-${process.pid}`);
await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const { server, url } = await serveBuild(0, false, outDir);
const browser = await launchBrowser();
const pageTimes: number[] = [];
let pageCharts = 0;
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(300_000);
    await context.addInitScript(watch);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'New process' }).first().waitFor();
    await pickImport(page, 'test/fixtures/maps/claims-intake.flow.json');
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Simulate' });
    await panel.getByLabel('Cases').fill(String(cases));
    await panel.getByLabel('Replications').fill('1');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    const { ms, charts } = await page.evaluate<{ ms: number; charts: number }>('window.rendered');
    pageTimes.push(ms);
    pageCharts = charts;
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
console.log(`the panel drew ${pageCharts} charts`);
line('Chromium: result received → every chart and the map overlay drawn', pageTimes);
