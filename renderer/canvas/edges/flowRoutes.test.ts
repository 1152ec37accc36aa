import { describe, expect, it, vi } from 'vitest';
import type { Flow, FlowNode } from '../../../shared/model';
import { levelRoutes } from '../../../shared/io/routing';
import type { CanvasEdge, CanvasNode } from '../canvasTypes';
import { routesOf } from './flowRoutes';

const task = (id: string, x: number, name = id): FlowNode => ({ id, type: 'task', name, x, y: 100 }) as FlowNode;

function canvasOf(nodes: FlowNode[], flows: Flow[]) {
  return {
    nodes: nodes.map((node): CanvasNode => ({
      id: node.id,
      type: 'task',
      position: { x: node.x, y: node.y },
      width: 100,
      height: 80,
      data: { node, problem: null },
    })),
    edges: flows.map((flow): CanvasEdge => ({
      id: flow.id,
      type: 'flow',
      source: flow.source,
      target: flow.target,
      data: { flow, problem: null },
    })),
  };
}

const flows: Flow[] = [{ id: 'f1', source: 'a', target: 'b' }];

describe('flow routes on the canvas', () => {
  it('are not worked out again when a shape is renamed or a flow named', () => {
    const route = vi.fn(levelRoutes);
    const first = routesOf(canvasOf([task('a', 0), task('b', 300)], flows), route);
    const calls = route.mock.calls.length;
    const renamed = routesOf(
      canvasOf([task('a', 0, 'Check order'), task('b', 300)], [{ ...flows[0], name: 'yes' }]),
      route,
    );
    expect(route.mock.calls.length).toBe(calls);
    expect(renamed).toBe(first);
  });

  it('are worked out again when a shape moves, and follow it', () => {
    const route = vi.fn(levelRoutes);
    const before = routesOf(canvasOf([task('c', 0), task('d', 300)], [{ id: 'f2', source: 'c', target: 'd' }]), route);
    const calls = route.mock.calls.length;
    const after = routesOf(
      canvasOf(
        [task('c', 0), task('d', 300)].map((n) => (n.id === 'd' ? { ...n, y: 400 } : n)),
        [{ id: 'f2', source: 'c', target: 'd' }],
      ),
      route,
    );
    expect(route.mock.calls.length).toBe(calls + 1);
    expect(after.get('f2')).not.toEqual(before.get('f2'));
  });

  it('are worked out again when a bend point is added', () => {
    const route = vi.fn(levelRoutes);
    const nodes = [task('e', 0), task('g', 300)];
    routesOf(canvasOf(nodes, [{ id: 'f3', source: 'e', target: 'g' }]), route);
    const calls = route.mock.calls.length;
    routesOf(canvasOf(nodes, [{ id: 'f3', source: 'e', target: 'g', waypoints: [{ x: 150, y: 300 }] }]), route);
    expect(route.mock.calls.length).toBe(calls + 1);
  });
});
