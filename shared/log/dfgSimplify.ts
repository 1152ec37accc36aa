import type { DfgActivity, DfgEdge, DirectlyFollowsGraph } from './directlyFollows';

// Virtual nodes for the beginning and the end of every case; activity names never hold U+0000.
const START = '\u0000start';
const END = '\u0000end';

/** An arc between two nodes, virtual ones included, while the graph is being simplified (counts may be fractional). */
type Arc = DfgEdge;

const keyOf = (source: string, target: string) => `${source}\u0000${target}`;
const sum = (...parts: (number | null)[]) =>
  parts.some((p) => p === null) ? null : parts.reduce((a, b) => a! + b!, 0);

function arcsOf(graph: DirectlyFollowsGraph): Map<string, Arc> {
  const arcs = new Map<string, Arc>();
  const add = (arc: Arc) => arcs.set(keyOf(arc.source, arc.target), { ...arc });
  for (const edge of graph.edges) add(edge);
  for (const [name, count] of Object.entries(graph.starts))
    add({ source: START, target: name, count, meanWait: null, medianWait: null });
  for (const [name, count] of Object.entries(graph.ends))
    add({ source: name, target: END, count, meanWait: null, medianWait: null });
  return arcs;
}

function merge(arcs: Map<string, Arc>, arc: Arc): void {
  const key = keyOf(arc.source, arc.target);
  const known = arcs.get(key);
  if (!known) return void arcs.set(key, arc);
  const total = known.count + arc.count;
  const meanWait =
    known.meanWait === null || arc.meanWait === null
      ? (known.meanWait ?? arc.meanWait)
      : (known.meanWait * known.count + arc.meanWait * arc.count) / total;
  // A median cannot be merged: keep the one standing for more cases.
  const medianWait = known.count >= arc.count ? (known.medianWait ?? arc.medianWait) : arc.medianWait;
  arcs.set(key, { ...known, count: total, meanWait, medianWait });
}

/**
 * Takes an activity out and joins each of its predecessors to each of its successors, sharing the flow through it
 * in proportion to its outgoing counts (as Disco's activity slider keeps the map connected); waits of a joined
 * path add the activity's duration, so they approximate the time between the remaining activities.
 */
function eliminate(arcs: Map<string, Arc>, activity: DfgActivity): void {
  const ins: Arc[] = [];
  const outs: Arc[] = [];
  for (const [key, arc] of arcs) {
    if (arc.source !== activity.name && arc.target !== activity.name) continue;
    arcs.delete(key);
    if (arc.source === arc.target) continue;
    (arc.target === activity.name ? ins : outs).push(arc);
  }
  const outTotal = outs.reduce((total, arc) => total + arc.count, 0);
  if (outTotal === 0) return;
  for (const before of ins)
    for (const after of outs) {
      if (before.source === START && after.target === END) continue; // cases made only of removed activities
      merge(arcs, {
        source: before.source,
        target: after.target,
        count: (before.count * after.count) / outTotal,
        meanWait: sum(before.meanWait, activity.meanDuration ?? 0, after.meanWait),
        medianWait: sum(before.medianWait, activity.medianDuration ?? 0, after.medianWait),
      });
    }
}

/** The arcs of the widest paths (largest smallest count) from `root` to every node, walking forwards or backwards. */
function widestTree(arcs: Arc[], root: string, forwards: boolean): Arc[] {
  const width = new Map<string, number>([[root, Infinity]]);
  const via = new Map<string, Arc>();
  const done = new Set<string>();
  for (;;) {
    let node: string | undefined;
    for (const [candidate, w] of width)
      if (!done.has(candidate) && (node === undefined || w > width.get(node)!)) node = candidate;
    if (node === undefined) break;
    done.add(node);
    for (const arc of arcs) {
      const [from, to] = forwards ? [arc.source, arc.target] : [arc.target, arc.source];
      if (from !== node || done.has(to)) continue;
      const w = Math.min(width.get(node)!, arc.count);
      if (w > (width.get(to) ?? -Infinity)) {
        width.set(to, w);
        via.set(to, arc);
      }
    }
  }
  return [...via.values()];
}

/**
 * The graph with only the most frequent share of activities and of paths (0..1 each, Disco's two sliders). Removed
 * activities are bridged over; the paths kept always include, for every activity, its widest path from a case's
 * beginning and to a case's end, so the map stays connected from start to end.
 */
export function simplifyGraph(
  graph: DirectlyFollowsGraph,
  share: { activities: number; paths: number },
): DirectlyFollowsGraph {
  const ranked = [...graph.activities].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  const keep = Math.max(1, Math.ceil(Math.min(1, Math.max(0, share.activities)) * ranked.length));
  const arcs = arcsOf(graph);
  for (const activity of ranked.slice(keep).reverse()) eliminate(arcs, activity);
  const all = [...arcs.values()].sort(
    (a, b) => b.count - a.count || (keyOf(a.source, a.target) < keyOf(b.source, b.target) ? -1 : 1),
  );
  const kept = new Set(all.slice(0, Math.ceil(Math.min(1, Math.max(0, share.paths)) * all.length)));
  for (const arc of widestTree(all, START, true)) kept.add(arc);
  for (const arc of widestTree(all, END, false)) kept.add(arc);
  const rounded = (count: number) => Math.max(1, Math.round(count));
  const starts: Record<string, number> = {};
  const ends: Record<string, number> = {};
  const edges: DfgEdge[] = [];
  for (const arc of all) {
    if (!kept.has(arc)) continue;
    if (arc.source === START) starts[arc.target] = rounded(arc.count);
    else if (arc.target === END) ends[arc.source] = rounded(arc.count);
    else edges.push({ ...arc, count: rounded(arc.count) });
  }
  return { cases: graph.cases, activities: ranked.slice(0, keep), edges, starts, ends };
}
