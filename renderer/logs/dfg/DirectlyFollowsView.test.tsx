// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { readXesText } from '../../../shared/io/eventLog';
import { discoverMap } from '../../../shared/io/eventLog/discoverMap';
import type { EventLog } from '../../../shared/log/eventLog';
import type { Platform } from '../../platform/platform';
import { testRoot } from '../../simulation/testRoot';
import { createTestEditor, createTestRepository } from '../../workspace/testSupport';
import { createWorkspace } from '../../workspace/workspace';
import { WorkspaceProvider } from '../../workspace/workspaceHooks';
import { DirectlyFollowsView } from './DirectlyFollowsView';

import runningExampleXes from '../../../test/fixtures/logs/xes/running-example.xes?raw';

const runningExample = readXesText(runningExampleXes);
const minute = 60_000;

/**
 * The running example with start times: "decide" always takes 30 min, the n-th "check ticket" n² min (1, 4, …, 81:
 * mean 31.7 min, median 25 min). Its own log has none.
 */
function withDurations(): EventLog {
  const log = structuredClone(runningExample);
  let checks = 0;
  for (const entry of log.cases)
    for (const event of entry.events) {
      if (event.activity === 'decide') event.start = event.timestamp! - 30 * minute;
      if (event.activity === 'check ticket') event.start = event.timestamp! - (++checks) ** 2 * minute;
    }
  return log;
}
const ui = testRoot();

const platform: Platform = {
  kind: 'browser',
  openFile: async () => null,
  saveFile: async () => true,
  saveBytes: async () => true,
  onMenuAction: () => () => {},
};

function render(log: EventLog, logName = 'running-example.xes') {
  const editor = createTestEditor();
  const { repository } = createTestRepository();
  const workspace = createWorkspace({ repository, editor, platform, channel: null });
  act(() =>
    ui.root.render(
      <WorkspaceProvider workspace={workspace}>
        <DirectlyFollowsView log={log} logName={logName} />
      </WorkspaceProvider>,
    ),
  );
  return { editor, workspace };
}

/** The boxes drawn, by name with the value they show. */
const boxes = () =>
  Object.fromEntries(
    [...ui.host.querySelectorAll('.dfg-activity')].map((g) => [
      g.getAttribute('data-name'),
      g.querySelector('.dfg-activity-value')?.textContent,
    ]),
  );
const boxCount = () => ui.host.querySelectorAll('.dfg-activity').length;
const arrowLabel = (from: string, to: string) =>
  ui.host.querySelector(`.dfg-edge[data-from="${from}"][data-to="${to}"] .dfg-edge-label`)?.textContent;
/**
 * Waits until `read` gives what `expected` accepts, inside act() windows so that the layout finishing (ELK is
 * asynchronous) updates the view as React expects in tests.
 */
async function until<T>(read: () => T, expected: (value: T) => boolean): Promise<T> {
  for (let waited = 0; waited < 60_000; waited += 20) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    if (expected(read())) return read();
  }
  throw new Error(`still ${String(read())}`);
}

const status = () => ui.host.querySelector('.dfg-status')?.textContent;

function setInput(label: string, value: string): void {
  const input = ui.host.querySelector<HTMLInputElement | HTMLSelectElement>(`[aria-label="${label}"]`)!;
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  act(() => input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true })));
}

/** Opens the Filters section, whose fields are drawn only once it is open. */
function openFilters(): void {
  const details = ui.host.querySelector<HTMLDetailsElement>('details.dfg-filters')!;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}

const labelled = (text: string) =>
  [...ui.host.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text))!.querySelector('input')!;

describe('the process map of a log', () => {
  it('draws a box per activity with its count, arrows with theirs, and the start and end', async () => {
    render(runningExample);
    await until(boxCount, (n) => n === 8);
    // Counts from a plain reading of the file: decide runs 9 times, register request once per case.
    expect(boxes()).toMatchObject({ 'register request': '6', decide: '9', 'reject request': '3' });
    expect(ui.host.querySelectorAll('.dfg-start, .dfg-end')).toHaveLength(2);
    expect(arrowLabel('', 'register request')).toBe('6');
    expect(arrowLabel('decide', 'reject request')).toBe('3');
    expect(status()).toBe('All 6 cases.');
  });

  it('shows mean or median durations and waits in the performance view', async () => {
    render(withDurations());
    await until(boxCount, (n) => n === 8);
    act(() => labelled('Performance').click());
    await until(
      () => boxes()['check ticket'],
      (v) => v === '31.7 min',
    );
    expect(boxes()).toMatchObject({ decide: '30 min', 'register request': '–' });
    // Waits: from the end of one activity to the start (or the time) of the next.
    expect(arrowLabel('decide', 'reject request')).toMatch(/^[\d.]+ (s|min|h|d)$/);
    setInput('Duration statistic', 'median');
    await until(
      () => boxes()['check ticket'],
      (v) => v === '25 min',
    );
    expect(boxes().decide).toBe('30 min');
  });

  it('shows fewer activities and paths as the sliders move down', async () => {
    render(runningExample);
    await until(boxCount, (n) => n === 8);
    const arrows = () => ui.host.querySelectorAll('.dfg-edge').length;
    const before = arrows();
    setInput('Share of paths shown', '0');
    await until(arrows, (n) => n < before);
    setInput('Share of activities shown', '25');
    await until(boxCount, (n) => n === 2);
    expect(Object.keys(boxes()).sort()).toEqual(['check ticket', 'decide']);
  });

  it('filters the cases the map is drawn from', async () => {
    render(runningExample);
    await until(boxCount, (n) => n === 8);
    expect(ui.host.querySelector('[aria-label="Activity"]')).toBeNull();
    openFilters();
    setInput('Activity', 'reject request');
    expect(status()).toMatch(/^3 of 6 cases match the filters\./);
    await until(
      () => boxes()['pay compensation'],
      (v) => v === undefined,
    );
    expect(boxes()['reject request']).toBe('3');
    setInput('Cases with or without the activity', 'without');
    await until(
      () => boxes()['reject request'],
      (v) => v === undefined,
    );
    expect(boxes()['pay compensation']).toBe('3');
    act(() => [...ui.host.querySelectorAll('button')].find((b) => b.textContent === 'Clear filters')!.click());
    await until(boxCount, (n) => n === 8);
    // Cases 4, 5 and 6 start on 6 January 2011, the others on 30 December 2010.
    setInput('From day', '2011-01-06');
    setInput('Which cases of the time frame', 'started');
    expect(status()).toMatch(/^3 of 6 cases match the filters\./);
    setInput('Which cases of the time frame', 'intersecting');
    expect(status()).toMatch(/^All 6 cases\./);
  });

  it('keeps only the ticked variants and the chosen attribute values', async () => {
    render(runningExample);
    await until(boxCount, (n) => n === 8);
    openFilters();
    const variants = ui.host.querySelectorAll<HTMLInputElement>('[aria-label="Variants"] input');
    expect(variants).toHaveLength(6);
    act(() => variants[0].click());
    expect(status()).toMatch(/^1 of 6 cases match the filters\./);
    act(() => variants[0].click());
    setInput('Attribute', 'event:org:resource');
    // Picked, nothing ticked yet: every case is still shown.
    expect(status()).toMatch(/^All 6 cases\./);
    act(() => labelled('Sue').click());
    expect(status()).toMatch(/^2 of 6 cases match the filters\./);
  });

  it('moves and zooms the map with the keyboard and the buttons', async () => {
    render(runningExample);
    await until(boxCount, (n) => n === 8);
    const svg = ui.host.querySelector('svg.dfg-svg')!;
    const transform = () => svg.querySelector(':scope > g')!.getAttribute('transform');
    expect(transform()).toBe('translate(0,0) scale(1)');
    act(() => svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(transform()).toBe('translate(0,-40) scale(1)');
    act(() => ui.host.querySelector<HTMLButtonElement>('[aria-label="Zoom out"]')!.click());
    expect(transform()).toMatch(/scale\(0\.8\)$/);
    act(() => [...ui.host.querySelectorAll('button')].find((b) => b.textContent === 'Whole map')!.click());
    // jsdom lays nothing out (the frame has no size): the whole map is then shown at its natural size.
    expect(transform()).toBe('translate(0,0) scale(1)');
  });

  it('writes names as text, never as markup', async () => {
    const log = structuredClone(runningExample);
    log.cases[0].events[0].activity = '<img src=x onerror=alert(1)>';
    render(log);
    await until(boxCount, (n) => n === 9);
    expect(ui.host.querySelector('img')).toBeNull();
    expect(ui.host.textContent).toContain('<img src=x');
  });
});

describe('discovering a map from the log', () => {
  it('adds the discovered map as a new process and opens it', async () => {
    const { editor, workspace } = render(runningExample);
    await until(boxCount, (n) => n === 8);
    setInput('Noise filter', '0');
    const discover = [...ui.host.querySelectorAll('button')].find((b) => b.textContent === 'Discover process map')!;
    await act(async () => discover.click());
    await until(
      () => editor.getState().model?.name,
      (name) => name === 'running-example (discovered)',
    );
    const model = editor.getState().model!;
    const tasks = model.nodes.filter((n) => n.type === 'task').map((n) => n.name);
    expect(tasks.sort()).toEqual(
      [...new Set(runningExample.cases.flatMap((c) => c.events.map((e) => e.activity)))].sort(),
    );
    expect(model.nodes.some((n) => n.type === 'exclusiveGateway')).toBe(true);
    // Measured from the log: cases arrive as they did, not as the bare discovered map says.
    const bare = await discoverMap(runningExample, { noise: 0, name: 'bare' });
    expect(model.simulation.arrivals).not.toEqual(bare.simulation.arrivals);
    expect(workspace.view.getState().panel).toBeNull();
    expect(workspace.view.getState().processes.map((p) => p.name)).toContain('running-example (discovered)');
  });

  it('leaves the times alone when asked to', async () => {
    const { editor } = render(runningExample);
    await until(boxCount, (n) => n === 8);
    act(() => labelled('Take arrivals').click());
    const discover = [...ui.host.querySelectorAll('button')].find((b) => b.textContent === 'Discover process map')!;
    await act(async () => discover.click());
    await until(
      () => editor.getState().model?.name,
      (name) => name === 'running-example (discovered)',
    );
    const bare = await discoverMap(runningExample, { noise: 0.2, name: 'bare' });
    expect(editor.getState().model!.simulation.arrivals).toEqual(bare.simulation.arrivals);
  });
});
