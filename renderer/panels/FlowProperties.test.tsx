// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FlowNode } from '../../shared/model';
import { useEditor } from '../store/editorStore';
import { problemsOf } from '../store/problems';
import { mapOf } from '../store/testMaps';
import { PropertiesPanel } from './PropertiesPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const editor = () => useEditor.getState();

/** Start → gateway "Amount over 1,000?" → Approve or Reject → End; the gateway's kind is the test's. */
function branchMap(type: FlowNode['type'] = 'exclusiveGateway') {
  return mapOf({
    nodes: [
      { id: 'start', type: 'startEvent', x: 0, y: 0 },
      { id: 'big', type, name: 'Amount over 1,000?', x: 100, y: 0 },
      { id: 'approve', type: 'task', name: 'Approve', x: 200, y: -60 },
      { id: 'reject', type: 'task', name: 'Reject', x: 200, y: 60 },
      { id: 'end', type: 'endEvent', x: 300, y: 0 },
    ],
    flows: [
      { id: 'in', source: 'start', target: 'big' },
      { id: 'yes', source: 'big', target: 'approve' },
      { id: 'no', source: 'big', target: 'reject' },
      { id: 'a-end', source: 'approve', target: 'end' },
      { id: 'r-end', source: 'reject', target: 'end' },
    ],
  });
}

function mount(type?: FlowNode['type']) {
  editor().open('p', branchMap(type));
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  act(() => root.render(<PropertiesPanel />));
}

beforeEach(() => mount());
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function probabilityField(): HTMLInputElement | null {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === 'Probability (%)');
  return label ? (document.getElementById(label.htmlFor) as HTMLInputElement) : null;
}

/** Types a value into the probability field of flow `id` and presses Enter. */
function setPercent(id: string, value: string) {
  act(() => editor().select([id]));
  const input = probabilityField()!;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
}

const probability = (id: string) => editor().model!.flows.find((f) => f.id === id)!.probability;
const sumProblems = () =>
  problemsOf(editor().model)
    .filter((p) => p.code === 'FW_V_PROBABILITY_SUM')
    .map((p) => p.message);
const hint = () => probabilityField()!.closest('fieldset')!.querySelector('.fw-field-hint')!.textContent;

describe('branch probability in the flow properties', () => {
  it('stores percent as a share, one undo entry each, and the sum problem follows', () => {
    setPercent('yes', '60');
    expect(probability('yes')).toBe(0.6);
    expect(hint()).toContain('add up to 60 % (1 of 2 branches have one)');
    setPercent('no', '30');
    expect(probability('no')).toBe(0.3);
    expect(hint()).toContain("The branches of 'Amount over 1,000?' add up to 90 %; they must make 100 %.");
    expect(sumProblems()).toEqual(["The branches of 'Amount over 1,000?' add up to 90 %, not 100 %"]);
    expect(editor().history.undoStack).toHaveLength(2);

    act(() => editor().undo());
    expect(probability('no')).toBeUndefined();
    expect(probabilityField()!.value).toBe('');
    expect(sumProblems()[0]).toMatch(/^Only 1 of the 2 branches of 'Amount over 1,000\?' has a probability \(60 %\)/);
    act(() => editor().redo());
    expect(probability('no')).toBe(0.3);
    expect(probabilityField()!.value).toBe('30');

    setPercent('no', '40');
    expect(probability('no')).toBe(0.4);
    expect(sumProblems()).toEqual([]);
    act(() => editor().undo());
    expect(probability('no')).toBe(0.3);
  });

  it('refuses a percentage above 100 and clears with an empty field', () => {
    setPercent('yes', '150');
    expect(probability('yes')).toBeUndefined();
    expect(probabilityField()!.value).toBe('');
    expect(editor().history.undoStack).toHaveLength(0);
    setPercent('yes', '25');
    setPercent('yes', '');
    expect(probability('yes')).toBeUndefined();
    expect(editor().history.undoStack).toHaveLength(2);
  });

  it('says that inclusive branches need not add up, and offers no probability on a task’s flow', () => {
    act(() => root.unmount());
    host.remove();
    mount('inclusiveGateway');
    setPercent('yes', '70');
    expect(hint()).toContain('they need not add up to 100 %');
    expect(sumProblems()).toEqual([]);
    act(() => editor().select(['a-end']));
    expect(host.querySelector('h2')?.textContent).toBe('Sequence flow');
    expect(probabilityField()).toBeNull();
  });
});
