// The simulate panel in Chromium during a 10,000,000-case run of the claims-intake map: the longest gap between
// frames (the window stays responsive) and the time from a click on Cancel to "Cancelled" on screen.
// Targets (issue 3): no frame gap over 500 ms, Cancel shown within 1 s.
import { build } from 'vite';
import { serveBuild } from '../../scripts/serve.mjs';
import { launchBrowser } from '../e2e/browser';
import { pickImport } from '../e2e/appSteps';
import { longestFrameGap, timeCancel } from '../e2e/pageTiming';

const runs = 3;
const gaps: number[] = [];
const cancels: number[] = [];
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
const { server, url } = await serveBuild(0);
const browser = await launchBrowser();
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'New process' }).first().waitFor();
    await pickImport(page, 'test/fixtures/maps/claims-intake.flow.json');
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Simulate' });
    await panel.getByLabel('Cases').fill('10000000');
    await panel.getByLabel('Replications').fill('1');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await panel.getByRole('progressbar', { name: 'Simulation progress' }).waitFor();
    gaps.push(await longestFrameGap(page, 2000));
    const stopTime = await timeCancel(page);
    await panel.getByRole('button', { name: 'Cancel', exact: true }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /^Cancelled after/ })
      .waitFor();
    cancels.push(await stopTime());
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (label: string, values: number[], target: string) =>
  console.log(
    `${label.padEnd(40)} median ${median(values).toFixed(0)} ms  (runs: ${values.map((v) => v.toFixed(0)).join(', ')})  target ${target}`,
  );
line('longest frame gap during a run', gaps, '< 500 ms');
line('click on Cancel → "Cancelled" shown', cancels, '< 1000 ms');
