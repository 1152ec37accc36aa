import { describe, expect, it } from 'vitest';
import { fitOnScreen, windowState, type Rect, type WindowSnapshot } from './windowState';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 870 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };
const minSize = { width: 960, height: 600 };

function fakes(saved: string | null, displays: Rect[] = [laptop], files: string[] = []) {
  const writes: string[] = [];
  const state = windowState({
    store: { load: async () => saved, save: async (text) => void writes.push(text) },
    screen: { workAreas: () => displays, primaryWorkArea: () => displays[0] },
    exists: async (path) => files.includes(path),
    minSize,
  });
  const lastSaved = () => JSON.parse(writes.at(-1)!).windows as WindowSnapshot[];
  return { state, writes, lastSaved };
}

const snapshot = (path: string | null, x = 100): WindowSnapshot => ({
  bounds: { x, y: 80, width: 1200, height: 760 },
  maximized: false,
  path,
});

describe('window position on screen', () => {
  it('keeps a window where it was while its display is there', () => {
    const bounds = { x: 2000, y: 100, width: 1300, height: 900 };
    expect(fitOnScreen(bounds, [laptop, monitorRight], laptop, minSize)).toEqual(bounds);
  });

  it('brings a window left on a display that is gone back to the primary one, centred', () => {
    const onGoneMonitor = { x: 2000, y: 100, width: 1300, height: 900 };
    expect(fitOnScreen(onGoneMonitor, [laptop], laptop, minSize)).toEqual({ x: 70, y: 0, width: 1300, height: 870 });
    // Above every display: the title bar could not be reached to drag it back.
    const above = { x: 100, y: -900, width: 1200, height: 800 };
    expect(fitOnScreen(above, [laptop], laptop, minSize)).toEqual({ x: 120, y: 35, width: 1200, height: 800 });
  });

  it('pulls a window that hangs off its display’s edge back in, and never makes it larger than the display', () => {
    const hanging = { x: 1000, y: 500, width: 1200, height: 800 };
    expect(fitOnScreen(hanging, [laptop], laptop, minSize)).toEqual({ x: 240, y: 70, width: 1200, height: 800 });
    const huge = { x: 0, y: 0, width: 5000, height: 3000 };
    expect(fitOnScreen(huge, [laptop], laptop, minSize)).toEqual(laptop);
    const tiny = { x: 10, y: 10, width: 200, height: 100 };
    expect(fitOnScreen(tiny, [laptop], laptop, minSize)).toMatchObject({ width: 960, height: 600 });
  });
});

describe('window state between runs', () => {
  it('opens one window per document still on disk, skipping missing ones, with size and maximised kept', async () => {
    const saved = JSON.stringify({
      windows: [
        { ...snapshot('/maps/a.flow.json'), maximized: true },
        snapshot('/maps/gone.bpmn'),
        snapshot('/maps/b.bpmn', 3000),
      ],
    });
    const { state } = fakes(saved, [laptop], ['/maps/a.flow.json', '/maps/b.bpmn']);
    const restored = await state.restore();
    expect(restored.map((w) => [w.path, w.maximized])).toEqual([
      ['/maps/a.flow.json', true],
      ['/maps/b.bpmn', false],
    ]);
    expect(restored[0].bounds).toEqual(snapshot(null).bounds);
    // b's window stood on a monitor that is no longer there.
    expect(restored[1].bounds.x).toBeLessThan(laptop.width);
  });

  it('opens one window where the last stood when no document is left, and nothing special on a first start', async () => {
    const saved = JSON.stringify({ windows: [snapshot('/maps/gone.bpmn', 200)] });
    expect(await fakes(saved).state.restore()).toEqual([snapshot(null, 200)]);
    expect(await fakes(null).state.restore()).toEqual([]);
    expect(await fakes('{ not json').state.restore()).toEqual([]);
    expect(await fakes(JSON.stringify({ windows: [{ bounds: 'left' }] })).state.restore()).toEqual([]);
  });

  it('keeps one window of workspace maps beside the documents', async () => {
    const saved = JSON.stringify({ windows: [snapshot(null, 10), snapshot(null, 20), snapshot('/a.flow.json')] });
    const restored = await fakes(saved, [laptop], ['/a.flow.json']).state.restore();
    expect(restored.map((w) => [w.path, w.bounds.x])).toEqual([
      [null, 10],
      ['/a.flow.json', 100],
    ]);
  });

  it('forgets a window closed while others stay open, and keeps the last one closed', async () => {
    const { state, lastSaved } = fakes(null);
    state.update(1, snapshot('/a.flow.json'));
    state.update(2, snapshot('/b.flow.json', 200));
    await state.closed(1);
    expect(lastSaved().map((w) => w.path)).toEqual(['/b.flow.json']);
    state.update(2, { ...snapshot('/b.flow.json', 250), maximized: true });
    await state.closed(2);
    expect(lastSaved()).toEqual([{ ...snapshot('/b.flow.json', 250), maximized: true }]);
  });

  it('keeps every window of a quit, in the order they were opened', async () => {
    const { state, lastSaved } = fakes(null);
    state.update(1, snapshot('/a.flow.json'));
    state.update(2, snapshot(null));
    state.update(3, snapshot('/c.bpmn'));
    state.quitting();
    await state.closed(2);
    await state.closed(1);
    await state.closed(3);
    expect(lastSaved().map((w) => w.path)).toEqual(['/a.flow.json', null, '/c.bpmn']);
  });

  it('lets the app wait for the last write before it exits', async () => {
    let finish = () => {};
    const written: string[] = [];
    const state = windowState({
      store: {
        load: async () => null,
        save: (text) => new Promise<void>((resolve) => (finish = () => resolve(void written.push(text)))),
      },
      screen: { workAreas: () => [laptop], primaryWorkArea: () => laptop },
      exists: async () => true,
      minSize,
    });
    state.update(1, snapshot('/a.flow.json'));
    void state.closed(1);
    let flushed = false;
    const flushing = state.flush().then(() => (flushed = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(flushed).toBe(false);
    finish();
    await flushing;
    expect(written).toHaveLength(1);
  });
});
