// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../../store/editorStore';
import { reviewMap } from '../../store/testMaps';
import { PropertiesPanel } from '../PropertiesPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const editor = () => useEditor.getState();
const node = (id: string) => editor().model!.nodes.find((n) => n.id === id)!;

beforeEach(() => {
  const model = reviewMap();
  model.data.fields = [
    { name: 'amount', type: 'number', validation: 'amount > 0' },
    { name: 'costCenter', type: 'text' },
  ];
  model.nodes.push({
    id: 'fails',
    type: 'boundaryEvent',
    eventType: 'error',
    attachedTo: 'review',
    name: 'Rejected',
    x: 0,
    y: 0,
  });
  editor().open('p', model);
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  act(() => root.render(<PropertiesPanel />));
  act(() => editor().select(['review']));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function labelled(text: string): HTMLInputElement {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === text);
  if (!label) throw new Error(`no field "${text}"`);
  return document.getElementById(label.htmlFor) as HTMLInputElement;
}

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
}

describe('data checks of a task', () => {
  it('ticks required fields among the map fields, in order, one undo step each', () => {
    act(() => labelled('costCenter').click());
    act(() => labelled('amount').click());
    expect(node('review').requiredFields).toEqual(['costCenter', 'amount']);
    expect(host.textContent).toContain('Rule for amount');
    act(() => labelled('costCenter').click());
    expect(node('review').requiredFields).toEqual(['amount']);
    act(() => labelled('amount').click());
    expect(node('review').requiredFields).toBeUndefined();
    act(() => editor().undo());
    expect(node('review').requiredFields).toEqual(['amount']);
    expect(labelled('amount').checked).toBe(true);
  });

  it('keeps a required name that is not a field of the map, to be unticked', () => {
    const model = editor().model!;
    act(() =>
      editor().replaceModel(
        { ...model, nodes: model.nodes.map((n) => (n.id === 'review' ? { ...n, requiredFields: ['iban'] } : n)) },
        'test',
      ),
    );
    act(() => labelled('iban (not a field of the map)').click());
    expect(node('review').requiredFields).toBeUndefined();
  });

  it('sets the attached error event’s probability in percent from the task, undoably', () => {
    type(labelled('Error probability (%): Rejected'), '5');
    expect(node('fails').sim?.probability).toBeCloseTo(0.05);
    type(labelled('Error probability (%): Rejected'), '250');
    expect(node('fails').sim?.probability).toBe(1);
    act(() => editor().undo());
    expect(node('fails').sim?.probability).toBeCloseTo(0.05);
  });
});
