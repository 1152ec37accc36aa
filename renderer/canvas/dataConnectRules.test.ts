import { describe, expect, it } from 'vitest';
import { mapOf } from '../store/testMaps';
import { connectionRefusal } from './connectRules';

const map = () =>
  mapOf({
    nodes: [
      { id: 'start', type: 'startEvent', name: 'Submitted', x: 0, y: 20 },
      { id: 'review', type: 'task', name: 'Review', x: 100, y: 0 },
      { id: 'ok', type: 'exclusiveGateway', name: 'Approved?', x: 300, y: 15 },
      { id: 'invoice', type: 'dataObject', name: 'Invoice', x: 100, y: 200 },
      { id: 'erp', type: 'dataStore', name: 'ERP', x: 300, y: 200 },
      { id: 'plain', type: 'dataObject', x: 400, y: 200 },
    ],
    flows: [{ id: 'd1', kind: 'data', source: 'review', target: 'invoice' }],
  });

describe('connecting data objects and stores', () => {
  it('allows a data association between a task and a data object or store, either way', () => {
    expect(connectionRefusal(map(), 'erp', 'review')).toBeNull();
    expect(connectionRefusal(map(), 'review', 'erp')).toBeNull();
    expect(connectionRefusal(map(), 'invoice', 'review')).toBeNull();
  });

  it('refuses a sequence flow into or out of data, two data elements, and a second association, with a reason', () => {
    const m = map();
    expect(connectionRefusal(m, 'start', 'invoice')).toMatch(/^'Invoice' takes no sequence flow: cases do not pass/);
    expect(connectionRefusal(m, 'erp', 'ok')).toMatch(/^'ERP' takes no sequence flow/);
    expect(connectionRefusal(m, 'ok', 'plain')).toMatch(/^A data object takes no sequence flow/);
    expect(connectionRefusal(m, 'invoice', 'erp')).toMatch(/^Two data elements are not joined/);
    expect(connectionRefusal(m, 'review', 'invoice')).toBe("'Review' is already connected to 'Invoice'.");
  });
});
