import { describe, expect, it } from 'vitest';
import { mapOf, reviewMap } from '../store/testMaps';
import { connectChoices } from './connectChoices';
import { dropCandidate, dropEnds } from './connectByDrop';
import { connectionRefusal, startRefusal } from './connectRules';
import { labelPlace } from './labelPlace';

const map = () =>
  mapOf({
    nodes: [
      { id: 'start', type: 'startEvent', name: 'Submitted', x: 0, y: 20 },
      { id: 'review', type: 'task', name: 'Review', x: 100, y: 0 },
      { id: 'sla', type: 'boundaryEvent', attachedTo: 'review', x: 180, y: 62 },
      { id: 'ok', type: 'exclusiveGateway', name: 'Approved?', x: 300, y: 15 },
      { id: 'archive', type: 'task', name: 'Archive', x: 900, y: 0 },
      { id: 'pay', type: 'task', name: 'Pay', x: 450, y: 0 },
      { id: 'done', type: 'endEvent', name: 'Done', x: 600, y: 20 },
      { id: 'note', type: 'annotation', name: 'Why', x: 100, y: 200 },
      { id: 'sub', type: 'subProcess', name: 'Appeal', x: 100, y: 400 },
      { id: 'inside', type: 'task', name: 'Hear appeal', parent: 'sub', x: 0, y: 0 },
    ],
    flows: [{ id: 'f1', source: 'start', target: 'review' }],
  });

describe('connection rules', () => {
  it('allow a flow between two elements at one level that are not yet joined', () => {
    expect(connectionRefusal(map(), 'review', 'ok')).toBeNull();
    expect(connectionRefusal(map(), 'sla', 'pay')).toBeNull();
  });

  it('say in words why a flow is refused', () => {
    const m = map();
    expect(connectionRefusal(m, 'start', 'review')).toBe("'Submitted' is already connected to 'Review'.");
    expect(connectionRefusal(m, 'review', 'start')).toMatch(/^'Submitted' is a start event: .*takes no flow in/);
    expect(connectionRefusal(m, 'done', 'pay')).toMatch(/^'Done' is an end event: .*no flow leaves it/);
    expect(connectionRefusal(m, 'review', 'note')).toMatch(/Annotations are not joined by flows/);
    expect(connectionRefusal(m, 'review', 'inside')).toMatch(/cannot cross the border of a sub-process/);
    expect(connectionRefusal(m, 'review', 'review')).toBe('A flow cannot start and end at the same element.');
    // Unnamed elements are named by their kind, once.
    expect(connectionRefusal(m, 'ok', 'sla')).toBe('A boundary event fires while its task runs and takes no flow in.');
    const unnamed = mapOf({
      nodes: [
        { id: 's', type: 'startEvent' },
        { id: 't', type: 'task' },
      ],
    });
    expect(connectionRefusal(unnamed, 't', 's')).toBe('A start event begins cases and takes no flow in.');
    expect(connectionRefusal(m, 'review', 'gone')).toMatch(/no longer on the map/);
    expect(startRefusal(m.nodes.find((n) => n.id === 'done')!)).toMatch(/end event/);
    expect(startRefusal(m.nodes.find((n) => n.id === 'review')!)).toBeNull();
  });
});

describe('connecting by dropping on a shape', () => {
  it('joins the dragged node and the shape under the pointer in the direction of the handle', () => {
    expect(dropEnds('review', 'source', 'ok')).toEqual({ source: 'review', target: 'ok' });
    expect(dropEnds('review', 'target', 'start')).toEqual({ source: 'start', target: 'review' });
  });

  it('offers the shape under the pointer with its refusal, and nothing over the canvas or the source itself', () => {
    const m = map();
    expect(dropCandidate(m, 'review', 'source', 'ok')).toEqual({ id: 'ok', refusal: null });
    expect(dropCandidate(m, 'review', 'source', 'start')?.refusal).toMatch(/start event/);
    expect(dropCandidate(m, 'review', 'source', null)).toBeNull();
    expect(dropCandidate(m, 'review', 'source', 'review')).toBeNull();
  });
});

describe('Connect to… choices', () => {
  it('lists the elements at the source level, nearest first, refused ones last, annotations and inner ones left out', () => {
    const ids = connectChoices(map(), 'review').map((c) => c.id);
    expect(ids).toEqual(['ok', 'pay', 'sub', 'done', 'archive', 'sla', 'start']);
    const last = connectChoices(map(), 'review').at(-1)!;
    expect(last.refusal).toMatch(/start event/);
  });

  it('filters by name or kind, names that start with the query first', () => {
    expect(connectChoices(map(), 'review', 'AP').map((c) => c.id)).toEqual(['ok', 'sub']);
    expect(connectChoices(map(), 'review', 'ay').map((c) => c.id)).toEqual(['ok', 'pay']);
    expect(connectChoices(map(), 'review', 'end event').map((c) => c.id)).toEqual(['done']);
    expect(connectChoices(map(), 'review', 'nothing like it')).toEqual([]);
    expect(connectChoices(reviewMap(), 'gone')).toEqual([]);
  });

  it("offers other parties' pools from the top level, after the shapes, for a message flow", () => {
    const m = { ...map(), participants: [{ id: 'bank', name: 'Bank' }] };
    // After every shape that may take a flow; the refused ones still come last.
    const open = connectChoices(m, 'review').filter((c) => c.refusal === null);
    expect(open.map((c) => c.id).at(-1)).toBe('bank');
    expect(connectChoices(m, 'review', 'bank')).toEqual([
      { id: 'bank', title: 'Bank', kind: 'pool', refusal: null, distance: Infinity },
    ]);
    expect(connectChoices(m, 'review', 'pool').map((c) => c.id)).toEqual(['bank']);
  });
});

describe('where a name is edited in place', () => {
  const box = { x: 100, y: 50, width: 120, height: 80 };
  it('covers a task, sits under an event or gateway, at a flow middle and at a lane head', () => {
    expect(labelPlace({ kind: 'task', box })).toEqual(box);
    expect(labelPlace({ kind: 'subProcess', box: { ...box, height: 300 } }, true)).toEqual({ ...box, height: 42 });
    expect(labelPlace({ kind: 'event', box: { x: 0, y: 0, width: 40, height: 40 } })).toEqual({
      x: -50,
      y: 44,
      width: 140,
      height: 42,
    });
    expect(labelPlace({ kind: 'flow', mid: { x: 200, y: 100 } })).toEqual({ x: 130, y: 79, width: 140, height: 42 });
    expect(labelPlace({ kind: 'lane', box })).toMatchObject({ x: 104, y: 54 });
  });
});
