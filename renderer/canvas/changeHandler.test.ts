import { beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../store/editorStore';
import { mapOf, reviewMap } from '../store/testMaps';
import { createChangeHandler } from './changeHandler';
import { laneFrame } from './laneBands';

const editor = () => useEditor.getState();
const node = (id: string) => editor().model!.nodes.find((n) => n.id === id)!;
const handler = () => createChangeHandler();

describe('canvas change handler', () => {
  beforeEach(() => editor().open('p', reviewMap()));

  it('turns select changes of nodes and edges into the store selection, in the order of selection', () => {
    const h = handler();
    h.nodesChanged([{ type: 'select', id: 'review', selected: true }]);
    h.edgesChanged([{ type: 'select', id: 'f1', selected: true }]);
    expect(editor().selection).toEqual(['review', 'f1']);
    h.nodesChanged([{ type: 'select', id: 'review', selected: false }]);
    expect(editor().selection).toEqual(['f1']);
  });

  it('keeps drag positions aside, then commits the drop as one undoable move', () => {
    const h = handler();
    const version = editor().version;
    h.nodesChanged([{ type: 'position', id: 'review', position: { x: 230, y: 70 }, dragging: true }]);
    h.nodesChanged([{ type: 'position', id: 'review', position: { x: 260, y: 80 }, dragging: true }]);
    expect(editor().version).toBe(version);
    expect(editor().dragging.get('review')).toEqual({ x: 260, y: 80 });
    h.nodesChanged([{ type: 'position', id: 'review', position: { x: 260, y: 80 }, dragging: false }]);
    expect(node('review')).toMatchObject({ x: 260, y: 80 });
    expect(editor().dragging.size).toBe(0);
    expect(editor().history.undoStack).toHaveLength(1);
    editor().undo();
    expect(node('review')).toMatchObject({ x: 200, y: 60 });
  });

  it('merges a run of arrow-key nudges into one undo entry', () => {
    const h = handler();
    h.nodesChanged([{ type: 'position', id: 'review', position: { x: 205, y: 60 }, dragging: false }]);
    h.nodesChanged([{ type: 'position', id: 'review', position: { x: 210, y: 60 }, dragging: false }]);
    expect(editor().history.undoStack).toHaveLength(1);
    expect(node('review').x).toBe(210);
  });
});

describe('dropping into lanes', () => {
  const twoLanes = () =>
    mapOf({
      lanes: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      nodes: [
        { id: 's', type: 'startEvent', lane: 'a', x: 100, y: 100 },
        { id: 't', type: 'task', lane: 'a', x: 200, y: 80 },
        { id: 'u', type: 'task', lane: 'b', x: 200, y: 400 },
      ],
    });

  it('fixes the drawn lane bands, then puts a dropped node in the lane under its centre', () => {
    editor().open('p', twoLanes());
    const frame = laneFrame(editor().model!, (n) => n);
    const bandB = frame.bands[1];
    const h = handler();
    h.nodesChanged([{ type: 'position', id: 't', position: { x: 200, y: bandB.y + 20 }, dragging: true }]);
    h.nodesChanged([{ type: 'position', id: 't', position: { x: 200, y: bandB.y + 20 }, dragging: false }]);
    expect(node('t').lane).toBe('b');
    expect(editor().lastChange?.label).toBe("Move 'Task'");
    expect(editor().model!.lanes.map((l) => [l.y, l.height])).toEqual(frame.bands.map((b) => [b.y, b.height]));
    expect(editor().history.undoStack).toHaveLength(1);
    editor().undo();
    expect(node('t').lane).toBe('a');
    expect(editor().model!.lanes[0].y).toBeUndefined();
  });

  it('reorders lanes by where a lane is dropped and restacks them, moving their nodes', () => {
    editor().open('p', twoLanes());
    const [bandA, bandB] = laneFrame(editor().model!, (n) => n).bands;
    const h = handler();
    h.nodesChanged([{ type: 'position', id: 'b', position: { x: 0, y: bandA.y - 50 }, dragging: true }]);
    h.nodesChanged([{ type: 'position', id: 'b', position: { x: 0, y: bandA.y - 50 }, dragging: false }]);
    const lanes = editor().model!.lanes;
    expect(lanes.map((l) => l.id)).toEqual(['b', 'a']);
    expect(lanes[0].y).toBe(bandA.y);
    expect(lanes[1].y).toBe(bandA.y + bandB.height);
    expect(node('u').y).toBe(400 - (bandB.y - bandA.y));
    expect(node('t').y).toBe(80 + bandB.height);
  });
});
