import { addPart, type TraceLog } from './traceLog';

// The splits of IMf: each trace is cut along the groups of a cut, and events that do not fit the cut are left out
// (they are the noise the filtered graph did not show).

function groupIndex(groups: string[][]): Map<string, number> {
  const index = new Map<string, number>();
  groups.forEach((group, i) => group.forEach((a) => index.set(a, i)));
  return index;
}

const positionsIn = (trace: string[], keep: (activity: string) => boolean) =>
  trace.flatMap((a, i) => (keep(a) ? [i] : []));

const emptyLogs = (n: number): TraceLog[] => Array.from({ length: n }, () => new Map());

/** Exclusive choice: each trace goes to the group holding most of its events, keeping only those events. */
export function splitXor(log: TraceLog, groups: string[][]): TraceLog[] {
  const index = groupIndex(groups);
  const logs = emptyLogs(groups.length);
  for (const entry of log.values()) {
    const tally = new Array<number>(groups.length).fill(0);
    for (const a of entry.trace) tally[index.get(a)!]++;
    const best = tally.indexOf(Math.max(...tally));
    addPart(
      logs[best],
      entry,
      positionsIn(entry.trace, (a) => index.get(a) === best),
    );
  }
  return logs;
}

/**
 * Sequence: each trace is cut into consecutive parts, one per group, where the cut points keep the most events
 * (dynamic programming over positions and groups); events outside their part's group are left out.
 */
export function splitSequence(log: TraceLog, groups: string[][]): TraceLog[] {
  const index = groupIndex(groups);
  const k = groups.length;
  const logs = emptyLogs(k);
  for (const entry of log.values()) {
    const trace = entry.trace;
    const n = trace.length;
    // kept[i][g]: most events kept among the first i when the parts up to g cover them.
    const kept = Array.from({ length: n + 1 }, () => new Array<number>(k).fill(0));
    for (let i = 1; i <= n; i++)
      for (let g = 0; g < k; g++)
        kept[i][g] = Math.max(
          g > 0 ? kept[i][g - 1] : -Infinity,
          kept[i - 1][g] + (index.get(trace[i - 1]) === g ? 1 : 0),
        );
    const parts: number[][] = Array.from({ length: k }, () => []);
    let g = k - 1;
    for (let i = n; i > 0;) {
      if (g > 0 && kept[i][g] === kept[i][g - 1]) {
        g--;
        continue;
      }
      if (index.get(trace[i - 1]) === g) parts[g].unshift(i - 1);
      i--;
    }
    parts.forEach((part, p) => addPart(logs[p], entry, part));
  }
  return logs;
}

/** Parallel: each trace projected on each group. */
export function splitParallel(log: TraceLog, groups: string[][]): TraceLog[] {
  const index = groupIndex(groups);
  const logs = emptyLogs(groups.length);
  for (const entry of log.values())
    groups.forEach((_, g) =>
      addPart(
        logs[g],
        entry,
        positionsIn(entry.trace, (a) => index.get(a) === g),
      ),
    );
  return logs;
}

/**
 * Loop: each trace cut where it moves between the body (group 0) and a way back; a trace that begins or ends in a
 * way back, or goes from one way back to another, gets an empty body part there.
 */
export function splitLoop(log: TraceLog, groups: string[][]): TraceLog[] {
  const index = groupIndex(groups);
  const logs = emptyLogs(groups.length);
  for (const entry of log.values()) {
    let part: number[] = [];
    let current = 0;
    const close = () => addPart(logs[current], entry, part);
    entry.trace.forEach((a, i) => {
      const g = index.get(a)!;
      if (g === current) return void part.push(i);
      close();
      if (g !== 0 && current !== 0) addPart(logs[0], entry, []);
      part = [i];
      current = g;
    });
    close();
    if (current !== 0) addPart(logs[0], entry, []);
  }
  return logs;
}
