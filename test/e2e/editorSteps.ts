import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openApp } from './browser';

/** Opens the app on a fresh workspace and creates a process; resolves when its canvas shows. */
export async function openNewProcess(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(browser);
  await opened.page.getByRole('button', { name: 'New process' }).first().click();
  await opened.page.locator('.react-flow__node').first().waitFor();
  return opened;
}

/** A node on the canvas by its accessible name ("User task", "User task: Review request"). */
export function canvasNode(page: Page, name: string): Locator {
  return page.locator('.react-flow__node').and(page.getByRole('group', { name, exact: true }));
}

export function paletteItem(page: Page, label: string): Locator {
  return page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: label, exact: true });
}

/** Drags a palette item onto the canvas at (x, y) relative to the canvas' top left corner. */
export async function dropFromPalette(page: Page, label: string, x: number, y: number): Promise<void> {
  const before = await page.locator('.react-flow__node').count();
  await paletteItem(page, label).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x, y } });
  await expect.poll(() => page.locator('.react-flow__node').count()).toBe(before + 1);
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the real mouse from the source node's outgoing handle to the target node's incoming handle. */
export async function connectNodes(page: Page, from: Locator, to: Locator): Promise<void> {
  const before = await page.locator('.react-flow__edge').count();
  await from.hover();
  const start = await centre(from.locator('.react-flow__handle.source'));
  const end = await centre(to.locator('.react-flow__handle.target'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(before + 1);
}

/** Drags a node by its middle with the real mouse by (dx, dy) screen pixels. */
export async function dragNode(page: Page, node: Locator, dx: number, dy: number): Promise<void> {
  const from = await centre(node);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 });
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 });
  await page.mouse.up();
}

export const problemsPanel = (page: Page) => page.getByRole('region', { name: 'Problems' });
export const problemCount = (page: Page) => problemsPanel(page).locator('.fw-badge').textContent();
export const problemMessages = (page: Page) => problemsPanel(page).locator('.fw-problem-message').allTextContents();
export const properties = (page: Page) => page.getByRole('complementary', { name: 'Properties' });
export const edgeCount = (page: Page) => page.locator('.react-flow__edge').count();
export const nodeCount = (page: Page) => page.locator('.react-flow__node').count();

/** Empties the new process's canvas (it starts with a start event), so that every element is drawn by the test. */
export async function clearCanvas(page: Page): Promise<void> {
  await canvasNode(page, 'Start event').click();
  await page.keyboard.press('Delete');
  await expect.poll(() => nodeCount(page)).toBe(0);
}

/** Names the selected element through the properties panel. */
export async function nameSelected(page: Page, name: string): Promise<void> {
  const field = properties(page).getByRole('textbox', { name: 'Name' });
  await field.fill(name);
  await field.press('Enter');
}

/** Selects the node and names it through the properties panel. */
export async function nameNode(page: Page, node: Locator, name: string): Promise<void> {
  await node.click();
  await nameSelected(page, name);
}

/**
 * Draws, on an empty canvas, start → 'Amount over 1,000?' → 'Approve' | 'Reject' → end, from the palette, the
 * gateway's branches left without conditions.
 */
export async function drawApproval(page: Page): Promise<void> {
  await clearCanvas(page);
  await dropFromPalette(page, 'Start event', 80, 220);
  await dropFromPalette(page, 'Exclusive gateway', 240, 220);
  await dropFromPalette(page, 'Task', 400, 120);
  await dropFromPalette(page, 'Task', 400, 330);
  await dropFromPalette(page, 'End event', 580, 220);
  const tasks = canvasNode(page, 'Task');
  await connectNodes(page, canvasNode(page, 'Start event'), canvasNode(page, 'Exclusive gateway'));
  await connectNodes(page, canvasNode(page, 'Exclusive gateway'), tasks.nth(0));
  await connectNodes(page, canvasNode(page, 'Exclusive gateway'), tasks.nth(1));
  await connectNodes(page, tasks.nth(0), canvasNode(page, 'End event'));
  await connectNodes(page, tasks.nth(1), canvasNode(page, 'End event'));
  expect(await edgeCount(page)).toBe(5);
  await nameNode(page, canvasNode(page, 'Exclusive gateway'), 'Amount over 1,000?');
  await nameNode(page, tasks.nth(0), 'Approve');
  await nameNode(page, canvasNode(page, 'Task'), 'Reject');
}
