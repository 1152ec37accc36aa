// @vitest-environment jsdom
import { act, useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcessModel } from '../../shared/model/schema';
import { useEditor } from '../store/editorStore';
import { reviewMap } from '../store/testMaps';
import { createDrawingGuard } from './drawingGuard';
import { RecoveryBoundary } from './RecoveryBoundary';
import { RecoveryContext, type Recovery } from './recoveryContext';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const hostileName = '<img src=x onerror="window.__pwned=1"> Orders';
let root: Root;
let host: HTMLElement;
let recovery: Recovery & { downloaded: ProcessModel[]; listShown: number };

/** Throws while rendering as long as `broken.now` is true. */
const broken = { now: true, message: 'artifacts.filter is not a function' };
function Fragile() {
  if (broken.now) throw new TypeError(broken.message);
  return <p>Drawn</p>;
}

function render(node: ReactNode) {
  act(() => root.render(<RecoveryContext.Provider value={recovery}>{node}</RecoveryContext.Provider>));
}
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
const click = (name: string) => act(() => button(name)!.click());

beforeEach(() => {
  broken.now = true;
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports each caught error there
  useEditor.getState().open('p1', { ...reviewMap(), name: hostileName });
  const state = { downloaded: [] as ProcessModel[], listShown: 0 };
  recovery = Object.assign(state, {
    guard: createDrawingGuard(null),
    openAnotherMap: () => void state.listShown++,
    downloadMap: (model: ProcessModel) => void state.downloaded.push(model),
  });
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

describe('RecoveryBoundary', () => {
  it('shows what failed in plain words in place of the part, with the map name as text', () => {
    const onFailure = vi.fn();
    const onShown = vi.fn();
    render(
      <RecoveryBoundary what="The map could not be drawn" onFailure={onFailure} onShown={onShown}>
        <Fragile />
      </RecoveryBoundary>,
    );
    expect(host.querySelector('h2')!.textContent).toBe('The map could not be drawn');
    expect(host.textContent).toContain(`“${hostileName}” is still in your workspace`);
    expect(host.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ message: broken.message }));
    expect(onShown).not.toHaveBeenCalled();
  });

  it('offers another map, a download of this one, and the details of the error for a report', () => {
    render(
      <RecoveryBoundary what="The map could not be drawn">
        <Fragile />
      </RecoveryBoundary>,
    );
    click('Open another map');
    expect(recovery.listShown).toBe(1);
    click('Download this map (.flow.json)');
    expect(recovery.downloaded.map((m) => m.name)).toEqual([hostileName]);
    const details = host.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('Details for a report');
    const report = details.querySelector('pre')!.textContent!;
    expect(report).toContain('The map could not be drawn');
    expect(report).toContain(`Map: ${hostileName}`);
    expect(report).toContain(`TypeError: ${broken.message}`);
    expect(report).toContain('at Fragile'); // the stack
    expect(report).toContain('Views:'); // and where in the views it failed
  });

  it('copies the details to the clipboard, or selects them where there is none', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <RecoveryBoundary what="The properties could not be shown">
        <Fragile />
      </RecoveryBoundary>,
    );
    await act(async () => button('Copy details')!.click());
    expect(writeText).toHaveBeenCalledWith(host.querySelector('pre')!.textContent);
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Copied.');

    writeText.mockRejectedValueOnce(new Error('denied'));
    await act(async () => button('Copy details')!.click());
    expect(window.getSelection()!.toString()).toContain(broken.message);
    expect(host.querySelector('[role="status"]')!.textContent).toMatch(/^Selected/);
  });

  it('shows the part again on "Try again" once it no longer fails, and reports it shown', () => {
    const onShown = vi.fn();
    render(
      <RecoveryBoundary what="The map could not be drawn" onShown={onShown}>
        <Fragile />
      </RecoveryBoundary>,
    );
    click('Try again');
    expect(host.querySelector('h2')!.textContent).toBe('The map could not be drawn'); // still failing
    broken.now = false;
    click('Try again');
    expect(host.textContent).toBe('Drawn');
    expect(onShown).toHaveBeenCalledTimes(1);
  });

  it('starts afresh when its reset key changes (another map), and puts the notice in the given frame', () => {
    const frame = (notice: ReactNode) => <aside aria-label="History">{notice}</aside>;
    render(
      <RecoveryBoundary what="The history could not be shown" resetKey="p1" frame={frame}>
        <Fragile />
      </RecoveryBoundary>,
    );
    expect(host.querySelector('aside[aria-label="History"] h2')!.textContent).toBe('The history could not be shown');
    broken.now = false;
    render(
      <RecoveryBoundary what="The history could not be shown" resetKey="p2" frame={frame}>
        <Fragile />
      </RecoveryBoundary>,
    );
    expect(host.textContent).toBe('Drawn');
  });

  it('turns anything thrown into a message, and leaves out "Open another map" where the list itself failed', () => {
    function ThrowsText(): ReactNode {
      throw 'plain text thrown';
    }
    render(
      <RecoveryBoundary what="The processes could not be shown" offerOtherMaps={false}>
        <ThrowsText />
      </RecoveryBoundary>,
    );
    expect(host.querySelector('pre')!.textContent).toContain('Error: plain text thrown');
    expect(button('Open another map')).toBeNull();
    expect(button('Try again')).not.toBeNull();
  });

  it('offers no download when no map is open', () => {
    act(() => useEditor.getState().close());
    render(
      <RecoveryBoundary what="Flowwright stopped working">
        <Fragile />
      </RecoveryBoundary>,
    );
    expect(button('Download this map (.flow.json)')).toBeNull();
    expect(host.textContent).toContain('The rest of Flowwright still works.');
  });

  it('keeps the state of content that did not fail when its reset key changes', () => {
    broken.now = false;
    let mounts = 0;
    function Counted() {
      useEffect(() => void mounts++, []);
      return <Fragile />;
    }
    render(
      <RecoveryBoundary what="The simulation could not be shown" resetKey="p1">
        <Counted />
      </RecoveryBoundary>,
    );
    render(
      <RecoveryBoundary what="The simulation could not be shown" resetKey="p2">
        <Counted />
      </RecoveryBoundary>,
    );
    expect(mounts).toBe(1);
  });

  it('does not claim the rest still works when the whole window failed', () => {
    render(
      <RecoveryBoundary what="Flowwright stopped working" wholeWindow>
        <Fragile />
      </RecoveryBoundary>,
    );
    expect(host.querySelector('p')!.textContent).toBe(
      `“${hostileName}” is still in your workspace. Flowwright starts again without opening it.`,
    );
  });
});
