// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testLog, testMap } from '../../shared/log/conformance/testMaps';
import { testRoot } from '../simulation/testRoot';
import { ConformanceBadge } from './conformance/ConformanceBadge';
import { useConformanceCheck } from './conformance/conformanceCheck';
import { useConformanceOverlay } from './conformance/conformanceOverlay';
import { ConformanceView } from './ConformanceView';

const revealed = vi.hoisted(() => [] as string[]);
vi.mock('../canvas/revealElement', () => ({ revealElement: (id: string) => revealed.push(id) }));

const model = testMap(
  [
    ['s', 'startEvent', 'Order received'],
    ['a', 'task', 'Check order'],
    ['b', 'task', 'Approve order'],
    ['c', 'task', 'Ship goods'],
    ['e', 'endEvent', 'Shipped'],
  ],
  ['s>a', 'a>b', 'b>c', 'c>e'],
);
// Cases 1 and 2 fit; 3 skips the approval; 4 calls the customer, which the map lacks.
const log = testLog([
  ['Check order', 'Approve order', 'Ship goods'],
  ['Check order', 'Approve order', 'Ship goods'],
  ['Check order', 'Ship goods'],
  ['Check order', 'Call customer', 'Approve order', 'Ship goods'],
]);

const ui = testRoot();
beforeEach(() => useConformanceCheck.setState({ check: null }));
const button = (text: string) => [...ui.host.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text))!;

async function check() {
  await act(async () => {
    button('Check the map against this log').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe('the Conformance view', () => {
  it('checks the map against the log: fitness, fitting cases, deviations, unknown activities and cases', async () => {
    act(() => ui.root.render(<ConformanceView model={model} log={log} />));
    expect(ui.host.textContent).toContain('Replays every case of the log');
    await check();
    const figures = [...ui.host.querySelectorAll('.fw-conf-figures dd')].map((dd) => dd.textContent);
    expect(figures[0]).toMatch(/^0\.\d\d$/);
    expect(figures[1]).toBe('2 of 4');
    expect([...ui.host.querySelectorAll('.fw-conf-deviation')].map((b) => b.textContent)).toEqual([
      'Approve order: left over once',
      'Ship goods: missing once',
    ]);
    expect([...ui.host.querySelectorAll('.fw-conf-unknown li')].map((li) => li.textContent)).toEqual(['Call customer']);
    const rows = [...ui.host.querySelectorAll('.fw-conf-table tbody tr')].map((tr) => tr.textContent);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Ship goods: done when the map did not allow it (once)');
    expect(rows[1]).toContain('Call customer: not on the map (once)');
    expect(button('Check again')).toBeDefined();
  });

  it('shows the deviations on the map, hides them on request, and selects a node picked in the list', async () => {
    act(() => ui.root.render(<ConformanceView model={model} log={log} />));
    await check();
    expect(useConformanceOverlay.getState().badges?.get('c')?.text).toBe('1 missing');
    expect(useConformanceOverlay.getState().badges?.get('b')?.text).toBe('1 left over');
    const badge = document.body.appendChild(document.createElement('div'));
    const { createRoot } = await import('react-dom/client');
    const badgeRoot = createRoot(badge);
    act(() => badgeRoot.render(<ConformanceBadge id="c" />));
    expect(badge.querySelector('.fw-deviation-badge')?.getAttribute('title')).toBe(
      'Ship goods: done once when the map did not allow it (missing tokens)',
    );
    act(() => button('Ship goods').click());
    expect(revealed).toEqual(['c']);
    const toggle = ui.host.querySelector<HTMLInputElement>('.fw-conf-onmap input')!;
    act(() => toggle.click());
    expect(useConformanceOverlay.getState().badges).toBeNull();
    expect(badge.querySelector('.fw-deviation-badge')).toBeNull();
    act(() => toggle.click());
    expect(useConformanceOverlay.getState().badges?.size).toBe(2);
    act(() => badgeRoot.unmount());
    badge.remove();
  });

  it('hides the badges when the map changes after the check, and when the view closes', async () => {
    act(() => ui.root.render(<ConformanceView model={model} log={log} />));
    await check();
    expect(useConformanceOverlay.getState().badges).not.toBeNull();
    const edited = { ...model, name: 'Edited' };
    act(() => ui.root.render(<ConformanceView model={edited} log={log} />));
    expect(ui.host.querySelector('.fw-conf-stale')?.textContent).toContain('The map has changed since this check');
    expect(useConformanceOverlay.getState().badges).toBeNull();
    await act(async () => {
      button('Check again').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(useConformanceOverlay.getState().badges).not.toBeNull();
    ui.remount();
    expect(useConformanceOverlay.getState().badges).toBeNull();
    // Opened again (another tab and back), the view shows the same check, and its badges again.
    act(() => ui.root.render(<ConformanceView model={edited} log={log} />));
    expect(button('Check again')).toBeDefined();
    expect(useConformanceOverlay.getState().badges?.size).toBe(2);
    // Another log has no check yet.
    act(() => ui.root.render(<ConformanceView model={edited} log={testLog([['Check order']])} />));
    expect(button('Check the map against this log')).toBeDefined();
    expect(useConformanceOverlay.getState().badges).toBeNull();
  });

  it('checks a large log in slices, every case counted once', async () => {
    const many = testLog(
      Array.from({ length: 4500 }, (_, i) =>
        i % 3 === 0 ? ['Check order', 'Ship goods'] : ['Check order', 'Approve order', 'Ship goods'],
      ),
    );
    act(() => ui.root.render(<ConformanceView model={model} log={many} />));
    // The click's render shows the progress at once; the slices follow on later turns of the event loop.
    act(() => button('Check the map against this log').click());
    expect(ui.host.querySelector('progress')).not.toBeNull();
    expect(button('Checking…').disabled).toBe(true);
    await act(async () => {
      await vi.waitFor(() => expect(useConformanceCheck.getState().check).not.toBeNull(), { timeout: 30_000 });
    });
    const { result } = useConformanceCheck.getState().check!;
    expect(result).toMatchObject({ cases: 4500, fittingCases: 3000 });
    expect(result.deviations).toEqual([
      { nodeId: 'b', name: 'Approve order', missing: 0, remaining: 1500 },
      { nodeId: 'c', name: 'Ship goods', missing: 1500, remaining: 0 },
    ]);
    expect(ui.host.querySelector('progress')).toBeNull();
  });

  it('says so when every case fits', async () => {
    act(() =>
      ui.root.render(<ConformanceView model={model} log={testLog([['Check order', 'Approve order', 'Ship goods']])} />),
    );
    await check();
    expect(ui.host.textContent).toContain('Every case replays on the map');
    expect(ui.host.querySelector('.fw-conf-table')).toBeNull();
  });
});
