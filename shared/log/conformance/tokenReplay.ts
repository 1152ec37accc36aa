import type { WorkflowNet } from './workflowNet';

/** The outcome of replaying one trace: token counts and where tokens were missing or left. */
export interface TraceReplay {
  produced: number;
  consumed: number;
  missing: number;
  remaining: number;
  /** Missing tokens by node id. */
  missingAt: Map<string, number>;
  /** Tokens left at the end by node id. */
  remainingAt: Map<string, number>;
  /** Activities of the trace that no transition of the net stands for, in trace order (repeats kept). */
  unknown: string[];
}

// Bounds on the search for silent transitions, so that a net with silent loops or token-making paths stays fast.
const maxStates = 4000;
const maxDepth = 40;

type Marking = Int32Array;
const keyOf = (m: Marking) => m.join(',');

function enabled(net: WorkflowNet, marking: Marking, t: number): boolean {
  for (const p of net.transitions[t].inputs) if (marking[p] === 0) return false;
  return true;
}

function fired(net: WorkflowNet, marking: Marking, t: number): Marking {
  const next = marking.slice();
  const { inputs, outputs } = net.transitions[t];
  for (const p of inputs) next[p]--;
  for (const p of outputs) next[p]++;
  return next;
}

/**
 * The shortest sequence of silent transitions (breadth first, bounded) from `marking` to a marking that `goal`
 * scores lowest (0 ends the search at once); null when the marking itself is as good as any reached.
 */
function silentPath(
  net: WorkflowNet,
  silent: number[],
  marking: Marking,
  score: (m: Marking) => number,
): number[] | null {
  const start = score(marking);
  if (start === 0) return null;
  let best: { score: number; path: number[] } = { score: start, path: [] };
  const seen = new Set([keyOf(marking)]);
  let layer: { marking: Marking; path: number[] }[] = [{ marking, path: [] }];
  for (let depth = 0; depth < maxDepth && layer.length > 0 && seen.size < maxStates; depth++) {
    const next: typeof layer = [];
    for (const state of layer) {
      for (const t of silent) {
        if (!enabled(net, state.marking, t)) continue;
        const after = fired(net, state.marking, t);
        const key = keyOf(after);
        if (seen.has(key)) continue;
        seen.add(key);
        const path = [...state.path, t];
        const s = score(after);
        if (s === 0) return path;
        if (s < best.score) best = { score: s, path };
        next.push({ marking: after, path });
      }
    }
    layer = next;
  }
  return best.path.length > 0 ? best.path : null;
}

/** What the searches need of a net, worked out once: which places silent transitions can carry a token to. */
interface SilentIndex {
  /** reach[p][q] = 1 when a token in p can get to q by silent transitions (ignoring what else they need). */
  reach: Uint8Array[];
  /** The transitions (silent or not) that take tokens from each place. */
  consumers: number[][];
  /** Silent transitions that can bring a token nearer the given places, by the places' key. */
  towards: Map<string, number[]>;
}

const indexes = new WeakMap<WorkflowNet, SilentIndex>();

function silentIndex(net: WorkflowNet): SilentIndex {
  let index = indexes.get(net);
  if (index) return index;
  const next: number[][] = Array.from({ length: net.places }, () => []);
  for (const t of net.transitions) if (t.label === null) for (const p of t.inputs) next[p].push(...t.outputs);
  const reach = next.map((_, from) => {
    const seen = new Uint8Array(net.places);
    const stack = [from];
    seen[from] = 1;
    while (stack.length > 0)
      for (const q of next[stack.pop()!])
        if (!seen[q]) {
          seen[q] = 1;
          stack.push(q);
        }
    return seen;
  });
  const consumers: number[][] = Array.from({ length: net.places }, () => []);
  net.transitions.forEach((t, i) => t.inputs.forEach((p) => consumers[p].push(i)));
  index = { reach, consumers, towards: new Map() };
  indexes.set(net, index);
  return index;
}

/**
 * The silent transitions worth trying to put tokens into `places`: those with an output from which one of them can
 * be reached. Others only move tokens elsewhere, so leaving them out keeps the search small without losing a way.
 */
function silentTowards(net: WorkflowNet, places: number[]): number[] {
  const index = silentIndex(net);
  const key = places.join(',');
  let found = index.towards.get(key);
  if (!found) {
    found = net.transitions.flatMap((t, i) =>
      t.label === null && t.outputs.some((o) => places.some((q) => index.reach[o][q])) ? [i] : [],
    );
    index.towards.set(key, found);
  }
  return found;
}

/**
 * Where a token left in `place` was waiting, for the report: it is moved on (in thought only) through silent steps
 * that offer no choice (a start event, a single flow into a task), so that it is reported on the activity the case
 * never got to rather than on the event before it.
 */
function waitingPlace(net: WorkflowNet, place: number): number {
  const { consumers } = silentIndex(net);
  let at = place;
  for (let steps = 0; steps < net.places; steps++) {
    const only = consumers[at].length === 1 ? net.transitions[consumers[at][0]] : null;
    if (!only || only.label !== null || only.inputs.length !== 1 || only.outputs.length !== 1) break;
    at = only.outputs[0];
  }
  return at;
}

/** Whether tokens of the marking could get to every input of `t` by silent transitions (a quick necessary test). */
function reachable(net: WorkflowNet, marking: Marking, t: number): boolean {
  const { reach } = silentIndex(net);
  return net.transitions[t].inputs.every((q) => marking.some((count, p) => count > 0 && reach[p][q] === 1));
}

const bump = (map: Map<string, number>, key: string | null, by = 1) => {
  if (key !== null) map.set(key, (map.get(key) ?? 0) + by);
};

/**
 * Token-based replay of one trace (activity keys in order) on a workflow net, after Rozinat and van der Aalst:
 * each activity fires its transition, silent transitions first where they enable it, missing tokens added where
 * nothing does; at the end silent transitions move tokens to the sink, and what is left elsewhere remains.
 */
export function replayTrace(net: WorkflowNet, trace: readonly string[]): TraceReplay {
  let marking: Marking = new Int32Array(net.places);
  marking[net.source] = 1;
  const result: TraceReplay = {
    produced: 1,
    consumed: 0,
    missing: 0,
    remaining: 0,
    missingAt: new Map(),
    remainingAt: new Map(),
    unknown: [],
  };
  const fire = (t: number) => {
    const transition = net.transitions[t];
    for (const p of transition.inputs) {
      if (marking[p] === 0) {
        marking[p]++;
        result.missing++;
        bump(result.missingAt, transition.nodeId);
      }
    }
    result.consumed += transition.inputs.length;
    result.produced += transition.outputs.length;
    marking = fired(net, marking, t);
    if (transition.terminates) marking = marking.map((count, p) => (p === net.sink ? count : 0));
  };
  for (const activity of trace) {
    const candidates = net.byLabel.get(activity);
    if (!candidates) {
      // An activity the map lacks: counted as a token it would have needed.
      result.unknown.push(activity);
      result.missing++;
      result.consumed++;
      continue;
    }
    let chosen = candidates.find((t) => enabled(net, marking, t));
    if (chosen === undefined && candidates.some((t) => reachable(net, marking, t))) {
      const inputs = [...new Set(candidates.flatMap((t) => net.transitions[t].inputs))];
      const path = silentPath(net, silentTowards(net, inputs), marking, (m) =>
        candidates.some((t) => enabled(net, m, t)) ? 0 : 1,
      );
      if (path) {
        path.forEach(fire);
        chosen = candidates.find((t) => enabled(net, marking, t));
      }
    }
    fire(chosen ?? fewestMissing(net, marking, candidates));
  }
  // Towards the final marking: a token in the sink and none elsewhere.
  const left = (m: Marking) => m.reduce((sum, count, p) => sum + (p === net.sink ? 0 : count), 0);
  const path = silentPath(net, silentTowards(net, [net.sink]), marking, (m) => left(m) + (m[net.sink] === 0 ? 1 : 0));
  path?.forEach(fire);
  const done = marking[net.sink];
  result.consumed += Math.max(done, 1);
  // A case that never reached the end: counted, and shown where its tokens were left rather than on an end event.
  if (done === 0) result.missing++;
  marking.forEach((count, p) => {
    if (p === net.sink || count === 0) return;
    result.remaining += count;
    bump(result.remainingAt, net.placeNode[waitingPlace(net, p)], count);
  });
  return result;
}

function fewestMissing(net: WorkflowNet, marking: Marking, candidates: number[]): number {
  const lacking = (t: number) => net.transitions[t].inputs.filter((p) => marking[p] === 0).length;
  return candidates.reduce((best, t) => (lacking(t) < lacking(best) ? t : best));
}
