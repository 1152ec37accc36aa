import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { expect, inject } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = 'test/output/screenshots';

/** Launches Debian's Chromium headless with the flags this network needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `Chromium not found at ${chromiumPath}; install it (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Opens the served app in a fresh 1280x800 page with its own storage; page errors fail the test. */
export async function openApp(browser: Browser, path = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  context.setDefaultTimeout(60_000); // a loaded 2-core machine can take long to draw; speed is benchmarked elsewhere
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(inject('baseUrl') + path);
  return { page, errors };
}

/** Waits until the canvas view has stopped moving (fits and zooms glide over 200 ms, longer on a busy machine). */
export async function viewSettled(page: Page): Promise<void> {
  // Every canvas on the page (none on a report page), read together.
  const transform = () =>
    page.locator('.react-flow__viewport').evaluateAll((els) => els.map((el) => getComputedStyle(el).transform).join());
  let last = '';
  await expect
    .poll(
      async () => {
        const [before, now] = [last, await transform()];
        last = now;
        return before === now;
      },
      { timeout: 15_000, interval: 150 },
    )
    .toBe(true);
}

/** Saves a screenshot under test/output/screenshots for people to look at, once the canvas has stopped moving. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await viewSettled(page);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png` });
}
