import { describe, expect, it } from 'vitest';
import { dock, edgePoints } from './diagramGeometry';

const task = { x: 100, y: 100, width: 100, height: 80 };
const gateway = { x: 300, y: 100, width: 50, height: 50 };
const event = { x: 500, y: 100, width: 36, height: 36 };

describe('where flows meet shapes', () => {
  it('docks a bend straight above, below or beside a shape with a vertical or horizontal stub', () => {
    expect(dock(task, { x: 120, y: 20 })).toEqual({ x: 120, y: 100 });
    expect(dock(task, { x: 180, y: 400 })).toEqual({ x: 180, y: 180 });
    expect(dock(task, { x: 400, y: 130 })).toEqual({ x: 200, y: 130 });
  });

  it('meets a diamond and a circle on their outline, not on their box', () => {
    expect(dock(gateway, { x: 325, y: 0 }, 'diamond')).toEqual({ x: 325, y: 100 });
    expect(dock(gateway, { x: 335, y: 0 }, 'diamond')).toEqual({ x: 335, y: 110 });
    const onCircle = dock(event, { x: 530, y: 300 }, 'circle');
    expect(onCircle.x).toBe(530);
    expect(Math.hypot(onCircle.x - 518, onCircle.y - 118)).toBeCloseTo(18, 6);
    const diagonal = dock(event, { x: 700, y: 300 }, 'circle');
    expect(Math.hypot(diagonal.x - 518, diagonal.y - 118)).toBeCloseTo(18, 6);
  });

  it('falls back to the line from the centre for points off to a corner', () => {
    expect(dock(task, { x: 250, y: 340 })).toEqual({ x: 170, y: 180 });
    expect(dock(task, { x: 150, y: 140 })).toEqual({ x: 150, y: 140 });
  });

  it('routes an edge from dock to dock through its bend points', () => {
    expect(
      edgePoints(
        task,
        gateway,
        [
          { x: 150, y: 40 },
          { x: 325, y: 40 },
        ],
        ['rect', 'diamond'],
      ),
    ).toEqual([
      { x: 150, y: 100 },
      { x: 150, y: 40 },
      { x: 325, y: 40 },
      { x: 325, y: 100 },
    ]);
  });
});
