import { describe, expect, it } from 'vitest';
import { isDataFlow, isDataNode, restore, withoutDataElements, type ProcessModel } from '.';

const map = {
  format: 'flowwright.process',
  schemaVersion: 1,
  id: 'm',
  nodes: [
    { id: 's', type: 'startEvent' },
    { id: 't', type: 'task', name: 'Write letter' },
    { id: 'e', type: 'endEvent' },
    { id: 'letters', type: 'dataObject', name: 'Letters', collection: true },
    { id: 'archive', type: 'dataStore', name: 'Archive' },
  ],
  flows: [
    { id: 'f1', source: 's', target: 't' },
    { id: 'f2', source: 't', target: 'e' },
    { id: 'd1', kind: 'data', source: 't', target: 'letters' },
    { id: 'd2', kind: 'data', source: 'archive', target: 't' },
  ],
};

describe('data objects and stores in the file format', () => {
  it('opens a map with them without repairs, keeping the collection flag and the kind of flow', () => {
    const restored = restore(JSON.stringify(map));
    if (!restored.ok) throw new Error('does not restore');
    expect(restored.fixes).toEqual([]);
    expect(restored.model.nodes.find((n) => n.id === 'letters')?.collection).toBe(true);
    expect(restored.model.flows.filter(isDataFlow).map((f) => f.id)).toEqual(['d1', 'd2']);
  });

  it('leaves them out of what cases pass through', () => {
    const restored = restore(map);
    const model = (restored.ok ? restored.model : undefined) as ProcessModel;
    const steps = withoutDataElements(model);
    expect(steps.nodes.map((n) => n.id)).toEqual(['s', 't', 'e']);
    expect(steps.flows.map((f) => f.id)).toEqual(['f1', 'f2']);
    expect(steps.nodes.some(isDataNode)).toBe(false);
    expect(withoutDataElements(steps)).toBe(steps);
  });
});
