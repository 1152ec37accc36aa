import { loopCut, parallelCut, sequenceCut, xorCut, type Cut } from './cuts';
import { activityOncePerTrace, tauLoopSplit, withoutActivity } from './fallThroughs';
import type { ProcessTree } from './processTree';
import { splitLoop, splitParallel, splitSequence, splitXor } from './splits';
import { addTrace, filterDfg, traceCount, traceDfg, type TraceDfg, type TraceLog } from './traceLog';

const cutFinders = [xorCut, sequenceCut, parallelCut, loopCut];
const splitters = { xor: splitXor, sequence: splitSequence, parallel: splitParallel, loop: splitLoop };

function findCut(dfg: TraceDfg): Cut | null {
  for (const find of cutFinders) {
    const cut = find(dfg);
    if (cut) return cut;
  }
  return null;
}

/** Any of the activities, any number of times: the silent body runs once more than the activities in all. */
function flower(dfg: TraceDfg, frequency: number): ProcessTree {
  const names = [...dfg.activities.keys()].sort();
  const runs = [...dfg.activities.values()].reduce((sum, n) => sum + n, frequency);
  return {
    kind: 'loop',
    frequency,
    children: [
      { kind: 'tau', frequency: runs },
      ...names.map((name) => ({ kind: 'activity' as const, name, frequency: dfg.activities.get(name)! })),
    ],
  };
}

/**
 * The inductive miner with infrequent-behaviour filtering (IMf, Leemans, Fahland and van der Aalst 2013) over a
 * trace log: base cases, then cuts on the directly-follows graph, then on the graph filtered at `noise`, then the
 * fall-throughs. The tree it returns is sound by construction.
 */
export function inductiveMiner(log: TraceLog, noise: number, depth = 0): ProcessTree {
  const total = traceCount(log);
  const empty = log.get('')?.count ?? 0; // the key of the empty trace
  if (total === 0 || empty === total) return { kind: 'tau', frequency: total };
  if (empty > 0) {
    const rest: TraceLog = new Map([...log].filter(([, entry]) => entry.trace.length > 0));
    if (empty < noise * total) return inductiveMiner(rest, noise, depth);
    const body = inductiveMiner(rest, noise, depth + 1);
    return { kind: 'xor', frequency: total, children: [body, { kind: 'tau', frequency: empty }] };
  }
  const dfg = traceDfg(log);
  if (dfg.activities.size === 1) {
    const [name, occurrences] = [...dfg.activities][0];
    const once: ProcessTree = { kind: 'activity', name, frequency: total };
    if (occurrences === total) return once;
    const body: ProcessTree = { kind: 'activity', name, frequency: occurrences };
    return { kind: 'loop', frequency: total, children: [body, { kind: 'tau', frequency: occurrences - total }] };
  }
  // Deep recursion only comes from pathological logs; the flower model still replays them.
  if (depth > 200) return flower(dfg, total);
  const cut = findCut(dfg) ?? (noise > 0 ? findCut(filterDfg(dfg, noise)) : null);
  if (cut) {
    const parts = splitters[cut.kind](log, cut.groups);
    const children = parts.map((part) => inductiveMiner(part, noise, depth + 1));
    // Each child counts the parts of traces it was mined from: a loop's body and ways back count their rounds.
    if (cut.kind === 'xor') children.sort((a, b) => b.frequency - a.frequency);
    return { kind: cut.kind, children, frequency: total };
  }
  const once = activityOncePerTrace(log, dfg);
  if (once) {
    const rest = inductiveMiner(withoutActivity(log, once), noise, depth + 1);
    return {
      kind: 'parallel',
      frequency: total,
      children: [{ kind: 'activity', name: once, frequency: total }, rest],
    };
  }
  const split = tauLoopSplit(log, dfg);
  if (split) {
    const parts = traceCount(split);
    const body = inductiveMiner(split, noise, depth + 1);
    return { kind: 'loop', frequency: total, children: [body, { kind: 'tau', frequency: parts - total }] };
  }
  return flower(dfg, total);
}

/** A trace log from a list of traces, one case each (for tests and small callers). */
export function traceLogFrom(traces: string[][]): TraceLog {
  const log: TraceLog = new Map();
  for (const trace of traces) addTrace(log, trace, 1);
  return log;
}
