import type { Box, Point } from '../../model/geometry';
import { minimumGap, type SegmentUse } from './segmentUse';

/** What a route search may cross and what it should avoid. */
export interface SearchArea {
  /** Shapes the route goes around (not the ones containing its ends). */
  obstacles: Box[];
  /** The distance kept from shapes; lines at that distance are where routes run. */
  clearance: number;
  /** Segments of routes already laid, which this one keeps apart from. */
  used: SegmentUse;
}

/** Costs, in map units of length: a bend costs as much as this much extra length. */
const bendCost = 24;
/** Length multipliers for running inside a shape's clearance band, and through a shape. */
const nearCost = 4;
const throughCost = 400;

/** At most this many lines of other routes in a search's extent get lines beside them. */
const besideLimit = 40;

/** Sorted distinct values, merging values closer than one unit. */
function distinct(values: number[]): number[] {
  const sorted = values.map(Math.round).sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1] >= 1) out.push(v);
  return out;
}

/** Adds the midpoints of wide gaps, so that routes can run down the middle of the space between shapes. */
function withChannels(values: number[], wide: number): number[] {
  const out: number[] = [];
  values.forEach((v, i) => {
    out.push(v);
    const next = values[i + 1];
    if (next !== undefined && next - v > wide) out.push(Math.round((v + next) / 2));
  });
  return out;
}

/** The candidate lines of a search: shape edges, their clearance lines and centres, the ends, and channels. */
function gridLines(ends: Point[], area: SearchArea, extent: Box): { xs: number[]; ys: number[] } {
  const c = area.clearance;
  const xs = [extent.x, extent.x + extent.width, ...ends.map((p) => p.x)];
  const ys = [extent.y, extent.y + extent.height, ...ends.map((p) => p.y)];
  for (const b of area.obstacles) {
    xs.push(b.x - c, b.x, b.x + b.width / 2, b.x + b.width, b.x + b.width + c);
    ys.push(b.y - c, b.y, b.y + b.height / 2, b.y + b.height, b.y + b.height + c);
  }
  // Beside lines other routes already take, so that this one can run alongside at a distance.
  // Only a few, so that the grid of a long route across a crowded map stays small.
  const gap = minimumGap;
  const [usedXs, usedYs] = [area.used.verticalLines(extent), area.used.horizontalLines(extent)];
  if (usedXs.length <= besideLimit) for (const x of usedXs) xs.push(x - gap, x + gap);
  if (usedYs.length <= besideLimit) for (const y of usedYs) ys.push(y - gap, y + gap);
  const inside = (lo: number, hi: number) => (v: number) => v >= lo && v <= hi;
  return {
    xs: withChannels(distinct(xs.filter(inside(extent.x, extent.x + extent.width))), 3 * c),
    ys: withChannels(distinct(ys.filter(inside(extent.y, extent.y + extent.height))), 3 * c),
  };
}

/** For every grid point: 0 in the open, 1 within a shape's clearance band, 2 inside a shape. */
function levels(xs: number[], ys: number[], area: SearchArea): Uint8Array {
  const level = new Uint8Array(xs.length * ys.length);
  const c = area.clearance;
  const mark = (b: Box, grow: number, value: number) => {
    const [x0, x1, y0, y1] = [b.x - grow, b.x + b.width + grow, b.y - grow, b.y + b.height + grow];
    for (let j = firstAbove(ys, y0); j < ys.length && ys[j] < y1; j++)
      for (let i = firstAbove(xs, x0); i < xs.length && xs[i] < x1; i++)
        if (level[j * xs.length + i] < value) level[j * xs.length + i] = value;
  };
  for (const b of area.obstacles) {
    mark(b, c - 1, 1);
    mark(b, 0, 2);
  }
  return level;
}

/** The index of the first value strictly greater than v in a sorted list. */
function firstAbove(values: number[], v: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A binary min-heap of state numbers keyed by cost. */
class Heap {
  private keys: number[] = [];
  private items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: number, key: number): void {
    let i = this.items.length;
    this.items.push(item);
    this.keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  private swap(a: number, b: number): void {
    const item = this.items[a];
    this.items[a] = this.items[b];
    this.items[b] = item;
    const key = this.keys[a];
    this.keys[a] = this.keys[b];
    this.keys[b] = key;
  }
  /** The smallest key, or Infinity when empty. */
  peekKey(): number {
    return this.keys.length > 0 ? this.keys[0] : Infinity;
  }
  pop(): number {
    const top = this.items[0];
    const lastItem = this.items.pop()!;
    const lastKey = this.keys.pop()!;
    if (this.items.length > 0) {
      this.items[0] = lastItem;
      this.keys[0] = lastKey;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < this.keys.length && this.keys[l] < this.keys[least]) least = l;
        if (r < this.keys.length && this.keys[r] < this.keys[least]) least = r;
        if (least === i) break;
        this.swap(i, least);
        i = least;
      }
    }
    return top;
  }
}

// Directions: 0 right, 1 down, 2 left, 3 up.
const stepX = [1, 0, -1, 0];
const stepY = [0, 1, 0, -1];

/** The direction of travel from a unit vector. */
export const directionOf = (v: Point): number => (v.x > 0 ? 0 : v.y > 0 ? 1 : v.x < 0 ? 2 : 3);

/** A found route: its corner points (ends included) and whether it had to cross a shape. */
export interface SearchResult {
  points: Point[];
  crosses: boolean;
}

/**
 * The cheapest orthogonal path from `from` (leaving in direction `startDir`) to `to` (arriving in direction
 * `endDir`) over the grid of the area's lines within `extent`: A* where cost is length, a penalty per bend, a
 * surcharge near and through shapes and along segments other routes use.
 */
export function searchRoute(
  from: Point,
  startDir: number,
  to: Point,
  endDir: number,
  area: SearchArea,
  extent: Box,
): SearchResult | undefined {
  const { xs, ys } = gridLines([from, to], area, extent);
  const level = levels(xs, ys, area);
  const nx = xs.length;
  const [si, sj, ti, tj] = [
    xs.indexOf(Math.round(from.x)),
    ys.indexOf(Math.round(from.y)),
    xs.indexOf(Math.round(to.x)),
    ys.indexOf(Math.round(to.y)),
  ];
  if (si < 0 || sj < 0 || ti < 0 || tj < 0) return undefined;
  const states = nx * ys.length * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const previous = new Int32Array(states).fill(-1);
  const heap = new Heap();
  const start = (sj * nx + si) * 4 + startDir;
  cost[start] = 0;
  const estimate = (i: number, j: number) => Math.abs(xs[i] - xs[ti]) + Math.abs(ys[j] - ys[tj]);
  heap.push(start, estimate(si, sj));
  const weight = [1, nearCost, throughCost];
  let goal = -1;
  while (heap.size > 0) {
    const state = heap.pop();
    const dir = state & 3;
    const cell = state >> 2;
    const i = cell % nx;
    const j = (cell - i) / nx;
    if (i === ti && j === tj) {
      const final = cost[state] + (dir === endDir ? 0 : bendCost * (dir === (endDir + 2) % 4 ? 2 : 1));
      if (goal < 0 || final < cost[goal] + 1e-9) goal = state;
      // Settled: nothing cheaper can still arrive (the estimate never overstates).
      if (final <= heap.peekKey()) break;
      continue;
    }
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4) continue;
      const ni = i + stepX[d];
      const nj = j + stepY[d];
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ys.length) continue;
      const length = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]);
      const near = Math.max(level[j * nx + i], level[nj * nx + ni]);
      const crowd = area.used.overlap(xs[i], ys[j], xs[ni], ys[nj]);
      const next = (nj * nx + ni) * 4 + d;
      const total = cost[state] + length * weight[near] + crowd + (d === dir ? 0 : bendCost);
      if (total >= cost[next]) continue;
      cost[next] = total;
      previous[next] = state;
      heap.push(next, total + estimate(ni, nj));
    }
  }
  if (goal < 0) return undefined;
  const cells: Point[] = [];
  let crosses = false;
  for (let s = goal; s >= 0; s = previous[s]) {
    const cell = s >> 2;
    cells.push({ x: xs[cell % nx], y: ys[Math.floor(cell / nx)] });
    if (level[cell] === 2) crosses = true;
  }
  return { points: corners(cells.reverse()), crosses };
}

/** Drops the points in the middle of straight runs. */
export function corners(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    if (out.length > 0 && out[out.length - 1].x === p.x && out[out.length - 1].y === p.y) continue;
    if (out.length >= 2) {
      const [a, b] = [out[out.length - 2], out[out.length - 1]];
      if ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y)) out.pop();
    }
    out.push(p);
  }
  return out;
}
