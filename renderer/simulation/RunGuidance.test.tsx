// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../store/editorStore';
import { reviewMap } from '../store/testMaps';
import { RunGuidance } from './RunGuidance';
import { runGuidance } from './runGuidance';
import { testRoot } from './testRoot';

const ui = testRoot();
const editor = () => useEditor.getState();
const button = (name: string) => [...ui.host.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;

beforeEach(() => {
  editor().open('p', reviewMap());
});

describe('RunGuidance', () => {
  it('selects the task an item names, and clears the selection for the map’s own settings', () => {
    const items = runGuidance(editor().model!, { records: false, recordArrivals: false });
    act(() => ui.root.render(<RunGuidance items={items} />));
    expect(ui.host.querySelector('[aria-label="Before you run"]')).not.toBeNull();
    act(() => button('Select the task')!.click());
    expect(editor().selection).toEqual(['review']);
    act(() => button('Open the resource pools')!.click());
    expect(editor().selection).toEqual([]);
  });

  it('shows nothing when there is nothing to say', () => {
    act(() => ui.root.render(<RunGuidance items={[]} />));
    expect(ui.host.innerHTML).toBe('');
  });
});
