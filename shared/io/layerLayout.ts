import type { Point, Size } from '../model/geometry';

/** A node to place: its id and drawn size. */
export interface LayerMember extends Size {
  id: string;
}

/** Gaps between columns and between nodes in a column, as ELK's layered layout keeps them. */
const gaps = { betweenLayers: 70, inLayer: 50 };

/**
 * A plain left-to-right layered layout in linear time, for graphs too large for ELK (whose layered algorithm grows
 * much faster than the graph and recurses along long chains): each node goes in the column of its breadth-first
 * distance from the nodes nothing leads to (cycles and unreachable parts start from their first node), and the
 * nodes of a column are stacked in the order they were reached.
 */
export function layerLayout(members: LayerMember[], edges: { source: string; target: string }[]): Map<string, Point> {
  const index = new Map(members.map((m, i) => [m.id, i]));
  const next: number[][] = members.map(() => []);
  const incoming = new Array<number>(members.length).fill(0);
  for (const { source, target } of edges) {
    const [from, to] = [index.get(source), index.get(target)];
    if (from === undefined || to === undefined || from === to) continue;
    next[from].push(to);
    incoming[to]++;
  }
  const layer = new Array<number>(members.length).fill(-1);
  const order: number[] = [];
  const visitFrom = (starts: number[]) => {
    let head = order.length;
    for (const s of starts)
      if (layer[s] === -1) {
        layer[s] = 0;
        order.push(s);
      }
    for (; head < order.length; head++)
      for (const to of next[order[head]])
        if (layer[to] === -1) {
          layer[to] = layer[order[head]] + 1;
          order.push(to);
        }
  };
  visitFrom(members.flatMap((_, i) => (incoming[i] === 0 ? [i] : [])));
  for (let i = 0; i < members.length; i++) if (layer[i] === -1) visitFrom([i]);

  const columns: number[][] = [];
  for (const i of order) (columns[layer[i]] ??= []).push(i);
  const slot = members.reduce((most, m) => Math.max(most, m.height), 0) + gaps.inLayer;
  const placed = new Map<string, Point>();
  let x = 0;
  for (const column of columns) {
    const width = column.reduce((most, i) => Math.max(most, members[i].width), 0);
    column.forEach((i, row) => {
      const m = members[i];
      // Centred in the column and in its row slot, so that a chain's events line up with its tasks.
      placed.set(m.id, { x: x + (width - m.width) / 2, y: row * slot + (slot - gaps.inLayer - m.height) / 2 });
    });
    x += width + gaps.betweenLayers;
  }
  return placed;
}
