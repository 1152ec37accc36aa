/**
 * A binary min-heap over typed arrays, ordered by (key1, key2, insertion order), carrying four integers per
 * entry. Entries live in slots recycled through a free list, and the heap moves only slot numbers, so pushing
 * and popping allocate nothing once the arrays have grown to the peak size. Used for the event list (key1 =
 * time) and for resource queues (keys = negated priorities or the work, then first come first served, or last
 * come first served when built with `lastFirst`).
 */
export class KeyedHeap {
  private key1 = new Float64Array(64);
  private key2 = new Float64Array(64);
  private order = new Float64Array(64);
  private payload = new Int32Array(256);
  private heap = new Int32Array(64);
  private free = new Int32Array(64);
  private freeCount = 0;
  private slots = 0;
  private nextOrder = 0;
  /** 1, or −1 for last come first served. */
  private readonly step: number;
  size = 0;

  // The entry removed by the last pop().
  topKey1 = 0;
  topA = 0;
  topB = 0;
  topC = 0;
  topD = 0;

  /** With `lastFirst`, entries with equal keys come out newest first (the insertion order counts down). */
  constructor(lastFirst = false) {
    this.step = lastFirst ? -1 : 1;
  }

  private grow(): void {
    const capacity = this.key1.length * 2;
    const widen = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T, n: number): T => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.key1 = widen(this.key1, (n) => new Float64Array(n), capacity);
    this.key2 = widen(this.key2, (n) => new Float64Array(n), capacity);
    this.order = widen(this.order, (n) => new Float64Array(n), capacity);
    this.payload = widen(this.payload, (n) => new Int32Array(n), capacity * 4);
    this.heap = widen(this.heap, (n) => new Int32Array(n), capacity);
    this.free = widen(this.free, (n) => new Int32Array(n), capacity);
  }

  private less(a: number, b: number): boolean {
    const a1 = this.key1[a];
    const b1 = this.key1[b];
    if (a1 !== b1) return a1 < b1;
    const a2 = this.key2[a];
    const b2 = this.key2[b];
    if (a2 !== b2) return a2 < b2;
    return this.order[a] < this.order[b];
  }

  push(key1: number, key2: number, a: number, b: number, c: number, d: number): void {
    let slot: number;
    if (this.freeCount > 0) slot = this.free[--this.freeCount];
    else {
      if (this.slots === this.key1.length) this.grow();
      slot = this.slots++;
    }
    this.key1[slot] = key1;
    this.key2[slot] = key2;
    this.order[slot] = this.nextOrder;
    this.nextOrder += this.step;
    const p = slot * 4;
    this.payload[p] = a;
    this.payload[p + 1] = b;
    this.payload[p + 2] = c;
    this.payload[p + 3] = d;
    const heap = this.heap;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(slot, heap[parent])) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = slot;
  }

  /** Removes the smallest entry into topKey1 and topA..topD; returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const heap = this.heap;
    const slot = heap[0];
    this.topKey1 = this.key1[slot];
    const p = slot * 4;
    this.topA = this.payload[p];
    this.topB = this.payload[p + 1];
    this.topC = this.payload[p + 2];
    this.topD = this.payload[p + 3];
    this.free[this.freeCount++] = slot;
    const last = heap[--this.size];
    const n = this.size;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.less(heap[child + 1], heap[child])) child++;
      if (!this.less(heap[child], last)) break;
      heap[i] = heap[child];
      i = child;
    }
    if (n > 0) heap[i] = last;
    return true;
  }
}
