import { follows, type TraceDfg } from './traceLog';

/** A partition of a log's activities found by one of the inductive miner's cuts. */
export interface Cut {
  kind: 'xor' | 'sequence' | 'parallel' | 'loop';
  /** For a sequence, in order; for a loop, the body first. */
  groups: string[][];
}

/** Union-find over activity names, giving groups in the order their first member was met. */
class Groups {
  private readonly parent = new Map<string, string>();
  constructor(private readonly names: string[]) {
    for (const name of names) this.parent.set(name, name);
  }
  find(name: string): string {
    let root = name;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(name, root);
    return root;
  }
  join(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
  list(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const name of this.names) {
      const root = this.find(name);
      const group = byRoot.get(root);
      if (group) group.push(name);
      else byRoot.set(root, [name]);
    }
    return [...byRoot.values()];
  }
}

const alphabet = (dfg: TraceDfg) => [...dfg.activities.keys()].sort();

/** Exclusive choice: the activities fall apart into groups with no directly-follows edge between them. */
export function xorCut(dfg: TraceDfg): Cut | null {
  const groups = new Groups(alphabet(dfg));
  for (const [source, out] of dfg.edges) for (const target of out.keys()) groups.join(source, target);
  const list = groups.list();
  return list.length > 1 ? { kind: 'xor', groups: list } : null;
}

/** For each activity, the activities reachable from it by one or more edges. */
export function reachability(dfg: TraceDfg): Map<string, Set<string>> {
  const reach = new Map<string, Set<string>>();
  for (const from of dfg.activities.keys()) {
    const seen = new Set<string>();
    const todo = [from];
    while (todo.length)
      for (const next of dfg.edges.get(todo.pop()!)?.keys() ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          todo.push(next);
        }
    reach.set(from, seen);
  }
  return reach;
}

/**
 * Sequence: activities that reach each other, or that neither reaches, go together; the groups are then ordered by
 * reachability (as pm4py orders them).
 */
export function sequenceCut(dfg: TraceDfg): Cut | null {
  const names = alphabet(dfg);
  const reach = reachability(dfg);
  const groups = new Groups(names);
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [names[i], names[j]];
      if (reach.get(a)!.has(b) === reach.get(b)!.has(a)) groups.join(a, b);
    }
  const list = groups.list();
  if (list.length < 2) return null;
  const before = (x: string) => names.filter((n) => reach.get(n)!.has(x)).length;
  const rank = (group: string[]) => before(group[0]) + names.length - reach.get(group[0])!.size;
  return {
    kind: 'sequence',
    groups: list
      .map((g) => [rank(g), g] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, g]) => g),
  };
}

/**
 * Parallel: activities in different groups follow each other both ways; every group must hold a start and an end
 * activity, a group lacking one is merged into its neighbour (as pm4py does).
 */
export function parallelCut(dfg: TraceDfg): Cut | null {
  const names = alphabet(dfg);
  const groups = new Groups(names);
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [names[i], names[j]];
      if (!follows(dfg, a, b) || !follows(dfg, b, a)) groups.join(a, b);
    }
  const list = groups.list().sort((a, b) => a.length - b.length);
  let i = 0;
  while (i < list.length && list.length > 1) {
    const group = list[i];
    if (group.some((a) => dfg.starts.has(a)) && group.some((a) => dfg.ends.has(a))) {
      i++;
      continue;
    }
    list.splice(i, 1);
    list[i === 0 ? 0 : i - 1].push(...group);
  }
  return list.length > 1 ? { kind: 'parallel', groups: list } : null;
}

/**
 * Loop: the body holds the start and end activities and what connects them; each other group (a way back) is
 * entered only from all end activities and leads only to all start activities.
 */
export function loopCut(dfg: TraceDfg): Cut | null {
  const names = alphabet(dfg);
  const body = new Set([...dfg.starts.keys(), ...dfg.ends.keys()]);
  const groups = new Groups(names.filter((n) => !body.has(n)));
  for (const [source, out] of dfg.edges)
    for (const target of out.keys()) if (!body.has(source) && !body.has(target)) groups.join(source, target);
  let redos = groups.list();
  const merge = (redo: string[]) => {
    for (const a of redo) body.add(a);
    redos = redos.filter((g) => g !== redo);
  };
  const groupOf = (a: string) => redos.find((g) => g.includes(a));
  // A redo part entered from a start activity that is not an end, or leading to an end that is not a start, is body.
  for (const a of names.filter((n) => dfg.starts.has(n) && !dfg.ends.has(n)))
    for (const b of dfg.edges.get(a)?.keys() ?? []) {
      const g = groupOf(b);
      if (g) merge(g);
    }
  for (const [source, out] of dfg.edges)
    for (const b of out.keys())
      if (dfg.ends.has(b) && !dfg.starts.has(b)) {
        const g = groupOf(source);
        if (g) merge(g);
      }
  for (const redo of [...redos]) {
    const entered = redo.some((a) => [...dfg.ends.keys()].some((e) => follows(dfg, e, a)));
    const left = redo.some((a) => [...dfg.starts.keys()].some((s) => follows(dfg, a, s)));
    const complete =
      entered &&
      left &&
      redo.every((a) => {
        const toStart = [...dfg.starts.keys()].some((s) => follows(dfg, a, s));
        const fromEnd = [...dfg.ends.keys()].some((e) => follows(dfg, e, a));
        return (
          (!toStart || [...dfg.starts.keys()].every((s) => follows(dfg, a, s))) &&
          (!fromEnd || [...dfg.ends.keys()].every((e) => follows(dfg, e, a)))
        );
      });
    if (!complete) merge(redo);
  }
  if (redos.length === 0 || body.size === 0) return null;
  return { kind: 'loop', groups: [names.filter((n) => body.has(n)), ...redos] };
}
