import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel } from '../model';
import { checkRunnable, simulate } from '.';
import { buildModel } from './testing/models';

/** A queue with a choice and rework, worked by one pool. */
function plain(): ProcessModel {
  return buildModel(
    [
      { id: 's', type: 'startEvent' },
      { id: 'enter', type: 'task', sim: { duration: { type: 'exponential', mean: 600 }, resource: 'clerks' } },
      { id: 'x', type: 'exclusiveGateway' },
      { id: 'fix', type: 'task', sim: { duration: { type: 'fixed', value: 300 }, resource: 'clerks' } },
      { id: 'e', type: 'endEvent' },
    ],
    [
      ['s', 'enter'],
      ['enter', 'x'],
      { id: 'rework', source: 'x', target: 'fix', probability: 0.3 },
      { id: 'done', source: 'x', target: 'e', probability: 0.7 },
      ['fix', 'enter'],
    ],
    {
      cases: 300,
      replications: 2,
      arrivals: { interarrival: { type: 'exponential', mean: 500 } },
      resources: [{ id: 'clerks', capacity: 1 }],
    },
  );
}

/** The same map with data objects and a store, listed first so that every index of the map shifts. */
function withData(): ProcessModel {
  const model = plain();
  return processSchema.parse({
    ...model,
    nodes: [
      { id: 'invoice', type: 'dataObject', name: 'Invoice' },
      { id: 'erp', type: 'dataStore', name: 'ERP' },
      ...model.nodes,
      { id: 'orders', type: 'dataObject', collection: true },
    ],
    flows: [
      { id: 'd1', kind: 'data', source: 'enter', target: 'invoice' },
      { id: 'd2', kind: 'data', source: 'erp', target: 'fix' },
      ...model.flows,
      { id: 'd3', kind: 'data', source: 'orders', target: 'enter' },
    ],
  });
}

describe('data objects and stores in a run', () => {
  it('simulates a map with data objects exactly like the same map without them', () => {
    expect(checkRunnable(withData())).toEqual([]);
    const options = { seed: 7 };
    expect(simulate(withData(), options)).toEqual(simulate(plain(), options));
  });
});
