// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../store/editorStore';
import { mapOf } from '../store/testMaps';
import { PropertiesPanel } from './PropertiesPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const editor = () => useEditor.getState();
const node = (id: string) => editor().model!.nodes.find((n) => n.id === id)!;

/** Start → "Check stock" (service) → "Approve order" (user, lane Sales) → one-hour wait → End, plus a branch. */
function orderMap() {
  return mapOf({
    lanes: [{ id: 'sales', name: 'Sales', kind: 'internal' }],
    nodes: [
      { id: 'start', type: 'startEvent', x: 0, y: 0, lane: 'sales' },
      { id: 'check', type: 'task', taskType: 'service', name: 'Check stock', x: 100, y: 0, lane: 'sales' },
      { id: 'approve', type: 'task', taskType: 'user', name: 'Approve order', x: 200, y: 0, lane: 'sales' },
      { id: 'wait', type: 'intermediateEvent', eventType: 'timer', name: 'Wait', timer: 3600, x: 300, y: 0 },
      { id: 'plain', type: 'task', name: 'Plain', x: 300, y: 100, lane: 'sales' },
      { id: 'end', type: 'endEvent', x: 400, y: 0, lane: 'sales' },
    ],
    flows: [
      { id: 'f1', source: 'start', target: 'check' },
      { id: 'f2', source: 'check', target: 'approve', condition: 'inStock' },
      { id: 'f3', source: 'approve', target: 'wait' },
      { id: 'f4', source: 'wait', target: 'end' },
    ],
  });
}

beforeEach(() => {
  editor().open('p', orderMap());
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  act(() => root.render(<PropertiesPanel />));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const section = () =>
  [...host.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Camunda 8');

function field(label: string): HTMLInputElement & HTMLSelectElement {
  const found = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!found) throw new Error(`no field ${label}`);
  return document.getElementById(found.htmlFor) as HTMLInputElement & HTMLSelectElement;
}

/** Types into a text field and presses Enter, as a person commits it. */
function type(label: string, value: string) {
  const input = field(label);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
}

function choose(label: string, value: string) {
  const select = field(label);
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const click = (text: string) => {
  const button = [...host.querySelectorAll('button')].find((b) => b.textContent === text || b.title === text)!;
  act(() => button.click());
};
const alerts = () => [...host.querySelectorAll('[role="alert"]')].map((p) => p.textContent);

describe('the Camunda 8 section of the properties panel', () => {
  it('sets a job type and retries, shows the derived type until then, says what is wrong, and undoes', () => {
    act(() => editor().select(['check']));
    expect(section()).toBeDefined();
    expect(field('Job type').placeholder).toBe('check-stock (from the name)');
    type('Job type', 'stock-check');
    expect(node('check').extensions).toEqual({ zeebe: { taskType: 'stock-check' } });
    type('Retries', 'three');
    expect(alerts()).toEqual(['Retries must be a whole number, such as 3']);
    type('Retries', '5');
    expect(alerts()).toEqual([]);
    expect(node('check').extensions).toEqual({ zeebe: { taskType: 'stock-check', retries: '5' } });
    expect(editor().history.undoStack.at(-1)?.label).toBe("Set retries of 'Check stock'");
    act(() => editor().undo());
    act(() => editor().undo());
    act(() => editor().undo());
    expect(node('check').extensions).toBeUndefined();
  });

  it('sets the form, the assignment and mappings of a user task', () => {
    act(() => editor().select(['approve']));
    expect(field('Form key').placeholder).toBe('approve-order (from the name)');
    expect(field('Candidate groups').placeholder).toBe("sales (from the lane 'Sales')");
    choose('Form', 'formId');
    type('Form id', 'approval-form');
    type('Assignee', 'anna');
    type('Candidate groups', 'managers');
    click('Add input');
    type('Input 1: expression', 'amount * 2');
    type('Input 1: into variable', '2x');
    expect(alerts()).toEqual(["'2x' is not a variable name: letters, digits and _ only, not starting with a digit"]);
    type('Input 1: into variable', 'doubled');
    click('Add output');
    type('Output 1: expression', 'decision');
    type('Output 1: into variable', 'approved');
    expect(node('approve').extensions?.zeebe).toEqual({
      formId: 'approval-form',
      assignee: 'anna',
      candidateGroups: 'managers',
      inputs: [{ source: 'amount * 2', target: 'doubled' }],
      outputs: [{ source: 'decision', target: 'approved' }],
    });
    click('Remove input 1');
    expect(node('approve').extensions?.zeebe).not.toHaveProperty('inputs');
    act(() => editor().undo());
    expect(node('approve').extensions?.zeebe).toHaveProperty('inputs', [{ source: 'amount * 2', target: 'doubled' }]);
  });

  it('sets a timer expression of the kind the event allows, checked as ISO 8601', () => {
    act(() => editor().select(['wait']));
    expect([...field('Timer kind').options].map((o) => o.value)).toEqual(['duration', 'date']);
    expect(field('Timer expression').placeholder).toBe('PT1H (from the delay)');
    type('Timer expression', '1 hour');
    expect(alerts()).toEqual(['The timer must be a duration such as PT1H or P2D']);
    type('Timer expression', 'PT45M');
    expect(alerts()).toEqual([]);
    expect(node('wait').extensions).toEqual({ zeebe: { timerValue: 'PT45M', timerKind: 'duration' } });
  });

  it('shows no section on a plain task, and notes the label an unnamed conditional flow gets', () => {
    act(() => editor().select(['plain']));
    expect(section()).toBeUndefined();
    act(() => editor().select(['f2']));
    expect(host.textContent).toContain('Without a name, the Camunda 8 export labels this flow “inStock”.');
  });
});
