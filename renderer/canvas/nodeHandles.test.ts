import { describe, expect, it } from 'vitest';
import { nodeSize } from '../../shared/model/geometry';
import { handlesOf, poolHandles } from './nodeHandles';

// The e2e test `editor-large-map` checks that a drawn task's handles are where these say, to within a pixel.
describe('connection handles given to React Flow up front', () => {
  it('puts a task’s handles centred on its left (in) and right (out) sides', () => {
    const handles = handlesOf({ type: 'task' }, nodeSize({ type: 'task' }));
    expect(handles.map(({ type, x, y }) => ({ type, x, y }))).toEqual([
      { type: 'target', x: -5, y: 35 },
      { type: 'source', x: 115, y: 35 },
    ]);
  });

  it('gives each kind the handles it draws', () => {
    const kinds = (type: Parameters<typeof handlesOf>[0]['type']) =>
      handlesOf({ type }, { width: 36, height: 36 }).map((h) => `${h.type}@${h.position}`);
    expect(kinds('startEvent')).toEqual(['source@right']);
    expect(kinds('endEvent')).toEqual(['target@left']);
    expect(kinds('boundaryEvent')).toEqual(['source@bottom']);
    expect(kinds('intermediateEvent')).toEqual(['target@left', 'source@right']);
    expect(kinds('exclusiveGateway')).toEqual(['target@left', 'source@right']);
    expect(kinds('annotation')).toEqual([]);
    expect(poolHandles({ width: 900, height: 80 }).map((h) => [h.position, h.x, h.y])).toEqual([
      ['top', 445, -5],
      ['bottom', 445, 75],
    ]);
  });
});
