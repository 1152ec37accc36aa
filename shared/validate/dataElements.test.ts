import { describe, expect, it } from 'vitest';
import { processSchema } from '../model';
import { validateModel } from '.';
import { cleanModel } from './testModels';

describe('data objects and stores in validation', () => {
  it('finds nothing about data objects, stores and their associations', () => {
    const clean = cleanModel();
    const task = clean.nodes.find((n) => n.type === 'task')!;
    const model = processSchema.parse({
      ...clean,
      nodes: [
        ...clean.nodes,
        { id: 'invoice', type: 'dataObject', name: 'Invoice' },
        { id: 'archive', type: 'dataStore', name: 'Archive' },
        { id: 'unjoined', type: 'dataObject' },
      ],
      flows: [
        ...clean.flows,
        { id: 'd1', kind: 'data', source: task.id, target: 'invoice' },
        { id: 'd2', kind: 'data', source: 'archive', target: task.id },
      ],
    });
    expect(validateModel(model)).toEqual(validateModel(clean));
  });

  it('still reports a data object that takes the id of another element', () => {
    const clean = cleanModel();
    const model = processSchema.parse({
      ...clean,
      nodes: [...clean.nodes, { id: clean.nodes[0].id, type: 'dataObject' }],
    });
    expect(validateModel(model).map((p) => p.code)).toContain('FW_V_DUPLICATE_ID');
  });
});
