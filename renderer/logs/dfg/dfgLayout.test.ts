import { describe, expect, it } from 'vitest';
import { readXesText } from '../../../shared/io/eventLog';
import { directlyFollows } from '../../../shared/log/directlyFollows';
import runningExampleXes from '../../../test/fixtures/logs/xes/running-example.xes?raw';
import { layoutDfg, type PlacedNode } from './dfgLayout';

const runningExample = readXesText(runningExampleXes);

const overlap = (a: PlacedNode, b: PlacedNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutDfg', () => {
  it('places every activity, the start above and the end below them, with no boxes overlapping', async () => {
    const graph = directlyFollows(runningExample);
    const layout = await layoutDfg(graph);
    const activities = layout.nodes.filter((n) => n.kind === 'activity');
    expect(activities.map((n) => n.name).sort()).toEqual(graph.activities.map((a) => a.name).sort());
    const start = layout.nodes.find((n) => n.kind === 'start')!;
    const end = layout.nodes.find((n) => n.kind === 'end')!;
    for (const node of activities) {
      expect(start.y + start.height).toBeLessThanOrEqual(node.y);
      expect(end.y).toBeGreaterThanOrEqual(node.y + node.height);
    }
    for (const a of layout.nodes) for (const b of layout.nodes) if (a !== b) expect(overlap(a, b)).toBe(false);
    for (const node of layout.nodes) {
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('draws one arrow per succession and per first and last activity, each with points and a label place', async () => {
    const graph = directlyFollows(runningExample);
    const layout = await layoutDfg(graph);
    const expected = graph.edges.length + Object.keys(graph.starts).length + Object.keys(graph.ends).length;
    expect(layout.edges).toHaveLength(expected);
    expect(layout.edges.filter((e) => e.from === null).map((e) => e.to)).toEqual(['register request']);
    expect(
      layout.edges
        .filter((e) => e.to === null)
        .map((e) => e.from)
        .sort(),
    ).toEqual(['pay compensation', 'reject request']);
    for (const edge of layout.edges) {
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
      expect(edge.label).not.toBeNull();
    }
  });
});
