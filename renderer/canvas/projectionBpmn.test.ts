import { describe, expect, it } from 'vitest';
import { importBpmn } from '../../shared/io/bpmn';
import nestedLanes from '../../test/fixtures/bpmn/misc/bpmn-js/lanes.bpmn?raw';
import { mapOf } from '../store/testMaps';
import { createProjection, type ProjectionInput } from './projection';

/** A task with one boundary event on its top edge (as an import places it) and one stored nowhere near it. */
const imported = () =>
  mapOf({
    nodes: [
      { id: 'task', type: 'task', name: 'Review', x: 100, y: 100 },
      { id: 'top', type: 'boundaryEvent', name: 'Reminder', eventType: 'message', attachedTo: 'task', x: 150, y: 82 },
      { id: 'stray', type: 'boundaryEvent', eventType: 'timer', attachedTo: 'task', x: 900, y: 900 },
      { id: 'frame', type: 'task', name: 'Called process', x: 400, y: 0, width: 500, height: 300 },
      { id: 'inner', type: 'task', name: 'Inside', x: 500, y: 100 },
    ],
  });

const input = (extra: Partial<ProjectionInput> = {}): ProjectionInput => ({
  model: imported(),
  selection: new Set(),
  dragging: new Map(),
  problems: new Map(),
  scope: null,
  ...extra,
});

describe('canvas projection of imported diagrams', () => {
  it('keeps a boundary event where it is stored on its host, and names it above when it sits on the upper half', () => {
    const { nodes } = createProjection()(input());
    const top = nodes.find((n) => n.id === 'top')!;
    expect(top.position).toEqual({ x: 150, y: 82 });
    expect(top.className).toBe('fw-label-right fw-label-above');
    // Stored far from its host: put at the host's first free place on its bottom edge.
    const stray = nodes.find((n) => n.id === 'stray')!;
    expect(stray.position).toEqual({ x: 100 + 120 - 36 - 12 - 44, y: 100 + 80 - 18 });
    expect(stray.className).toBeUndefined(); // Unnamed: nothing to place.
  });

  it('moves boundary events with a host being dragged', () => {
    const { nodes } = createProjection()(input({ dragging: new Map([['task', { x: 130, y: 140 }]]) }));
    expect(nodes.find((n) => n.id === 'top')!.position).toEqual({ x: 180, y: 122 });
  });

  it('puts a large box drawn around other nodes under the flows, with its name at the top', () => {
    const { nodes } = createProjection()(input());
    const frame = nodes.find((n) => n.id === 'frame')!;
    expect(frame).toMatchObject({ zIndex: -1, className: 'fw-container' });
    expect(nodes.find((n) => n.id === 'inner')!.zIndex).toBe(1);
    expect(nodes.find((n) => n.id === 'task')!.className).toBeUndefined();
  });
});

describe('canvas projection of nested lanes', () => {
  it('frames the lanes that held others in the imported file, as a picture with its name left of theirs', async () => {
    const { model } = await importBpmn(nestedLanes);
    const { nodes, frame } = createProjection()(input({ model }));
    const box = (id: string) => {
      const node = nodes.find((n) => n.id === id)!;
      return { ...node.position, width: node.width!, height: node.height! };
    };
    const holder = nodes.find((n) => n.type === 'holdingLane')!;
    expect(holder).toMatchObject({ ariaLabel: 'Lane: Lane_A', selectable: false, focusable: false, zIndex: -2 });
    expect(holder.data).toMatchObject({ name: 'Lane_A' });
    const [a, c, b] = [box('Nested_Lane_A'), box('Nested_Lane_C'), box('Lane_B')];
    expect(a.x).toBe(frame.x);
    expect(box(holder.id)).toEqual({ x: frame.x - 32, y: a.y, width: frame.width + 32, height: c.y + c.height - a.y });
    // The lane beside the holder reaches as far left, its header under the holder's.
    expect(b).toMatchObject({ x: frame.x - 32, width: frame.width + 32 });
    // Holders come before the lanes, so that the lanes are drawn (and take the pointer) over them.
    expect(nodes.indexOf(holder)).toBeLessThan(nodes.findIndex((n) => n.id === 'Nested_Lane_A'));
  });
});
