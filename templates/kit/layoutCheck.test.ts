import { describe, expect, it } from 'vitest';
import { processSchema, type ProcessModelInput } from '../../shared/model/schema';
import { gridLayout, type GridCell } from './gridLayout';
import { layoutProblems } from './layoutCheck';
import { endEvent, flow, startEvent, task } from './mapParts';

const lanes = [
  { id: 'front', name: 'Front office' },
  { id: 'back', name: 'Back office' },
];

function laidOut(model: Omit<ProcessModelInput, 'format' | 'schemaVersion' | 'id'>, cells: Record<string, GridCell>) {
  return gridLayout(
    processSchema.parse({ format: 'flowwright.process', schemaVersion: 1, id: 'm', lanes, ...model }),
    cells,
  );
}

const line = {
  nodes: [
    startEvent('s', 'Claim received', 'front'),
    task('t', 'user', 'Register claim', 'front', {}),
    endEvent('e', 'Registered', 'back'),
  ],
  flows: [flow('s', 't'), flow('t', 'e', { name: 'done', condition: 'amount > 100' })],
};

describe('gridLayout and layoutProblems', () => {
  it('lay a small map out tidily: columns left to right, rows in lane bands, room for labels', () => {
    const model = laidOut(line, { s: [0, 0], t: [1, 0], e: [2, 1] });
    expect(layoutProblems(model)).toEqual([]);
    const [s, t, e] = model.nodes;
    expect(s.x).toBeLessThan(t.x);
    expect(t.x).toBeLessThan(e.x);
    expect(model.lanes[1].y).toBe(model.lanes[0].y! + model.lanes[0].height!);
    expect(e.y).toBeGreaterThan(model.lanes[1].y! + 140);
  });

  it('report shapes that overlap, flows that run backwards and flows through a shape', () => {
    const model = laidOut(line, { s: [0, 0], t: [1, 0], e: [2, 0] });
    const t = model.nodes[1];
    const moved = {
      ...model,
      nodes: model.nodes.map((n) => (n.id === 'e' ? { ...n, x: t.x - 10, y: t.y + 20, lane: 'front' } : n)),
    };
    expect(layoutProblems(moved)).toEqual(expect.arrayContaining(['t overlaps e', 'flow-t-e runs right to left']));
    const through = laidOut(
      {
        nodes: [...line.nodes, task('x', 'user', 'Check', 'front', {}), endEvent('f', '', 'front')],
        flows: [...line.flows, flow('t', 'f')],
      },
      { s: [0, 0], t: [1, 0], e: [2, 1], x: [2, 0], f: [3, 0] },
    );
    expect(layoutProblems(through)).toEqual(['flow-t-f runs through x']);
  });

  it('report a node outside its lane band', () => {
    const model = laidOut(line, { s: [0, 0], t: [1, 0], e: [2, 0] });
    const shifted = { ...model, nodes: model.nodes.map((n) => (n.id === 't' ? { ...n, y: n.y + 200 } : n)) };
    expect(layoutProblems(shifted)).toContain('t is outside the band of lane front');
  });

  it('refuse a map whose node has no cell', () => {
    expect(() => laidOut(line, { s: [0, 0], t: [1, 0] })).toThrow('node "e" has no grid cell');
  });
});
