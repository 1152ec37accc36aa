import { describe, expect, it } from 'vitest';
import { laneMap } from '../../../test/support/laneMap';
import type { Point } from '../../model/geometry';
import { levelBoxes } from '../svg/levelSvg';
import { routeFlows, levelRoutes, sidesFacing, type RouteNode } from '.';
import { spreadAlong } from './portSides';
import { crossesBox, routeQuality, segmentsOf } from '../../../test/support/routeQuality';

const orthogonal = (points: Point[]) => segmentsOf(points).every(([p, q]) => p.x === q.x || p.y === q.y);
const node = (
  id: string,
  x: number,
  y: number,
  outline: RouteNode['outline'] = 'rect',
  w = 120,
  h = 80,
): RouteNode => ({
  id,
  box: { x, y, width: outline === 'rect' ? w : 50, height: outline === 'rect' ? h : 50 },
  outline,
});

describe('flow routes', () => {
  it('attaches each flow to the side that faces its other end, gateway branches at different corners', () => {
    const nodes = [node('g', 0, 100, 'diamond'), node('up', 200, -100), node('right', 200, 85), node('down', 200, 300)];
    const flows = ['up', 'right', 'down'].map((t) => ({ id: t, source: 'g', target: t }));
    const routes = routeFlows(nodes, flows);
    expect(routes.get('up')![0]).toEqual({ x: 25, y: 100 });
    expect(routes.get('right')![0]).toEqual({ x: 50, y: 125 });
    expect(routes.get('down')![0]).toEqual({ x: 25, y: 150 });
    // Each enters its target from the left, its last stretch horizontal.
    for (const [id, route] of routes) {
      expect(route.at(-1)!.x, id).toBe(200);
      expect(route.at(-2)!.y, id).toBe(route.at(-1)!.y);
      expect(orthogonal(route), id).toBe(true);
    }
  });

  it('goes around a shape in the way instead of through it', () => {
    const nodes = [node('a', 0, 0), node('b', 200, 0), node('c', 400, 0)];
    const routes = routeFlows(nodes, [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'ac', source: 'a', target: 'c' },
      { id: 'ca', source: 'c', target: 'a' },
    ]);
    expect(routes.get('ab')).toEqual([
      { x: 120, y: 40 },
      { x: 200, y: 40 },
    ]);
    for (const id of ['ac', 'ca']) {
      const route = routes.get(id)!;
      expect(orthogonal(route), id).toBe(true);
      expect(
        segmentsOf(route).some((s) => crossesBox(s, nodes[1].box)),
        id,
      ).toBe(false);
    }
  });

  it('keeps the bend points the user placed', () => {
    const nodes = [node('a', 0, 0), node('b', 400, 300)];
    const routes = routeFlows(nodes, [{ id: 'f', source: 'a', target: 'b', waypoints: [{ x: 60, y: 500 }] }]);
    // Docked on both shapes straight towards the bend: the bend itself is where the user put it.
    expect(routes.get('f')).toEqual([
      { x: 60, y: 80 },
      { x: 60, y: 500 },
      { x: 400, y: 364 },
    ]);
    expect(routes.get('f')).toHaveLength(3);
  });

  it('reads cleanly on a 30-node map with four lanes and a rework loop: no flow through a shape, none along another', () => {
    const model = laneMap();
    const boxes = levelBoxes(model, undefined);
    const routes = levelRoutes(model.nodes, boxes, model.flows);
    expect(routes.size).toBe(model.flows.length);
    for (const flow of model.flows) expect(orthogonal(routes.get(flow.id)!), flow.id).toBe(true);
    const { through, along } = routeQuality(routes, boxes, model.flows);
    expect(through).toEqual([]);
    expect(along).toEqual([]);
  });
});

describe('flow ends', () => {
  it('chooses sides facing the other end: across for neighbours, from below for a flow going back', () => {
    const task = node('t', 0, 0);
    expect(sidesFacing(task, { x: 300, y: 10, width: 120, height: 80 }, 'source')[0]).toBe('right');
    expect(sidesFacing(task, { x: 0, y: 300, width: 120, height: 80 }, 'source')[0]).toBe('bottom');
    expect(sidesFacing(task, { x: -300, y: 0, width: 120, height: 80 }, 'source')[0]).toBe('bottom');
    expect(sidesFacing(task, { x: -300, y: -300, width: 50, height: 50 }, 'target')[0]).toBe('left');
    // A gateway splits towards shapes above and below from its corners there, and merges them there too.
    const gateway = node('g', 0, 0, 'diamond');
    expect(sidesFacing(gateway, { x: 300, y: -300, width: 120, height: 80 }, 'source')[0]).toBe('top');
    expect(sidesFacing(gateway, { x: -300, y: 300, width: 120, height: 80 }, 'target')[0]).toBe('bottom');
  });

  it('spreads ends sharing a side near where their other ends are, at least the spacing apart', () => {
    expect(spreadAlong([40], 80, 15)).toEqual([40]);
    expect(spreadAlong([40, 40], 80, 15)).toEqual([40, 55]);
    expect(spreadAlong([-100, 300], 80, 15)).toEqual([15, 65]);
    expect(spreadAlong([10, 20, 30, 40, 50, 60], 80, 15)).toEqual([
      80 / 7,
      160 / 7,
      240 / 7,
      320 / 7,
      400 / 7,
      480 / 7,
    ]);
  });
});
