import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, viewSettled } from './browser';
import { canvasNode, dragNode, openNewProcess, paletteItem, properties } from './editorSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const lane = (page: Page, name: string) => canvasNode(page, `Lane: ${name}`);
const box = async (locator: Locator) => (await locator.boundingBox())!;
const centreY = async (locator: Locator) => {
  const b = await box(locator);
  return b.y + b.height / 2;
};
const laneField = (page: Page) => properties(page).getByRole('combobox', { name: 'Lane' });
const selectedLaneName = (page: Page) =>
  laneField(page).evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent);

describe('editor: lanes and layout', () => {
  it('adds lanes, drops a node into another lane, reorders lanes with their nodes, and lays the map out', async () => {
    const { page, errors } = await openNewProcess(browser);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await paletteItem(page, 'Lane').click();
    await lane(page, 'Lane 1').waitFor();
    await paletteItem(page, 'Lane').click();
    await lane(page, 'Lane 2').waitFor();

    // The first lane wrapped the start event; a task added beside it joins its lane.
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'User task').click();
    const task = canvasNode(page, 'User task');
    expect(await selectedLaneName(page)).toBe('Lane 1');

    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    await viewSettled(page);
    await dragNode(page, task, 0, (await centreY(lane(page, 'Lane 2'))) - (await centreY(task)));
    await task.click();
    await expect.poll(() => selectedLaneName(page)).toBe('Lane 2');
    await screenshot(page, 'editor-lanes');

    // Dragging Lane 2 by its header above Lane 1 swaps them; the task goes along.
    const header = lane(page, 'Lane 2').locator('.fw-lane-header');
    const taskBefore = await centreY(task);
    await dragNode(page, header, 0, (await centreY(lane(page, 'Lane 1'))) - (await centreY(lane(page, 'Lane 2'))) - 30);
    await expect.poll(async () => (await box(lane(page, 'Lane 2'))).y < (await box(lane(page, 'Lane 1'))).y).toBe(true);
    expect(await centreY(task)).toBeLessThan(taskBefore - 20);

    // Pulling the top lane's bottom edge down makes it taller and pushes the lane below down.
    const top = await box(lane(page, 'Lane 2'));
    const belowBefore = await box(lane(page, 'Lane 1'));
    const edgeX = Math.min(top.x + top.width - 60, 760); // clear of the flows and the overview map
    await page.mouse.move(edgeX, top.y + top.height - 1);
    await page.mouse.down();
    await page.mouse.move(edgeX, top.y + top.height + 30, { steps: 4 });
    await page.mouse.move(edgeX, top.y + top.height + 60, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await box(lane(page, 'Lane 2'))).height).toBeGreaterThan(top.height + 40);
    expect((await box(lane(page, 'Lane 1'))).y).toBeGreaterThan(belowBefore.y + 40);
    await screenshot(page, 'editor-lane-resized');

    await page.getByRole('button', { name: 'Auto layout', exact: true }).click();
    // The layout runs in the background and the view then glides to fit: measure once both are done.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect.poll(() => undo.getAttribute('title'), { timeout: 15_000 }).toMatch(/^Undo Auto layout/);
    await viewSettled(page);
    const lane2 = await box(lane(page, 'Lane 2'));
    const taskBox = await box(task);
    expect(taskBox.y).toBeGreaterThan(lane2.y);
    expect(taskBox.y + taskBox.height).toBeLessThan(lane2.y + lane2.height);
    await screenshot(page, 'editor-auto-layout');
    expect(errors).toEqual([]);
  });

  it('edits simulation fields in friendly units and attaches a boundary timer', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'User task').click();
    const panel = properties(page);
    await panel.getByRole('combobox', { name: 'Duration distribution' }).selectOption('triangular');
    await panel.getByRole('combobox', { name: 'Duration unit' }).selectOption('minutes');
    const likely = panel.getByRole('spinbutton', { name: 'Most likely (minutes)' });
    await likely.fill('20');
    await likely.press('Enter');
    await panel.getByRole('combobox', { name: 'Duration unit' }).selectOption('seconds');
    expect(await panel.getByRole('spinbutton', { name: 'Most likely (seconds)' }).inputValue()).toBe('1200');
    const cost = panel.getByRole('spinbutton', { name: 'Fixed cost (EUR)' });
    await cost.fill('12.5');
    await cost.press('Enter');
    await screenshot(page, 'editor-simulation-fields');

    await paletteItem(page, 'Boundary timer event').click();
    await canvasNode(page, 'Timer boundary event').waitFor();
    expect(await panel.getByRole('spinbutton', { name: 'Timer delay' }).inputValue()).toBe('1');
    expect(await panel.getByRole('combobox', { name: 'Timer delay unit' }).inputValue()).toBe('hours');
    await panel.getByRole('checkbox', { name: 'Interrupting' }).uncheck();
    await screenshot(page, 'editor-boundary-timer');

    await canvasNode(page, 'User task').click();
    expect(await panel.getByRole('spinbutton', { name: 'Fixed cost (EUR)' }).inputValue()).toBe('12.5');
    expect(errors).toEqual([]);
  });
});
