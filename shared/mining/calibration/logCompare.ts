/** A log reduced to what the accuracy check compares: each case's activities in order and its cycle time. */
export interface ComparedLog {
  traces: readonly (readonly string[])[];
  /** Seconds from each case's first moment to its last. */
  cycleTimes: readonly number[];
}

/**
 * Earth mover's (1-Wasserstein) distance between two samples: the mean gap between their quantiles, taken at
 * 1,000 evenly spaced levels.
 */
export function earthMovers(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return Number.NaN;
  const sa = [...a].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  const steps = 1000;
  let total = 0;
  for (let i = 0; i < steps; i++) {
    const u = (i + 0.5) / steps;
    total += Math.abs(sa[Math.floor(u * sa.length)] - sb[Math.floor(u * sb.length)]);
  }
  return total / steps;
}

/** Each activity's share of all activity executions. */
export function activityShares(traces: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const trace of traces)
    for (const a of trace) {
      counts.set(a, (counts.get(a) ?? 0) + 1);
      total++;
    }
  for (const [a, c] of counts) counts.set(a, c / total);
  return counts;
}

/** Half the summed absolute difference of two share tables (total variation distance, 0..1). */
export function shareDistance(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) sum += Math.abs((a.get(key) ?? 0) - (b.get(key) ?? 0));
  return sum / 2;
}

/** Counts of the n-grams of the traces, each trace framed by a start and an end mark. */
export function ngrams(traces: readonly (readonly string[])[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const trace of traces) {
    const framed = ['▶', ...trace, '■'];
    for (let i = 0; i + n <= framed.length; i++) {
      const gram = framed.slice(i, i + n).join('\u0001');
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

/** 1 − the cosine similarity of two count tables (0 the same shape, 1 nothing in common). */
export function cosineDistance(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  if (na === 0 || nb === 0) return na === nb ? 0 : 1;
  return Math.max(0, 1 - dot / Math.sqrt(na * nb));
}
