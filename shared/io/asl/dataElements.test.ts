import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../../model';
import { purchaseApproval } from '../bpmn/testMaps';
import { exportAsl } from './exportAsl';

/** The purchase approval without its SLA reminder (which Step Functions cannot express). */
function base(): ProcessModel {
  const model = purchaseApproval();
  model.nodes = model.nodes.filter((n) => !['sla', 'remind', 'reminded'].includes(n.id));
  model.flows = model.flows.filter((f) => !['f10', 'f11'].includes(f.id));
  return processSchema.parse(model);
}

describe('data objects and stores in a Step Functions export', () => {
  it('leaves them out: the state machine is the one of the map without them', () => {
    const model = base();
    const withData = processSchema.parse({
      ...model,
      nodes: [...model.nodes, { id: 'invoice', type: 'dataObject', name: 'Invoice' }, { id: 'erp', type: 'dataStore' }],
      flows: [
        ...model.flows,
        { id: 'd1', kind: 'data', source: 'enter', target: 'invoice' },
        { id: 'd2', kind: 'data', source: 'erp', target: 'check' },
      ],
    });
    expect(exportAsl(withData)).toEqual(exportAsl(model));
  });
});
