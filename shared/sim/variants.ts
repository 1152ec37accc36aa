import type { VariantReport } from './types';

/** Most trie nodes kept: a case whose path would need one more is counted among the other cases. */
export const variantNodeLimit = 10_000;
/** Variants listed in the report. */
export const variantsListed = 50;
/** The path of a case that went past the node limit. */
export const overflowPath = -1;

/**
 * The paths of completed cases, as a trie of (parent path, activity) → path, with a count and a cycle-time sum per
 * path that a case ended on. A case carries only its path's node number, so a step costs one probe of an
 * open-addressing table of numbers and nothing is allocated per event; the trie never holds more than
 * `limit` paths, so rework loops cannot grow it without bound.
 */
export class VariantTrie {
  private parent = new Int32Array(256);
  private activity = new Int32Array(256);
  private ended = new Float64Array(256);
  private cycleSum = new Float64Array(256);
  /** The child each node was last left through: most steps repeat it, and skip the table. */
  private lastChild = new Int32Array(256);
  /** Node number + 1 per slot; 0 is empty. */
  private table = new Int32Array(1024);
  private size = 1; // node 0 is the empty path
  /** Completed cases whose path went past the limit. */
  overflowCases = 0;

  constructor(private readonly limit = variantNodeLimit) {
    this.parent[0] = -1;
    this.activity[0] = -1;
  }

  /** The empty path, where every case starts. */
  get root(): number {
    return 0;
  }

  get nodeCount(): number {
    return this.size;
  }

  /** The path `path` followed by `activity`; overflowPath once the limit is reached (and for ever after). */
  step(path: number, activity: number): number {
    // Small enough to be inlined at the call: the child taken last time, else a probe of the table.
    if (path >= 0) {
      const last = this.lastChild[path];
      if (last !== 0 && this.activity[last] === activity) return last;
    }
    return this.find(path, activity);
  }

  private find(path: number, activity: number): number {
    if (path < 0) return overflowPath;
    const table = this.table;
    const mask = table.length - 1;
    let slot = hash(path, activity) & mask;
    for (let entry = table[slot]; entry !== 0; entry = table[slot]) {
      const n = entry - 1;
      if (this.parent[n] === path && this.activity[n] === activity) return (this.lastChild[path] = n);
      slot = (slot + 1) & mask;
    }
    if (this.size >= this.limit) return overflowPath;
    const n = this.size++;
    if (n === this.parent.length) this.growNodes();
    this.parent[n] = path;
    this.activity[n] = activity;
    table[slot] = n + 1;
    if (this.size * 2 > table.length) this.growTable();
    return (this.lastChild[path] = n);
  }

  /** Counts a completed case that ended on `path` after `cycleTime` seconds. */
  end(path: number, cycleTime: number): void {
    if (path < 0) {
      this.overflowCases++;
      return;
    }
    this.ended[path]++;
    this.cycleSum[path] += cycleTime;
  }

  private growNodes(): void {
    const length = this.parent.length * 2;
    this.parent = grown(this.parent, new Int32Array(length));
    this.activity = grown(this.activity, new Int32Array(length));
    this.ended = grown(this.ended, new Float64Array(length));
    this.cycleSum = grown(this.cycleSum, new Float64Array(length));
    this.lastChild = grown(this.lastChild, new Int32Array(length));
  }

  private growTable(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let n = 1; n < this.size; n++) {
      let slot = hash(this.parent[n], this.activity[n]) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = n + 1;
    }
    this.table = table;
  }

  /**
   * The `listed` most frequent paths, ties in the order of their paths (activity ids compared element by element,
   * a path before its extensions), and the completed cases of all the others. `ids` names activities by index.
   */
  report(ids: readonly string[], listed = variantsListed): { variants: VariantReport[]; others: number } {
    const rank = this.pathOrder(ids);
    const ended: number[] = [];
    let total = this.overflowCases;
    for (let n = 0; n < this.size; n++)
      if (this.ended[n] > 0) {
        ended.push(n);
        total += this.ended[n];
      }
    ended.sort((a, b) => this.ended[b] - this.ended[a] || rank[a] - rank[b]);
    const variants = ended.slice(0, listed).map((n) => ({
      path: this.pathOf(n, ids),
      count: this.ended[n],
      meanCycleTime: this.cycleSum[n] / this.ended[n],
    }));
    let kept = 0;
    for (const v of variants) kept += v.count;
    return { variants, others: total - kept };
  }

  private pathOf(n: number, ids: readonly string[]): string[] {
    const path: string[] = [];
    for (let k = n; k > 0; k = this.parent[k]) path.push(ids[this.activity[k]]);
    return path.reverse();
  }

  /** Each node's position in a pre-order walk with children by activity id: the lexicographic order of paths. */
  private pathOrder(ids: readonly string[]): Int32Array {
    const byId = ids.map((_, i) => i).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
    const idRank = new Int32Array(ids.length);
    byId.forEach((a, r) => (idRank[a] = r));
    const size = this.size;
    // Children of each node, grouped (counting sort by parent), then ordered by their activity's id.
    const first = new Int32Array(size + 1);
    for (let n = 1; n < size; n++) first[this.parent[n] + 1]++;
    for (let n = 0; n < size; n++) first[n + 1] += first[n];
    const children = new Int32Array(Math.max(0, size - 1));
    const fill = first.slice(0, size);
    for (let n = 1; n < size; n++) children[fill[this.parent[n]]++] = n;
    for (let n = 0; n < size; n++)
      children.subarray(first[n], first[n + 1]).sort((a, b) => idRank[this.activity[a]] - idRank[this.activity[b]]);
    const rank = new Int32Array(size);
    const stack = [0];
    for (let next = 0; stack.length > 0; next++) {
      const n = stack.pop()!;
      rank[n] = next;
      for (let k = first[n + 1] - 1; k >= first[n]; k--) stack.push(children[k]);
    }
    return rank;
  }
}

function hash(path: number, activity: number): number {
  return Math.imul(path ^ Math.imul(activity + 1, 0x85ebca6b), 0x9e3779b1) >>> 8;
}

function grown<T extends Int32Array | Float64Array>(old: T, into: T): T {
  into.set(old);
  return into;
}
