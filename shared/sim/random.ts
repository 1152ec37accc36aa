/** splitmix32: spreads a 32-bit key over the whole state space, so that nearby seeds give unrelated streams. */
function mix(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Streams 0 and 1 are the arrivals' and the case data's; element streams never take them. */
const fixedStreams = 2;

/**
 * The stream of a map element, from a stable hash (FNV-1a, 32 bits) of its id rather than its position, so that a
 * scenario or a second map that adds, removes or reorders elements keeps every other element's draws: the runs
 * being compared share random numbers element by element (common random numbers).
 */
export function elementStream(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash >>>= 0;
  return hash < fixedStreams ? hash + fixedStreams : hash;
}

/**
 * A seeded xoshiro128** generator: fast, 2^128 − 1 period, no allocation per draw. Each (seed, replication,
 * stream) triple gives an independent stream, so replications are independent and every element of the map draws
 * from its own stream (a scenario that changes one element leaves the draws of the others unchanged).
 */
export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** The second value of the last Marsaglia polar pair, kept for the next normal draw (NaN when none). */
  spareNormal = Number.NaN;

  constructor(seed: number, replication: number, stream: number) {
    const low = seed >>> 0;
    const high = Math.floor(seed / 4294967296) >>> 0;
    let key = mix(low ^ mix(high ^ mix(replication ^ mix(stream))));
    this.s0 = key = mix(key);
    this.s1 = key = mix(key);
    this.s2 = key = mix(key);
    this.s3 = mix(key) | 1; // never the all-zero state
  }

  /** A uniform number in [0, 1) with 32 random bits. */
  next(): number {
    const s1 = this.s1;
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return (result >>> 0) / 4294967296;
  }
}
