import { describe, expect, it } from 'vitest';
import { poolLayout, processSchema, type ProcessModel } from '../../shared/model';
import { reviewMap } from '../store/testMaps';
import { connectionRefusal } from './connectRules';
import { createProjection } from './projection';
import { poolSteps } from './poolSteps';

/** The review map with a customer's pool above it and a message from the review to the customer. */
function withCustomer(): ProcessModel {
  return processSchema.parse({
    ...reviewMap(),
    participants: [{ id: 'customer', name: 'Customer', y: -200, height: 80 }],
    flows: [...reviewMap().flows, { id: 'm1', kind: 'message', source: 'review', target: 'customer' }],
  });
}

const project = (model: ProcessModel, dragging = new Map()) =>
  createProjection()({ model, selection: new Set(), dragging, problems: new Map(), scope: null });

describe('pools and message flows on the canvas', () => {
  it('draws a pool as a band across the map and a message flow straight up to it', () => {
    const { nodes, edges } = project(withCustomer());
    const pool = nodes.find((n) => n.type === 'pool')!;
    const lane = nodes.find((n) => n.type === 'lane')!;
    // As wide as the map's own pool, whose header strip stands left of the lanes'.
    const header = poolLayout.headerWidth;
    expect(pool).toMatchObject({ id: 'customer', position: { x: lane.position.x - header, y: -200 }, height: 80 });
    expect(pool.width).toBe(lane.width! + header);
    const message = edges.find((e) => e.id === 'm1')!;
    expect(message.type).toBe('message');
    const review = nodes.find((n) => n.id === 'review')!;
    const x = review.position.x + review.width! / 2;
    expect(message.data && 'points' in message.data && message.data.points).toEqual([
      { x, y: review.position.y },
      { x, y: -120 },
    ]);
    // A message flow is not drawn as a sequence flow too.
    expect(edges.filter((e) => e.id === 'm1')).toHaveLength(1);
  });

  it('draws the map’s own process as a pool named after the map, around its lanes, taking no pointer', () => {
    const { nodes } = project(withCustomer());
    const own = nodes.find((n) => n.type === 'ownPool')!;
    const lanes = nodes.filter((n) => n.type === 'lane');
    const top = Math.min(...lanes.map((l) => l.position.y));
    const bottom = Math.max(...lanes.map((l) => l.position.y + l.height!));
    expect(own).toMatchObject({
      position: { x: lanes[0].position.x - poolLayout.headerWidth, y: top },
      height: bottom - top,
      selectable: false,
      focusable: false,
      data: { name: withCustomer().name },
    });
    // A map of one process has no pool drawn around it.
    expect(project(processSchema.parse(reviewMap())).nodes.some((n) => n.type === 'ownPool')).toBe(false);
  });

  it('draws a message flow from inside a collapsed sub-process from the sub-process', () => {
    const base = withCustomer();
    const model = processSchema.parse({
      ...base,
      nodes: [
        ...base.nodes,
        { id: 'sub', type: 'subProcess', name: 'Handle claim', x: 600, y: 40 },
        { id: 'inner', type: 'task', name: 'Ask customer', x: 40, y: 40, parent: 'sub' },
      ],
      flows: [...base.flows, { id: 'm2', kind: 'message', source: 'inner', target: 'customer' }],
    });
    const { nodes, edges } = project(model);
    const message = edges.find((e) => e.id === 'm2')!;
    expect(message).toMatchObject({ source: 'sub', target: 'customer' });
    const sub = nodes.find((n) => n.id === 'sub')!;
    const points = (message.data as { points: { x: number; y: number }[] }).points;
    expect(points[0]).toEqual({ x: sub.position.x + sub.width! / 2, y: sub.position.y });
  });

  it('moves a dragged pool with the pointer, and commits it as an edit of the pool alone', () => {
    const model = withCustomer();
    const dragging = new Map([['customer', { x: 0, y: -300 }]]);
    expect(project(model, dragging).nodes.find((n) => n.id === 'customer')!.position.y).toBe(-300);
    const { rest, steps } = poolSteps(model, dragging);
    expect(rest.size).toBe(0);
    expect(steps[0](model, [])!.patch).toEqual([{ op: 'replace', path: '/participants/0/y', value: -300 }]);
  });

  it('says why a connection to a pool cannot be drawn', () => {
    const model = withCustomer();
    expect(connectionRefusal(model, 'done', 'customer')).toBeNull();
    expect(connectionRefusal(model, 'review', 'customer')).toMatch(/already joined by a message flow/);
    expect(connectionRefusal(model, 'customer', 'customer')).toMatch(/same element/);
  });
});
