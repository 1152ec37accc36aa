// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../store/editorStore';
import { reviewMap } from '../store/testMaps';
import { RunGuidance } from './RunGuidance';
import { runGuidance } from './runGuidance';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const editor = () => useEditor.getState();
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;

beforeEach(() => {
  editor().open('p', reviewMap());
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('RunGuidance', () => {
  it('selects the task an item names, and clears the selection for the map’s own settings', () => {
    const items = runGuidance(editor().model!, { records: false, recordArrivals: false });
    act(() => root.render(<RunGuidance items={items} />));
    expect(host.querySelector('[aria-label="Before you run"]')).not.toBeNull();
    act(() => button('Select the task')!.click());
    expect(editor().selection).toEqual(['review']);
    act(() => button('Open the resource pools')!.click());
    expect(editor().selection).toEqual([]);
  });

  it('shows nothing when there is nothing to say', () => {
    act(() => root.render(<RunGuidance items={[]} />));
    expect(host.innerHTML).toBe('');
  });
});
