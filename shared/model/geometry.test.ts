import { describe, expect, it } from 'vitest';
import { boundaryBox, boundaryEventPosition, dock, edgePoints, nodeSize, outlineOf } from './geometry';
import type { FlowNode } from './schema';

const task = { x: 100, y: 100, width: 120, height: 80 };

describe('drawing geometry', () => {
  it('sizes nodes by type unless they carry their own size', () => {
    expect(nodeSize({ type: 'task' })).toEqual({ width: 120, height: 80 });
    expect(nodeSize({ type: 'exclusiveGateway' })).toEqual({ width: 50, height: 50 });
    expect(nodeSize({ type: 'startEvent' })).toEqual({ width: 40, height: 40 });
    expect(nodeSize({ type: 'task', width: 200 })).toEqual({ width: 200, height: 80 });
  });

  it('gives events circles, gateways diamonds and the rest rectangles', () => {
    expect(['endEvent', 'parallelGateway', 'subProcess'].map((type) => outlineOf({ type } as FlowNode))).toEqual([
      'circle',
      'diamond',
      'rect',
    ]);
  });

  it('puts boundary events astride the host bottom edge from the right, and keeps a stored place that touches it', () => {
    expect(boundaryEventPosition({ type: 'task', ...task }, 0)).toEqual({ x: 172, y: 162 });
    expect(boundaryEventPosition({ type: 'task', ...task }, 1)).toEqual({ x: 128, y: 162 });
    const event = { id: 'b', type: 'boundaryEvent', x: 82, y: 120 } as FlowNode;
    expect(boundaryBox(event, task, 0)).toEqual({ x: 82, y: 120, width: 36, height: 36 });
    expect(boundaryBox({ ...event, x: 900 }, task, 0)).toEqual({ x: 172, y: 162, width: 36, height: 36 });
  });

  it('docks flows on a shape towards a point: straight stubs beside it, the outline of a diamond', () => {
    expect(dock(task, { x: 400, y: 130 })).toEqual({ x: 220, y: 130 });
    expect(dock({ x: 300, y: 100, width: 50, height: 50 }, { x: 325, y: 0 }, 'diamond')).toEqual({ x: 325, y: 100 });
    expect(edgePoints(task, { x: 400, y: 100, width: 120, height: 80 }, [])).toEqual([
      { x: 220, y: 140 },
      { x: 400, y: 140 },
    ]);
  });
});
