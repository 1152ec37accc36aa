import { addPart, type TraceDfg, type TraceLog } from './traceLog';

// The fall-throughs of the inductive miner, tried in this order when no cut fits: each still gives a tree that
// can replay the log, at some cost in precision; the flower model is the last resort.

/** An activity that happens exactly once in every trace: it runs in parallel with the rest (and is taken out). */
export function activityOncePerTrace(log: TraceLog, dfg: TraceDfg): string | null {
  const names = [...dfg.activities.keys()].sort();
  if (names.length < 2) return null;
  for (const name of names) {
    let once = true;
    for (const { trace } of log.values()) {
      let n = 0;
      for (const a of trace) if (a === name) n++;
      if (n !== 1) {
        once = false;
        break;
      }
    }
    if (once) return name;
  }
  return null;
}

/** The log without one activity. */
export function withoutActivity(log: TraceLog, name: string): TraceLog {
  const rest: TraceLog = new Map();
  for (const entry of log.values())
    addPart(
      rest,
      entry,
      entry.trace.flatMap((a, i) => (a === name ? [] : [i])),
    );
  return rest;
}

/**
 * Traces cut wherever an end activity is directly followed by a start activity (strict tau loop), or, failing
 * that, before every start activity that is not first (tau loop); null when neither cuts anything.
 */
export function tauLoopSplit(log: TraceLog, dfg: TraceDfg): TraceLog | null {
  const cutAt = [
    (before: string, after: string) => dfg.ends.has(before) && dfg.starts.has(after),
    (_before: string, after: string) => dfg.starts.has(after),
  ];
  for (const cuts of cutAt) {
    const split: TraceLog = new Map();
    let more = false;
    for (const entry of log.values()) {
      const trace = entry.trace;
      let part: number[] = [];
      trace.forEach((a, i) => {
        if (i > 0 && cuts(trace[i - 1], a)) {
          addPart(split, entry, part);
          part = [];
          more = true;
        }
        part.push(i);
      });
      addPart(split, entry, part);
    }
    if (more) return split;
  }
  return null;
}
