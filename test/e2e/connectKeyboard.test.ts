import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import {
  canvasNode,
  dropFromPalette,
  edgeCount,
  nameSelected,
  nodeCount,
  openNewProcess,
  paletteItem,
  properties,
} from './editorSteps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const notice = (page: Page) => page.locator('.fw-toolbar-status');
const highlight = (page: Page) => page.locator('.fw-connect-target');
const labelEditor = (page: Page) => page.locator('.fw-label-editor');

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where a node is on the map (its top left corner in map units), read from how React Flow places it. */
const position = (node: Locator) =>
  node.evaluate((el) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { x: Math.round(m.e), y: Math.round(m.f) };
  });

/**
 * Drags a flow with the real mouse from a node's outgoing handle to the middle of another shape (not its handle);
 * `whileOver` runs with the button still down over the target.
 */
async function dragFlowOnto(page: Page, from: Locator, to: Locator, whileOver?: () => Promise<void>): Promise<void> {
  await from.hover();
  const start = await centre(from.locator('.react-flow__handle.source'));
  const end = await centre(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2 + 30, { steps: 6 });
  await page.mouse.move(end.x, end.y, { steps: 6 });
  await whileOver?.();
  await page.mouse.up();
}

/** Drops a palette item at (dx, dy) screen pixels from the middle of a shape on the canvas. */
async function dropBeside(page: Page, label: string, anchor: Locator, dx: number, dy: number): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const at = await centre(anchor);
  await dropFromPalette(page, label, at.x - pane.x + dx, at.y - pane.y + dy);
}

describe('connecting by dropping on a shape, and the keyboard', () => {
  it('connects by dropping on the body of a task and of a gateway, and says why a drop is refused', async () => {
    const { page, errors } = await openNewProcess(browser);
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'User task').click();
    await nameSelected(page, 'Check order');
    const check = canvasNode(page, 'User task: Check order');
    await dropBeside(page, 'User task', check, -200, 170);
    await nameSelected(page, 'Ship order');
    await dropBeside(page, 'Exclusive gateway', check, 0, -160);
    await nameSelected(page, 'In stock?');
    expect(await edgeCount(page)).toBe(1);

    const ship = canvasNode(page, 'User task: Ship order');
    const gateway = canvasNode(page, 'Exclusive gateway: In stock?');
    await dragFlowOnto(page, check, ship, async () => {
      await highlight(page).waitFor();
      expect(await highlight(page).getAttribute('data-target')).toBe(await ship.getAttribute('data-id'));
      expect(await highlight(page).getAttribute('class')).not.toContain('fw-refused');
      await screenshot(page, 'connect-drop-highlight');
    });
    await expect.poll(() => edgeCount(page)).toBe(2);
    await expect.poll(() => highlight(page).count()).toBe(0);
    await page.getByRole('group', { name: 'Flow from Check order to Ship order' }).waitFor({ state: 'attached' });

    await dragFlowOnto(page, ship, gateway);
    await expect.poll(() => edgeCount(page)).toBe(3);
    await page.getByRole('group', { name: 'Flow from Ship order to In stock?' }).waitFor({ state: 'attached' });

    // A flow cannot end at a start event: the shape is outlined red and the reason shows before the drop.
    await dragFlowOnto(page, gateway, canvasNode(page, 'Start event'), async () => {
      await page.locator('.fw-connect-target.fw-refused').waitFor();
      await expect
        .poll(() => notice(page).textContent())
        .toMatch(/^A start event begins cases and takes no flow in\.$/);
      await screenshot(page, 'connect-drop-refused');
    });
    await expect.poll(() => highlight(page).count()).toBe(0);
    expect(await edgeCount(page)).toBe(3);
    expect(await notice(page).textContent()).toMatch(/start event/);

    // Dropping on a shape already joined says so too.
    await dragFlowOnto(page, check, ship);
    await expect.poll(() => notice(page).textContent()).toBe("'Check order' is already connected to 'Ship order'.");
    expect(await edgeCount(page)).toBe(3);
    expect(errors).toEqual([]);
  });

  it('connects and renames by keyboard only, edits names in place, nudges with arrows and pastes offset', async () => {
    const { page, errors } = await openNewProcess(browser);
    // Set-up with the mouse: a task after the start event, and an end event apart from both.
    await canvasNode(page, 'Start event').click();
    await paletteItem(page, 'User task').click();
    await nameSelected(page, 'Review claim');
    await dropBeside(page, 'End event', canvasNode(page, 'User task: Review claim'), -120, 170);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    expect(await edgeCount(page)).toBe(1);

    // From here on, the keyboard only: find the task, connect it to the end event, name the end event.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('review');
    await page.keyboard.press('Enter');
    await expect.poll(() => properties(page).getByRole('heading').textContent()).toBe('User task');
    await page.keyboard.press('c');
    const picker = page.getByRole('dialog', { name: "Connect 'Review claim' to…" });
    await picker.waitFor();
    await page.keyboard.type('end');
    await expect.poll(() => picker.getByRole('option').first().textContent()).toMatch(/^End event/);
    await highlight(page).waitFor();
    await screenshot(page, 'connect-keyboard-picker');
    await page.keyboard.press('Enter');
    await expect.poll(() => edgeCount(page)).toBe(2);
    await picker.waitFor({ state: 'detached' });
    await page.getByRole('group', { name: 'Flow from Review claim to End event' }).waitFor({ state: 'attached' });

    // The end event now has the focus, with a ring apart from the selection's glow.
    const end = canvasNode(page, 'End event');
    await expect
      .poll(() => end.evaluate((el) => el === document.activeElement && el.matches(':focus-visible')))
      .toBe(true);
    expect(await end.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
    await screenshot(page, 'keyboard-focus-ring');

    // F2 edits the name over the shape; Enter keeps it, Escape does not, and Undo takes it back.
    await page.keyboard.press('F2');
    await expect.poll(() => labelEditor(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Claim settled');
    await screenshot(page, 'label-edit-in-place');
    await page.keyboard.press('Enter');
    await canvasNode(page, 'End event: Claim settled').waitFor();
    await expect.poll(() => labelEditor(page).count()).toBe(0);
    await page.keyboard.press('F2');
    await page.keyboard.type('Not this');
    await page.keyboard.press('Escape');
    await expect.poll(() => labelEditor(page).count()).toBe(0);
    expect(await canvasNode(page, 'End event: Claim settled').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await canvasNode(page, 'End event').waitFor();
    await page.keyboard.press('Control+Shift+z');
    const settled = canvasNode(page, 'End event: Claim settled');
    await settled.waitFor();

    // Tab moves the focus to another shape, Enter selects it, arrows move it: one undo step for the run.
    await settled.focus();
    await page.keyboard.press('Shift+Tab');
    const focused = page.locator('.react-flow__node:focus-visible');
    await expect.poll(() => focused.count()).toBe(1);
    const focusedId = await focused.getAttribute('data-id');
    await page.keyboard.press('Enter');
    const moved = page.locator(`.react-flow__node[data-id="${focusedId}"]`);
    await expect.poll(() => moved.getAttribute('class')).toContain('selected');
    const before = await position(moved);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => position(moved)).toEqual({ x: before.x + 30, y: before.y + 1 });
    await page.keyboard.press('Control+z');
    await expect.poll(() => position(moved)).toEqual(before);

    // Arrows typed in a field stay in the field.
    const review = canvasNode(page, 'User task: Review claim');
    await review.click();
    const reviewAt = await position(review);
    await properties(page).getByRole('textbox', { name: 'Name' }).press('ArrowLeft');
    await page.waitForTimeout(200);
    expect(await position(review)).toEqual(reviewAt);

    // Double-click also edits in place; leaving the field keeps the name.
    await review.dblclick();
    await expect.poll(() => labelEditor(page).inputValue()).toBe('Review claim');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Assess claim');
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    const assess = canvasNode(page, 'User task: Assess claim');
    await assess.waitFor();

    // A flow's name is edited in place too, at its middle.
    await page.getByRole('group', { name: 'Flow from Assess claim to Claim settled' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => properties(page).getByRole('heading').textContent()).toBe('Sequence flow');
    await page.keyboard.press('F2');
    await labelEditor(page).waitFor();
    await page.keyboard.type('Settled');
    await page.keyboard.press('Enter');
    await page.locator('.fw-flow-name', { hasText: 'Settled' }).waitFor();

    // Copies land offset from the original, each further paste a step further; flows among them are kept.
    await assess.click();
    await settled.click({ modifiers: ['Control'] });
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => nodeCount(page)).toBe(5);
    expect(await edgeCount(page)).toBe(3);
    await page.keyboard.press('Control+v');
    await expect.poll(() => nodeCount(page)).toBe(7);
    expect(await edgeCount(page)).toBe(4);
    const original = await position(assess.nth(0));
    expect(await position(assess.nth(1))).toEqual({ x: original.x + 40, y: original.y + 40 });
    expect(await position(assess.nth(2))).toEqual({ x: original.x + 80, y: original.y + 80 });
    await screenshot(page, 'paste-offset');
    expect(errors).toEqual([]);
  });
});
