// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../store/editorStore';
import { reviewMap } from '../store/testMaps';
import { PropertiesPanel } from './PropertiesPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const editor = () => useEditor.getState();

beforeEach(() => {
  editor().open('p', reviewMap());
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  act(() => root.render(<PropertiesPanel />));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** The form control whose label (or aria-label) is the given text. */
function field(name: string): HTMLInputElement & HTMLSelectElement {
  const byAria = host.querySelector(`[aria-label="${name}"]`);
  if (byAria) return byAria as HTMLInputElement & HTMLSelectElement;
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === name);
  if (!label) throw new Error(`no field "${name}"`);
  return document.getElementById(label.htmlFor) as HTMLInputElement & HTMLSelectElement;
}

/** Types like a user: React hears the native input event. */
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const press = (el: HTMLElement, key: string) =>
  act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
const choose = (select: HTMLSelectElement, value: string) =>
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('properties panel', () => {
  it('shows the process with nothing selected and the element once one is', () => {
    expect(host.querySelector('h2')?.textContent).toBe('Process');
    expect(field('Name').value).toBe('');
    act(() => editor().select(['review']));
    expect(host.querySelector('h2')?.textContent).toBe('User task');
    expect(field('Name').value).toBe('Review');
    expect(field('Lane').value).toBe('clerks');
  });

  it('commits a text edit once, on Enter, and reverts it on Escape', () => {
    act(() => editor().select(['review']));
    const name = field('Name');
    type(name, 'Revie');
    type(name, 'Review claim');
    expect(editor().model!.nodes[1].name).toBe('Review');
    press(name, 'Enter');
    expect(editor().model!.nodes[1].name).toBe('Review claim');
    expect(editor().history.undoStack).toHaveLength(1);
    type(name, 'Oops');
    press(name, 'Escape');
    expect(name.value).toBe('Review claim');
    expect(editor().history.undoStack).toHaveLength(1);
  });

  it('stores durations in seconds whatever unit they are entered in', () => {
    act(() => editor().select(['review']));
    choose(field('Duration distribution'), 'fixed');
    choose(field('Duration unit'), 'hours');
    const duration = field('Duration (hours)');
    type(duration, '1.5');
    press(duration, 'Enter');
    expect(editor().model!.nodes[1].sim?.duration).toEqual({ type: 'fixed', value: 5400 });
  });

  it('offers the default flag for a flow and labels every control', () => {
    act(() => editor().select(['f2']));
    expect(host.querySelector('h2')?.textContent).toBe('Sequence flow');
    const controls = [...host.querySelectorAll('input, select, textarea')] as HTMLElement[];
    for (const control of controls) {
      const labelled =
        control.getAttribute('aria-label') ||
        [...host.querySelectorAll('label')].find((l) => l.htmlFor === control.id)?.textContent;
      expect(labelled, control.outerHTML).toBeTruthy();
    }
    act(() => field('Default flow').click());
    expect(editor().model!.flows[1].default).toBe(true);
  });
});
