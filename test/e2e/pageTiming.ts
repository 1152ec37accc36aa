import type { Page } from 'playwright-core';

// The page scripts are strings, not functions: tsx (which runs the benchmarks) adds a name-keeping helper to
// functions that does not exist inside the page.

/** Measures, inside the page, the time from the click on Cancel to the panel saying the run was cancelled. */
export async function timeCancel(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(`(() => {
    const times = { clicked: 0, shown: 0 };
    window.cancelTimes = times;
    document.addEventListener('click', () => (times.clicked ||= performance.now()), { capture: true });
    new MutationObserver(() => {
      if (!times.shown && document.querySelector('.sim-status')?.textContent?.startsWith('Cancelled'))
        times.shown = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  return () => page.evaluate<number>('window.cancelTimes.shown - window.cancelTimes.clicked');
}

/** The longest gap between animation frames over `ms`: how long the page's main thread was ever busy. */
export function longestFrameGap(page: Page, ms: number): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    let longest = 0;
    const frame = (now) => {
      longest = Math.max(longest, now - last);
      last = now;
      if (now - start < ${Number(ms)}) requestAnimationFrame(frame);
      else resolve(longest);
    };
    requestAnimationFrame(frame);
  })`);
}
