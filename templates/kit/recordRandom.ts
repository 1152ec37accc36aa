import type { Distribution } from '../../shared/model/schema';
import { sampler } from '../../shared/sim/distributions';
import { Random } from '../../shared/sim/random';

/** The seeded generator behind a template's records: the same seed gives the same file, byte for byte. */
export class RecordRandom {
  private readonly random: Random;

  constructor(seed: number, stream = 0) {
    this.random = new Random(seed, 0, stream);
  }

  /** A uniform number in [0, 1). */
  next(): number {
    return this.random.next();
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the choices, each as likely as its weight. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let left = this.next() * total;
    for (const [value, weight] of choices) {
      left -= weight;
      if (left < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  /** A draw from one of the engine's distributions. */
  draw(distribution: Distribution): number {
    return sampler(distribution)(this.random);
  }

  /** A money amount from a distribution, at least `floor`, as text with two decimals ("1234.50"). */
  money(distribution: Distribution, floor = 1): string {
    return Math.max(floor, this.draw(distribution)).toFixed(2);
  }

  /** The items in a random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}
