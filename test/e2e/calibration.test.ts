import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFile } from './appSteps';
import { launchBrowser, screenshot } from './browser';
import {
  canvasNode,
  clearCanvas,
  connectNodes,
  dropFromPalette,
  edgeCount,
  nameNode,
  openNewProcess,
  properties,
} from './editorSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const iso = (ms: number) => new Date(ms).toISOString();
const event = (activity: string, lifecycle: string, at: number, resource: string) =>
  `<event><string key="concept:name" value="${activity}"/><string key="lifecycle:transition" value="${lifecycle}"/>` +
  `<string key="org:resource" value="${resource}"/><date key="time:timestamp" value="${iso(at)}"/></event>`;

/**
 * Sixty purchase requests over three working weeks (four a weekday from 09:00 UTC): each is checked (about
 * 10 minutes), then approved (30 minutes) in 7 of 10 cases or rejected (5 minutes), by two clerks and a manager.
 */
function requestLog(): string {
  const minute = 60_000;
  const monday = Date.UTC(2026, 0, 5, 9, 0);
  const traces: string[] = [];
  for (let i = 0; i < 60; i++) {
    const day = Math.floor(i / 4);
    const start = monday + (Math.floor(day / 5) * 7 + (day % 5)) * 1440 * minute + (i % 4) * 110 * minute;
    const check = 8 + (i % 5);
    const approve = i % 10 < 7;
    const next = start + (check + 3) * minute;
    const events = [
      event('Check request', 'start', start, i % 2 ? 'Ann' : 'Bob'),
      event('Check request', 'complete', start + check * minute, i % 2 ? 'Ann' : 'Bob'),
      event(approve ? 'Approve' : 'Reject', 'start', next, 'Mia'),
      event(approve ? 'Approve' : 'Reject', 'complete', next + (approve ? 25 + (i % 11) : 5) * minute, 'Mia'),
    ];
    traces.push(`<trace><string key="concept:name" value="request-${i + 1}"/>${events.join('')}</trace>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0" xmlns="http://www.xes-standard.org/">
<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
<extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
<extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>
<extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>
${traces.join('\n')}
</log>`;
}

/** The probability (%) field of a flow, selected by keyboard. */
async function probabilityOf(page: Page, flowName: string) {
  await page.getByRole('group', { name: flowName }).focus();
  await page.keyboard.press('Enter');
  return properties(page).getByRole('spinbutton', { name: 'Probability (%)' });
}

const logsPanel = (page: Page) => page.getByRole('complementary', { name: 'Event logs' });

describe('calibration', () => {
  it('calibrates a map drawn from scratch from an imported log and applies it as one undoable edit', async () => {
    const { page, errors } = await openNewProcess(browser);
    await clearCanvas(page);
    await dropFromPalette(page, 'Start event', 60, 220);
    await dropFromPalette(page, 'Task', 180, 220);
    await dropFromPalette(page, 'Exclusive gateway', 330, 220);
    await dropFromPalette(page, 'Task', 470, 120);
    await dropFromPalette(page, 'Task', 470, 330);
    await dropFromPalette(page, 'End event', 640, 220);
    const tasks = canvasNode(page, 'Task');
    await connectNodes(page, canvasNode(page, 'Start event'), tasks.nth(0));
    await connectNodes(page, tasks.nth(0), canvasNode(page, 'Exclusive gateway'));
    await connectNodes(page, canvasNode(page, 'Exclusive gateway'), tasks.nth(1));
    await connectNodes(page, canvasNode(page, 'Exclusive gateway'), tasks.nth(2));
    await connectNodes(page, tasks.nth(1), canvasNode(page, 'End event'));
    await connectNodes(page, tasks.nth(2), canvasNode(page, 'End event'));
    expect(await edgeCount(page)).toBe(6);
    await nameNode(page, canvasNode(page, 'Exclusive gateway'), 'Approved?');
    await nameNode(page, tasks.nth(0), 'Check request');
    await nameNode(page, tasks.nth(0), 'Approve');
    await nameNode(page, canvasNode(page, 'Task'), 'Reject');

    const folder = mkdtempSync(join(tmpdir(), 'flowwright-calibration-'));
    const file = join(folder, 'requests.xes');
    writeFileSync(file, requestLog());
    await page.getByRole('button', { name: 'Logs', exact: true }).click();
    await chooseFile(page, logsPanel(page).getByRole('button', { name: 'Import log…' }), file);
    await logsPanel(page).getByRole('tab', { name: 'Calibration' }).click();
    await logsPanel(page).getByRole('button', { name: 'Calibrate this map from the log' }).click();

    const view = logsPanel(page).locator('.fw-calibration');
    await view.locator('.fw-calib-table').first().waitFor();
    const rows = await view.locator('.fw-calib-table tbody tr').allTextContents();
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Check request.*mean 10 min.*60 instances$/),
        expect.stringMatching(/^Approve\w+, mean (29|30|31)(\.\d)? min.*42 instances$/),
        expect.stringMatching(/^Approved\? → Approvetaken 70% of the time/),
        expect.stringMatching(/^Ann, Bob2 at once, works Mon–Fri/),
      ]),
    );
    expect(await view.locator('.fw-calib-figures dd').first().textContent()).toMatch(/^\d+%$/);
    expect(await view.locator('figcaption').allTextContents()).toEqual([
      'Cycle time: log and simulation',
      'Activity frequency: executions per case',
    ]);
    await screenshot(page, 'calibration-fitted');
    await view.locator('figure').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'calibration-charts');

    await view.getByRole('button', { name: 'Apply to the map' }).click();
    await view.getByText('The calibrated values are now in the map.').waitFor();
    expect(await view.locator('.fw-calib-stale').count()).toBe(0);
    const approve = await probabilityOf(page, 'Flow from Approved? to Approve');
    await expect.poll(() => approve.inputValue()).toBe('70');
    await screenshot(page, 'calibration-applied');
    // One undo takes the whole calibration back: the branch has no probability again.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    const undone = await probabilityOf(page, 'Flow from Approved? to Approve');
    await expect.poll(() => undone.inputValue()).toBe('');
    expect(errors).toEqual([]);
  });
});
