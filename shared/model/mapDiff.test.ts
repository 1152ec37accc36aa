import { describe, expect, it } from 'vitest';
import { diffMaps } from './mapDiff';
import { processSchema, type ProcessModel } from './schema';

function map(nodes: object[], flows: object[]): ProcessModel {
  return processSchema.parse({ format: 'flowwright.process', schemaVersion: 1, id: 'm', nodes, flows });
}

const asIs = map(
  [
    { id: 'start', type: 'startEvent', name: 'Request' },
    { id: 'review', type: 'task', name: 'Review', sim: { duration: { type: 'fixed', value: 60 }, resource: 'c' } },
    { id: 'big', type: 'exclusiveGateway' },
    { id: 'fax', type: 'task', name: 'Fax the form' },
    { id: 'done', type: 'endEvent' },
  ],
  [
    { id: 'f1', source: 'start', target: 'review' },
    { id: 'f2', source: 'review', target: 'big' },
    { id: 'f3', source: 'big', target: 'fax', condition: 'amount > 5000', probability: 0.2 },
    { id: 'f4', source: 'big', target: 'done', default: true },
    { id: 'f5', source: 'fax', target: 'done' },
  ],
);

describe('diffMaps', () => {
  it('finds nothing between a map and itself, nor when elements only moved on the canvas', () => {
    expect(diffMaps(asIs, asIs)).toEqual({ added: [], removed: [], changed: [] });
    const moved = structuredClone(asIs);
    moved.nodes[1].x = 400;
    moved.nodes[1].width = 200;
    moved.flows[0].waypoints = [{ x: 10, y: 20 }];
    expect(diffMaps(asIs, moved)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('lists added, removed and changed nodes and flows by id, with the fields that changed', () => {
    const toBe = structuredClone(asIs);
    toBe.nodes[1].name = 'Review request';
    toBe.nodes[1].sim = { duration: { type: 'fixed', value: 30 }, resource: 'c' };
    toBe.nodes[3] = { ...toBe.nodes[3], id: 'check', type: 'task', taskType: 'service', name: 'Check' };
    toBe.nodes[2].type = 'inclusiveGateway';
    toBe.flows[2] = { ...toBe.flows[2], target: 'check', condition: 'amount > 9000', probability: 0.1 };
    toBe.flows[4] = { id: 'f6', source: 'check', target: 'done' };
    expect(diffMaps(asIs, toBe)).toEqual({
      added: ['check', 'f6'],
      removed: ['fax', 'f5'],
      changed: [
        { id: 'review', fields: ['name', 'sim'] },
        { id: 'big', fields: ['type'] },
        { id: 'f3', fields: ['condition', 'probability', 'target'] },
      ],
    });
  });

  it('sees no change when only the order of keys differs', () => {
    const reordered = structuredClone(asIs);
    const sim = reordered.nodes[1].sim!;
    reordered.nodes[1].sim = { resource: sim.resource, duration: { value: 60, type: 'fixed' } };
    expect(diffMaps(asIs, reordered).changed).toEqual([]);
  });
});
