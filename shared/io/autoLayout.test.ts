import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModel, type ProcessModelInput } from '../model';
import { autoLayout, boundaryEventPosition, nodeSize } from './autoLayout';

const modelOf = (parts: Partial<ProcessModelInput>): ProcessModel =>
  processSchema.parse({ format: 'flowwright.process', schemaVersion: 1, id: 'm', nodes: [], flows: [], ...parts });

const chain = (...ids: string[]) =>
  ids.slice(1).map((target, i) => ({ id: `${ids[i]}-${target}`, source: ids[i], target }));

function boxes(model: ProcessModel, positions: Record<string, { x: number; y: number }>) {
  return model.nodes
    .filter((n) => n.type !== 'boundaryEvent')
    .map((n) => ({ id: n.id, ...positions[n.id], ...nodeSize(n) }));
}

const overlapping = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('autoLayout', () => {
  it('lays a process out left to right without overlaps', async () => {
    const model = modelOf({
      nodes: [
        { id: 's', type: 'startEvent' },
        { id: 'a', type: 'task' },
        { id: 'g', type: 'exclusiveGateway' },
        { id: 'b', type: 'task' },
        { id: 'c', type: 'task' },
        { id: 'e', type: 'endEvent' },
      ],
      flows: [...chain('s', 'a', 'g', 'b', 'e'), ...chain('g', 'c', 'e')],
    });
    const { positions } = await autoLayout(model);
    for (const [from, to] of [
      ['s', 'a'],
      ['a', 'g'],
      ['g', 'b'],
      ['g', 'c'],
      ['b', 'e'],
    ])
      expect(positions[from].x).toBeLessThan(positions[to].x);
    const placed = boxes(model, positions);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlapping(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
  });

  it('keeps every node inside its lane band and stacks the bands in lane order', async () => {
    const model = modelOf({
      lanes: [{ id: 'front' }, { id: 'back' }],
      nodes: [
        { id: 's', type: 'startEvent', lane: 'back' },
        { id: 'a', type: 'task', lane: 'front' },
        { id: 'b', type: 'task', lane: 'back' },
        { id: 'c', type: 'task', lane: 'front' },
        { id: 'e', type: 'endEvent', lane: 'back' },
      ],
      flows: chain('s', 'a', 'b', 'c', 'e'),
    });
    const { positions, lanes } = await autoLayout(model);
    expect(lanes.front.y).toBe(0);
    expect(lanes.back.y).toBe(lanes.front.y + lanes.front.height);
    for (const node of model.nodes) {
      const band = lanes[node.lane!];
      expect(positions[node.id].y).toBeGreaterThanOrEqual(band.y);
      expect(positions[node.id].y + nodeSize(node).height).toBeLessThanOrEqual(band.y + band.height);
    }
    expect(positions.s.x).toBeLessThan(positions.a.x);
    expect(positions.c.x).toBeLessThan(positions.e.x);
  });

  it('puts boundary events on their host and lays out sub-process contents on their own', async () => {
    const model = modelOf({
      nodes: [
        { id: 's', type: 'startEvent' },
        { id: 'a', type: 'task' },
        { id: 't', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'a' },
        { id: 'late', type: 'endEvent' },
        { id: 'sub', type: 'subProcess' },
        { id: 'ss', type: 'startEvent', parent: 'sub' },
        { id: 'se', type: 'endEvent', parent: 'sub' },
      ],
      flows: [...chain('s', 'a', 'sub'), { id: 'tl', source: 't', target: 'late' }, ...chain('ss', 'se')],
    });
    const { positions } = await autoLayout(model);
    const host = model.nodes.find((n) => n.id === 'a')!;
    expect(positions.t).toEqual(boundaryEventPosition({ ...host, ...positions.a }, 0));
    expect(positions.late.x).toBeGreaterThan(positions.a.x);
    expect(positions.ss.x).toBeLessThan(positions.se.x);
  });

  it('lays out beyond the ELK budget in plain columns: left to right, no overlaps, cycles and strays placed', async () => {
    const model = modelOf({
      lanes: [{ id: 'front' }, { id: 'back' }],
      nodes: [
        { id: 's', type: 'startEvent', lane: 'front' },
        { id: 'a', type: 'task', lane: 'front' },
        { id: 'g', type: 'exclusiveGateway', lane: 'back' },
        { id: 'b', type: 'task', lane: 'back' },
        { id: 'c', type: 'task', lane: 'back' },
        { id: 'e', type: 'endEvent', lane: 'front' },
        { id: 'stray', type: 'task' },
        { id: 'loop1', type: 'task' },
        { id: 'loop2', type: 'task' },
      ],
      flows: [...chain('s', 'a', 'g', 'b', 'e'), ...chain('g', 'c', 'e'), ...chain('loop1', 'loop2', 'loop1')],
    });
    const { positions, lanes } = await autoLayout(model, { scopeNodes: 2, nodes: 2, scopes: 1 });
    for (const [from, to] of [
      ['s', 'a'],
      ['a', 'g'],
      ['g', 'b'],
      ['g', 'c'],
      ['b', 'e'],
      ['loop1', 'loop2'],
    ])
      expect(positions[from].x, `${from} before ${to}`).toBeLessThan(positions[to].x);
    const placed = boxes(model, positions);
    expect(placed.every((b) => Number.isFinite(b.x) && Number.isFinite(b.y))).toBe(true);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlapping(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    for (const node of model.nodes.filter((n) => n.lane)) {
      const band = lanes[node.lane!];
      expect(positions[node.id].y).toBeGreaterThanOrEqual(band.y);
      expect(positions[node.id].y + nodeSize(node).height).toBeLessThanOrEqual(band.y + band.height);
    }
  });
});
