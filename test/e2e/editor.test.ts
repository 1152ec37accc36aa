import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import {
  canvasNode,
  clearCanvas,
  connectNodes,
  dropFromPalette,
  edgeCount,
  nodeCount,
  openNewProcess,
  paletteItem,
  problemCount,
  problemMessages,
  properties,
} from './editorSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('editor: drawing', () => {
  it('draws start → user task → exclusive gateway → two tasks → end by dragging from the palette and connecting handles', async () => {
    const { page, errors } = await openNewProcess(browser);
    // Start from an empty canvas, so that every element is drawn from the palette.
    await clearCanvas(page);

    await dropFromPalette(page, 'Start event', 80, 220);
    await dropFromPalette(page, 'User task', 220, 220);
    await dropFromPalette(page, 'Exclusive gateway', 380, 220);
    await dropFromPalette(page, 'Task', 530, 120);
    await dropFromPalette(page, 'Task', 530, 330);
    await dropFromPalette(page, 'End event', 700, 220);

    const tasks = canvasNode(page, 'Task');
    await connectNodes(page, canvasNode(page, 'Start event'), canvasNode(page, 'User task'));
    await connectNodes(page, canvasNode(page, 'User task'), canvasNode(page, 'Exclusive gateway'));
    await connectNodes(page, canvasNode(page, 'Exclusive gateway'), tasks.nth(0));
    await connectNodes(page, canvasNode(page, 'Exclusive gateway'), tasks.nth(1));
    await connectNodes(page, tasks.nth(0), canvasNode(page, 'End event'));
    await connectNodes(page, tasks.nth(1), canvasNode(page, 'End event'));
    expect(await edgeCount(page)).toBe(6);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await screenshot(page, 'editor-drawn');

    // The gateway splits without conditions or a default, and the tasks have no names yet.
    const routing = /no condition and is not the default/;
    await expect.poll(() => problemMessages(page)).toEqual(expect.arrayContaining([expect.stringMatching(routing)]));

    // A condition on one branch and the default flag on the other settle the routing.
    const branches = page.getByRole('group', { name: 'Flow from Exclusive gateway to Task' });
    await branches.nth(0).focus();
    await page.keyboard.press('Enter');
    const condition = properties(page).getByRole('textbox', { name: 'Condition' });
    await condition.fill('amount > 5000');
    await condition.press('Enter');
    await branches.nth(1).focus();
    await page.keyboard.press('Enter');
    await properties(page).getByRole('checkbox', { name: 'Default flow' }).check();
    await expect.poll(async () => (await problemMessages(page)).filter((m) => routing.test(m))).toEqual([]);
    expect(await page.locator('.fw-flow-condition').allTextContents()).toEqual(['[amount > 5000]']);
    expect(await page.locator('.fw-default-slash').count()).toBe(1);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await screenshot(page, 'editor-routing');
    expect(errors).toEqual([]);
  });
});

describe('editor: editing', () => {
  it('adds beside the selection from the palette, renames through the properties panel, and undoes and redoes', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await page
      .getByRole('navigation', { name: 'Palette' })
      .getByRole('button', { name: 'User task', exact: true })
      .click();
    // Added to the right of the start event and connected from it, then selected.
    await canvasNode(page, 'User task').waitFor();
    expect(await edgeCount(page)).toBe(1);
    const name = properties(page).getByRole('textbox', { name: 'Name' });
    await name.fill('Review request');
    await name.press('Enter');
    await canvasNode(page, 'User task: Review request').waitFor();
    await expect.poll(() => canvasNode(page, 'User task: Review request').textContent()).toContain('Review request');
    await screenshot(page, 'editor-renamed');

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await canvasNode(page, 'User task').waitFor();
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await canvasNode(page, 'User task: Review request').waitFor();

    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    await canvasNode(page, 'User task').waitFor();
    await page.keyboard.press('Control+Shift+z');
    await canvasNode(page, 'User task: Review request').waitFor();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeCount(page)).toBe(1);
    await page.keyboard.press('Control+y');
    await expect.poll(() => nodeCount(page)).toBe(2);

    // Double-click (or F2) edits the name in place, over the shape.
    await canvasNode(page, 'User task').dblclick();
    const inPlace = page.locator('.fw-label-editor');
    await expect.poll(() => inPlace.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Check request');
    await page.keyboard.press('Enter');
    await canvasNode(page, 'User task: Check request').waitFor();
    expect(errors).toEqual([]);
  });

  it('shows a validation problem live and clears it when it is fixed', async () => {
    const { page, errors } = await openNewProcess(browser);
    await expect
      .poll(() => problemMessages(page))
      .toEqual(expect.arrayContaining([expect.stringMatching(/no end event/i)]));
    expect(await problemCount(page)).toBe('1 error');
    await screenshot(page, 'editor-problem');

    await canvasNode(page, 'Start event').click();
    await page
      .getByRole('navigation', { name: 'Palette' })
      .getByRole('button', { name: 'End event', exact: true })
      .click();
    await expect.poll(() => problemCount(page)).toBe('No problems');

    // Clicking a problem selects and shows its element.
    await page.keyboard.press('Delete');
    await expect.poll(() => problemCount(page)).toBe('1 error');
    await page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Task', exact: true }).click();
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.getByRole('button', { name: /has no name/ }).click();
    await expect.poll(() => properties(page).getByRole('heading').textContent()).toBe('Task');
    expect(errors).toEqual([]);
  });

  it('opens a sub-process, draws inside it, and leaves it', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'Sub-process').click();
    const name = properties(page).getByRole('textbox', { name: 'Name' });
    await name.fill('Handle appeal');
    await name.press('Enter');
    const inside = /Handle appeal.*(start|end) event inside/;
    await expect.poll(async () => (await problemMessages(page)).filter((m) => inside.test(m))).toHaveLength(2);

    await canvasNode(page, 'Sub-process: Handle appeal').dblclick();
    await page.getByRole('button', { name: 'Leave sub-process' }).waitFor();
    await expect.poll(() => nodeCount(page)).toBe(0);
    await paletteItem(page, 'Start event').click();
    await paletteItem(page, 'End event').click();
    await expect.poll(() => edgeCount(page)).toBe(1);
    await expect.poll(async () => (await problemMessages(page)).filter((m) => inside.test(m))).toEqual([]);
    await screenshot(page, 'editor-sub-process');

    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await canvasNode(page, 'Sub-process: Handle appeal').waitFor();
    expect(await nodeCount(page)).toBe(2);
    expect(errors).toEqual([]);
  });
});
