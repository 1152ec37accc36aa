import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFile } from './appSteps';
import { launchBrowser, screenshot } from './browser';
import { canvasNode, edgeCount, openNewProcess, paletteItem, properties } from './editorSteps';
import { enter } from './simulationSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An XES log of the given cases, one complete event per activity, a minute apart. */
function xesLog(cases: string[][]): string {
  const traces = cases.map((trace, i) => {
    const events = trace.map(
      (activity, k) =>
        `<event><string key="concept:name" value="${activity}"/><date key="time:timestamp" value="2026-01-05T09:${String(i * 5 + k).padStart(2, '0')}:00.000+00:00"/></event>`,
    );
    return `<trace><string key="concept:name" value="order-${i + 1}"/>${events.join('')}</trace>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0" xmlns="http://www.xes-standard.org/">
<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
<extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
${traces.join('\n')}
</log>`;
}

/** Appends a user task named `name` after the selected node. */
async function appendTask(page: Page, name: string): Promise<void> {
  await paletteItem(page, 'User task').click();
  await canvasNode(page, 'User task').waitFor();
  await enter(properties(page), 'Name', name);
  await canvasNode(page, `User task: ${name}`).waitFor();
}

const logsPanel = (page: Page) => page.getByRole('complementary', { name: 'Event logs' });

describe('conformance', () => {
  it('checks a map drawn from scratch against an imported log, in a list and on the map', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await appendTask(page, 'Check order');
    await appendTask(page, 'Ship goods');
    await paletteItem(page, 'End event').click();
    await expect.poll(() => edgeCount(page)).toBe(3);

    // Two orders as drawn, one shipped unchecked, one where the customer was called (not on the map).
    const folder = mkdtempSync(join(tmpdir(), 'flowwright-conformance-'));
    const file = join(folder, 'orders.xes');
    writeFileSync(
      file,
      xesLog([
        ['Check order', 'Ship goods'],
        ['Check order', 'Ship goods'],
        ['Ship goods'],
        ['Check order', 'Call customer', 'Ship goods'],
      ]),
    );
    await page.getByRole('button', { name: 'Logs', exact: true }).click();
    await chooseFile(page, logsPanel(page).getByRole('button', { name: 'Import log…' }), file);
    await logsPanel(page).getByRole('tab', { name: 'Conformance' }).click();
    await logsPanel(page).getByRole('button', { name: 'Check the map against this log' }).click();

    const view = logsPanel(page).locator('.fw-conformance');
    await view.locator('.fw-conf-figures').waitFor();
    expect(await view.locator('.fw-conf-figures dd').allTextContents()).toEqual([
      expect.stringMatching(/^0\.\d\d$/),
      '2 of 4',
    ]);
    expect(await view.locator('.fw-conf-deviation').allTextContents()).toEqual([
      'Check order: left over once',
      'Ship goods: missing once',
    ]);
    expect(await view.locator('.fw-conf-unknown li').allTextContents()).toEqual(['Call customer']);
    expect(await view.locator('.fw-conf-table tbody tr').count()).toBe(2);

    // On the map: a badge under each task that deviated, saying what in its tooltip.
    const ship = canvasNode(page, 'User task: Ship goods');
    await expect.poll(() => ship.locator('.fw-deviation-badge').textContent()).toBe('1 missing');
    expect(await ship.locator('.fw-deviation-badge').getAttribute('title')).toBe(
      'Ship goods: done once when the map did not allow it (missing tokens)',
    );
    expect(await canvasNode(page, 'User task: Check order').locator('.fw-deviation-badge').textContent()).toBe(
      '1 left over',
    );
    // With the palette and the properties out of the way, the map is large enough to read the badges.
    await page.locator('.fw-slot-palette .fw-slot-toggle').click();
    await page.locator('.fw-slot-properties .fw-slot-toggle').click();
    await page.getByRole('button', { name: 'Show the whole map' }).click();
    await screenshot(page, 'conformance-on-map');
    await page.locator('.fw-slot-properties .fw-slot-strip').click();

    // Picking a deviation selects its task on the canvas.
    await view.getByRole('button', { name: 'Check order: left over once' }).click();
    await expect.poll(() => canvasNode(page, 'User task: Check order').getAttribute('class')).toContain('selected');

    // Editing the map takes the badges off until it is checked again.
    await enter(properties(page), 'Name', 'Check the order');
    await view.locator('.fw-conf-stale').waitFor();
    expect(await page.locator('.fw-deviation-badge').count()).toBe(0);
    await view.getByRole('button', { name: 'Check again' }).click();
    // "Check the order" is no longer named as the log names it: now it is the log's activity the map lacks.
    await expect
      .poll(() => view.locator('.fw-conf-unknown li').allTextContents())
      .toEqual(['Check order', 'Call customer']);
    await screenshot(page, 'conformance-renamed');
    expect(errors).toEqual([]);
  });
});
