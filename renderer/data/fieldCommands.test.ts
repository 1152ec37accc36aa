import { beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../store/editorStore';
import { addFields, freeFieldName, removeField, updateField } from './fieldCommands';
import { purchaseRequestsMap } from './testData';

const fields = () => useEditor.getState().model!.data.fields;

describe('field commands', () => {
  beforeEach(() => useEditor.getState().open('p1', purchaseRequestsMap()));

  it('adds, edits and removes fields as undoable changes of the map', () => {
    expect(addFields([{ name: freeFieldName(fields()), type: 'text' }])).toBe(true);
    expect(useEditor.getState().lastChange).toEqual({ label: 'Add field "field"', captured: true });
    expect(updateField('field', { type: 'enum', values: ['a', 'b'], required: true })).toBe(true);
    expect(fields().at(-1)).toEqual({ name: 'field', type: 'enum', values: ['a', 'b'], required: true });
    // Leaving one-of drops its list; an undefined value removes the key.
    updateField('field', { type: 'number', required: undefined });
    expect(fields().at(-1)).toEqual({ name: 'field', type: 'number' });
    removeField('field');
    expect(fields().map((f) => f.name)).toEqual(['requestId', 'costCenter', 'amount', 'tier']);

    useEditor.getState().undo();
    expect(fields().at(-1)).toEqual({ name: 'field', type: 'number' });
    useEditor.getState().undo();
    useEditor.getState().undo();
    useEditor.getState().undo();
    expect(fields()).toEqual(purchaseRequestsMap().data.fields);
  });

  it('reports an edit that changes nothing, and finds a free name', () => {
    expect(updateField('amount', { validation: 'amount > 0' })).toBe(false);
    expect(
      freeFieldName([
        { name: 'field', type: 'text' },
        { name: 'field2', type: 'text' },
      ]),
    ).toBe('field3');
  });
});
