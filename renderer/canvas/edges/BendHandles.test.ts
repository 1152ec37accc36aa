import { describe, expect, it } from 'vitest';
import { draggedRoute, movedSegment } from './BendHandles';

const source = { x: 0, y: 0, width: 100, height: 80 };
const target = { x: 300, y: 200, width: 100, height: 80 };

describe('moving a straight segment of a flow sideways', () => {
  // Right out of the source, down, right into the target: three straight stretches.
  const route = [
    { x: 100, y: 40 },
    { x: 200, y: 40 },
    { x: 200, y: 240 },
    { x: 300, y: 240 },
  ];

  it('moves the middle stretch and both its ends, keeping every right angle', () => {
    expect(movedSegment(route, 2, { x: 250, y: 999 }, [source, target])).toEqual([
      { x: 100, y: 40 },
      { x: 250, y: 40 },
      { x: 250, y: 240 },
      { x: 300, y: 240 },
    ]);
  });

  it('keeps a stretch that starts on a shape on that shape’s side, sliding its end along it', () => {
    expect(movedSegment(route, 1, { x: 0, y: 60 }, [source, target]).slice(0, 2)).toEqual([
      { x: 100, y: 60 },
      { x: 200, y: 60 },
    ]);
    // Past the shape's bottom: held at its edge, not off the shape.
    expect(movedSegment(route, 1, { x: 0, y: 500 }, [source, target])[1]).toEqual({ x: 200, y: 79 });
  });

  it('gives a straight flow a bend in its middle, so that it keeps the line it was moved to', () => {
    const straight = [
      { x: 100, y: 40 },
      { x: 300, y: 40 },
    ];
    const beside = { x: 300, y: 0, width: 100, height: 80 };
    expect(movedSegment(straight, 1, { x: 0, y: 30 }, [source, beside])).toEqual([
      { x: 100, y: 30 },
      { x: 200, y: 30 },
      { x: 300, y: 30 },
    ]);
  });

  it('shows the move while dragging, and a bend drag as before', () => {
    expect(draggedRoute(route, { kind: 'segment', index: 2, at: { x: 220, y: 0 }, ends: [source, target] })[1]).toEqual(
      { x: 220, y: 40 },
    );
    expect(draggedRoute(route, { kind: 'insert', index: 1, at: { x: 150, y: 0 } })).toHaveLength(5);
    expect(draggedRoute(route, { kind: 'bend', index: 1, at: { x: 150, y: 0 } })[1]).toEqual({ x: 150, y: 0 });
  });
});
