import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { actions } from '../actions/registry';
import { keepLayout, layoutStorageKey, storedLayout, useEditorUi } from '../store/uiStore';
import {
  clampSize,
  collapsePanel,
  initialLayout,
  panelIds,
  panelLimits,
  parseLayout,
  resizePanel,
  serializeLayout,
} from './panelLayout';

describe('panel layout', () => {
  it('starts with every panel expanded at its initial size and the overview map shown', () => {
    const layout = initialLayout();
    for (const id of panelIds) expect(layout.panels[id]).toEqual({ size: panelLimits[id].initial, collapsed: false });
    expect(layout.minimap).toBe(true);
  });

  it('keeps sizes within each panel’s limits, in whole pixels', () => {
    expect(clampSize('properties', 10)).toBe(panelLimits.properties.min);
    expect(clampSize('properties', 5000)).toBe(panelLimits.properties.max);
    expect(clampSize('properties', 333.6)).toBe(334);
    expect(clampSize('properties', Number.NaN)).toBe(panelLimits.properties.initial);
  });

  it('resizing expands a collapsed panel; collapsing keeps the size for when it opens again', () => {
    const collapsed = collapsePanel(resizePanel(initialLayout(), 'simulate', 500), 'simulate', true);
    expect(collapsed.panels.simulate).toEqual({ size: 500, collapsed: true });
    expect(collapsePanel(collapsed, 'simulate', false).panels.simulate).toEqual({ size: 500, collapsed: false });
    expect(resizePanel(collapsed, 'simulate', 420).panels.simulate).toEqual({ size: 420, collapsed: false });
    // The other panels are left as they were.
    expect(collapsed.panels.data).toEqual(initialLayout().panels.data);
  });

  it('reads back what it wrote', () => {
    let layout = resizePanel(initialLayout(), 'properties', 410);
    layout = collapsePanel(layout, 'palette', true);
    layout = { ...layout, minimap: false };
    expect(parseLayout(serializeLayout(layout))).toEqual(layout);
  });

  it('falls back to initial values for a missing, broken or out-of-range stored layout', () => {
    expect(parseLayout(null)).toEqual(initialLayout());
    expect(parseLayout('{not json')).toEqual(initialLayout());
    expect(parseLayout('[1, 2]')).toEqual(initialLayout());
    const read = parseLayout(
      JSON.stringify({
        minimap: 'no',
        panels: { properties: { size: 99999, collapsed: 'yes' }, palette: { size: '200', collapsed: true }, other: {} },
      }),
    );
    expect(read.minimap).toBe(true);
    expect(read.panels.properties).toEqual({ size: panelLimits.properties.max, collapsed: false });
    expect(read.panels.palette).toEqual({ size: panelLimits.palette.initial, collapsed: true });
  });
});

describe('the layout kept across reloads', () => {
  const memoryStorage = () => {
    const entries = new Map<string, string>();
    return {
      getItem: (key: string) => entries.get(key) ?? null,
      setItem: (key: string, value: string) => void entries.set(key, value),
      entries,
    };
  };

  it('writes each change, with the problems toggle as the problems panel’s collapsed state, and reads it back', () => {
    const storage = memoryStorage();
    const store = create(() => useEditorUi.getState()) as unknown as typeof useEditorUi;
    store.setState({ layout: initialLayout(), problemsOpen: true });
    const stop = keepLayout(store, storage);
    store.setState({ layout: resizePanel(store.getState().layout, 'properties', 360) });
    store.setState({ problemsOpen: false });
    store.setState({ helpOpen: true });
    stop();
    store.setState({ layout: collapsePanel(store.getState().layout, 'palette', true) });

    const stored = storedLayout(storage);
    expect(stored.layout.panels.properties.size).toBe(360);
    expect(stored.layout.panels.palette.collapsed).toBe(false);
    expect(stored.problemsOpen).toBe(false);
    expect([...storage.entries.keys()]).toEqual([layoutStorageKey]);
  });

  it('starts with the initial layout when storage is refused', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(storedLayout(refusing)).toEqual({ layout: initialLayout(), problemsOpen: true });
    expect(storedLayout(null)).toEqual({ layout: initialLayout(), problemsOpen: true });
  });
});

describe('panel actions', () => {
  it('collapse and expand the palette, the properties and the open side panel, and hide the overview map', () => {
    const ui = () => useEditorUi.getState();
    ui().set({ layout: initialLayout(), openDrawer: null });
    actions.togglePalette.perform({ ui: ui() } as never);
    actions.toggleProperties.perform({ ui: ui() } as never);
    actions.toggleMinimap.perform({ ui: ui() } as never);
    expect(ui().layout.panels.palette.collapsed).toBe(true);
    expect(ui().layout.panels.properties.collapsed).toBe(true);
    expect(ui().layout.minimap).toBe(false);
    expect(actions.toggleDrawer.enabled({ ui: ui() } as never)).toBe(false);
    ui().set({ openDrawer: 'simulate' });
    actions.toggleDrawer.perform({ ui: ui() } as never);
    expect(ui().layout.panels.simulate.collapsed).toBe(true);
    expect(ui().layout.panels.data.collapsed).toBe(false);
  });

  it('give no two actions the same shortcut', () => {
    const seen = new Map<string, string>();
    for (const action of Object.values(actions))
      for (const shortcut of action.shortcuts) {
        expect(seen.get(shortcut), shortcut).toBeUndefined();
        seen.set(shortcut, action.name);
      }
  });
});
