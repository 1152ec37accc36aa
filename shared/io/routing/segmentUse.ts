import type { Box, Point } from '../../model/geometry';

/** Routes closer than this (in map units) to a parallel one count as running along it. */
export const minimumGap = 12;
/** Extra cost per unit of length run along another route: routes detour rather than share a line. */
const alongCost = 3;

/** The length of the stretches a line is cut into for lookups. */
const cellLength = 256;

/**
 * Laid segments on lines at `at`, bucketed by `at` in steps of the minimum gap and along the line in cells, so that
 * a lookup reads only the few buckets near it however many routes share a line across the map.
 */
class Lines {
  private cells = new Map<string, { at: number; lo: number; hi: number }[]>();
  private ats = new Map<number, Set<number>>();

  add(at: number, a: number, b: number): void {
    const span = { at, lo: Math.min(a, b), hi: Math.max(a, b) };
    const bucket = bucketOf(at);
    for (let c = Math.floor(span.lo / cellLength); c <= Math.floor(span.hi / cellLength); c++) {
      const key = `${bucket}:${c}`;
      const list = this.cells.get(key);
      if (list) list.push(span);
      else this.cells.set(key, [span]);
    }
    const ats = this.ats.get(bucket);
    if (ats) ats.add(at);
    else this.ats.set(bucket, new Set([at]));
  }

  /** Length of [a, b] on line `at` that runs within the minimum gap of laid segments. */
  overlap(at: number, a: number, b: number): number {
    const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
    const bucket = bucketOf(at);
    let total = 0;
    for (let k = bucket - 1; k <= bucket + 1; k++)
      for (let c = Math.floor(lo / cellLength); c <= Math.floor(hi / cellLength); c++) {
        const list = this.cells.get(`${k}:${c}`);
        if (!list) continue;
        // Clipped to the cell, so that a segment listed in several cells counts once.
        const [from, to] = [Math.max(lo, c * cellLength), Math.min(hi, (c + 1) * cellLength)];
        for (const s of list)
          if (Math.abs(s.at - at) < minimumGap) total += Math.max(0, Math.min(to, s.hi) - Math.max(from, s.lo));
      }
    return total;
  }

  /** The lines with laid segments between lo and hi. */
  within(lo: number, hi: number): number[] {
    const found: number[] = [];
    for (let k = bucketOf(lo); k <= bucketOf(hi); k++)
      for (const at of this.ats.get(k) ?? []) if (at >= lo && at <= hi) found.push(at);
    return found;
  }
}

const bucketOf = (at: number) => Math.floor(at / minimumGap);

/** The horizontal and vertical segments of the routes laid so far, for keeping later routes apart from them. */
export class SegmentUse {
  private horizontal = new Lines();
  private vertical = new Lines();

  /** Records a route's straight segments (diagonal ones, from bends the user placed, are not tracked). */
  addRoute(points: Point[]): void {
    for (let i = 1; i < points.length; i++) {
      const [p, q] = [points[i - 1], points[i]];
      if (p.y === q.y && p.x !== q.x) this.horizontal.add(Math.round(p.y), p.x, q.x);
      else if (p.x === q.x && p.y !== q.y) this.vertical.add(Math.round(p.x), p.y, q.y);
    }
  }

  /** The cost of running from (x1, y1) to (x2, y2) along or close beside segments already laid. */
  overlap(x1: number, y1: number, x2: number, y2: number): number {
    if (y1 === y2) return alongCost * this.horizontal.overlap(y1, x1, x2);
    return alongCost * this.vertical.overlap(x1, y1, y2);
  }

  /** The y of horizontal segments laid within a box. */
  horizontalLines(extent: Box): number[] {
    return this.horizontal.within(extent.y, extent.y + extent.height);
  }

  /** The x of vertical segments laid within a box. */
  verticalLines(extent: Box): number[] {
    return this.vertical.within(extent.x, extent.x + extent.width);
  }
}
