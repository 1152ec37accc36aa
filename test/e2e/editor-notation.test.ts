import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from './browser';
import { canvasNode } from './editorSteps';

const mapFile = 'test/output/editor-notation/notation.flow.json';
const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** One of everything the palette draws, with conditions, a default flow, lanes of each kind and a hostile name. */
const notation = {
  format: 'flowwright.process',
  schemaVersion: 1,
  id: 'notation',
  name: 'Notation',
  lanes: [
    { id: 'customer', name: 'Customer', kind: 'external', y: 0, height: 180 },
    { id: 'clerks', name: 'Claims clerks', kind: 'internal', y: 180, height: 260 },
    { id: 'system', name: 'Claims system', kind: 'system', y: 440, height: 180 },
  ],
  nodes: [
    { id: 'start', type: 'startEvent', eventType: 'message', name: 'Claim received', lane: 'customer', x: 80, y: 70 },
    { id: 'review', type: 'task', taskType: 'user', name: 'Review claim', lane: 'clerks', x: 170, y: 230 },
    {
      id: 'sla',
      type: 'boundaryEvent',
      eventType: 'timer',
      attachedTo: 'review',
      interrupting: false,
      name: '2 days',
      timer: 172800,
    },
    { id: 'remind', type: 'task', taskType: 'send', name: 'Send reminder', lane: 'clerks', x: 170, y: 350 },
    { id: 'check', type: 'exclusiveGateway', name: 'Amount over 5000?', lane: 'clerks', x: 360, y: 245 },
    { id: 'approve', type: 'task', taskType: 'manual', name: 'Approve', lane: 'clerks', x: 480, y: 200 },
    { id: 'score', type: 'task', taskType: 'businessRule', name: hostile, lane: 'system', x: 480, y: 480 },
    { id: 'both', type: 'parallelGateway', lane: 'clerks', x: 660, y: 245 },
    { id: 'pay', type: 'task', taskType: 'service', name: 'Pay out', lane: 'system', x: 760, y: 480 },
    { id: 'notify', type: 'task', taskType: 'script', name: 'Log decision', lane: 'clerks', x: 760, y: 230 },
    { id: 'any', type: 'inclusiveGateway', lane: 'clerks', x: 930, y: 245 },
    { id: 'wait', type: 'eventBasedGateway', lane: 'customer', x: 930, y: 65 },
    { id: 'reply', type: 'intermediateEvent', eventType: 'message', name: 'Reply', lane: 'customer', x: 1050, y: 70 },
    { id: 'later', type: 'intermediateEvent', eventType: 'timer', name: '1 week', lane: 'customer', x: 1050, y: 0 },
    { id: 'appeal', type: 'subProcess', name: 'Handle appeal', lane: 'clerks', x: 1040, y: 230 },
    { id: 'wait-task', type: 'task', taskType: 'receive', name: 'Await documents', lane: 'clerks', x: 1040, y: 350 },
    { id: 'done', type: 'endEvent', name: 'Claim closed', lane: 'clerks', x: 1220, y: 250 },
    { id: 'failed', type: 'endEvent', eventType: 'error', name: 'Rejected', lane: 'system', x: 1220, y: 500 },
    { id: 'stop', type: 'endEvent', eventType: 'terminate', name: 'Withdrawn', lane: 'customer', x: 1220, y: 70 },
    { id: 'note', type: 'annotation', name: 'Clerks check the policy first', lane: 'customer', x: 300, y: 40 },
  ],
  flows: [
    { id: 'f1', source: 'start', target: 'review' },
    { id: 'f2', source: 'review', target: 'check' },
    { id: 'f3', source: 'sla', target: 'remind' },
    { id: 'f4', source: 'check', target: 'approve', name: 'Yes', condition: 'amount > 5000' },
    { id: 'f5', source: 'check', target: 'score', name: 'No', default: true },
    { id: 'f6', source: 'approve', target: 'both' },
    { id: 'f7', source: 'both', target: 'pay' },
    { id: 'f8', source: 'both', target: 'notify' },
    { id: 'f9', source: 'notify', target: 'any' },
    { id: 'f10', source: 'any', target: 'appeal', condition: 'appealed' },
    { id: 'f11', source: 'any', target: 'done', default: true },
    { id: 'f12', source: 'appeal', target: 'done' },
    { id: 'f13', source: 'score', target: 'failed' },
    { id: 'f14', source: 'wait', target: 'reply' },
    { id: 'f15', source: 'wait', target: 'later' },
    { id: 'f16', source: 'later', target: 'stop' },
  ],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test/output/editor-notation', { recursive: true });
  writeFileSync(mapFile, JSON.stringify(notation));
});
afterAll(async () => {
  await browser?.close();
});

describe('editor: BPMN notation', () => {
  it('draws every kind of element a BPMN reader expects, names as plain text', async () => {
    const { page, errors } = await openApp(browser);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(mapFile);
    await canvasNode(page, 'Lane: Claims clerks').waitFor();
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    await screenshot(page, 'editor-notation');

    // The hostile name is shown as its text and never runs.
    const score = page.locator('.react-flow__node[data-id="score"]');
    expect(await score.locator('.fw-task-label').textContent()).toBe(hostile);
    expect(await score.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    expect(await page.locator('.fw-ring-thick').count()).toBe(3);
    expect(await page.locator('.react-flow__node[data-id="sla"] .fw-dashed').count()).toBe(2);
    expect(await page.locator('.fw-default-slash').count()).toBe(2);
    expect(await page.locator('.fw-flow-condition').allTextContents()).toEqual(['[amount > 5000]', '[appealed]']);
    expect(await page.locator('.fw-collapsed-marker').count()).toBe(1);
    expect(await page.locator('.fw-lane-name').allTextContents()).toEqual([
      'Customer',
      'Claims clerks',
      'Claims system',
    ]);
    expect(errors).toEqual([]);
  });
});
