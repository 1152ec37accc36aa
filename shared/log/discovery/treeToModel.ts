import { processSchema, SCHEMA_VERSION, type Flow, type FlowNode, type ProcessModel } from '../../model';
import type { ProcessTree } from './processTree';

/**
 * Where a piece of the map begins and ends; null for a silent step, which is a plain flow. A loop ends in its
 * exclusive split, so the flow leaving the piece carries the probability of leaving the loop (`exitProbability`).
 */
type Fragment = { entry: string; exit: string; exitProbability?: number } | null;

/** A branch leaving a split: its piece of the map and its share of the cases. */
type Branch = { fragment: Fragment; share: number };

// Probabilities are written to four decimals, the last branch taking the rest, so that they add up to exactly 1.
const round = (p: number) => Math.round(p * 10_000) / 10_000;

/** Shares turned into probabilities that add up to 1 (or to `of`), in four decimals. */
function probabilities(shares: number[], of = 1): number[] {
  const total = shares.reduce((sum, s) => sum + s, 0);
  let given = 0;
  return shares.map((share, i) => {
    const p = i === shares.length - 1 ? round(of - given) : round(total ? (share / total) * of : of / shares.length);
    given += p;
    return p;
  });
}

class MapBuilder {
  readonly nodes: FlowNode[] = [];
  readonly flows: Flow[] = [];
  private readonly counters = new Map<string, number>();

  private nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}_${n}`;
  }

  node(type: FlowNode['type'], name = ''): string {
    const prefix = type === 'task' ? 'task' : type.endsWith('Gateway') ? 'gateway' : type.replace('Event', '');
    const id = this.nextId(prefix);
    this.nodes.push({ id, type, name, x: 0, y: 0 });
    return id;
  }

  flow(source: string, target: string, probability?: number): void {
    this.flows.push({ id: this.nextId('flow'), source, target, ...(probability === undefined ? {} : { probability }) });
  }

  /** The flow out of a piece (its exit probability with it) into `target`. */
  leave(fragment: NonNullable<Fragment>, target: string): void {
    this.flow(fragment.exit, target, fragment.exitProbability);
  }

  /** Joins two pieces in sequence. */
  chain(first: Fragment, second: Fragment): Fragment {
    if (!first) return second;
    if (!second) return first;
    this.leave(first, second.entry);
    return { entry: first.entry, exit: second.exit, exitProbability: second.exitProbability };
  }

  /**
   * Flows from `split` through each branch to `join`; silent branches share one flow. On an exclusive split the
   * flows carry the branches' shares as probabilities adding up to `of` (the rest leaves the split elsewhere).
   */
  branches(split: string, join: string, branches: Branch[], exclusive: boolean, of = 1): void {
    const silent = branches.filter((b) => !b.fragment);
    const paths: Branch[] = branches.filter((b) => b.fragment);
    if (silent.length) paths.push({ fragment: null, share: silent.reduce((sum, b) => sum + b.share, 0) });
    const chances = probabilities(
      paths.map((p) => p.share),
      of,
    );
    paths.forEach(({ fragment }, i) => {
      const probability = exclusive ? chances[i] : undefined;
      if (!fragment) return this.flow(split, join, probability);
      this.flow(split, fragment.entry, probability);
      this.leave(fragment, join);
    });
  }

  build(tree: ProcessTree): Fragment {
    switch (tree.kind) {
      case 'tau':
        return null;
      case 'activity': {
        const id = this.node('task', tree.name);
        return { entry: id, exit: id };
      }
      case 'sequence':
        return tree.children.reduce<Fragment>((piece, child) => this.chain(piece, this.build(child)), null);
      case 'xor':
      case 'parallel': {
        const type = tree.kind === 'xor' ? 'exclusiveGateway' : 'parallelGateway';
        const split = this.node(type);
        const branches = tree.children.map((child) => ({ fragment: this.build(child), share: child.frequency }));
        const join = this.node(type);
        this.branches(split, join, branches, tree.kind === 'xor');
        return { entry: split, exit: join };
      }
      case 'loop':
        return this.loop(tree.children);
    }
  }

  /** A loop: an exclusive join before the body, an exclusive split after it, and the ways back between them. */
  private loop([body, ...redos]: ProcessTree[]): Fragment {
    const join = this.node('exclusiveGateway');
    const inner = this.chain({ entry: join, exit: join }, this.build(body))!;
    const split = this.node('exclusiveGateway');
    this.leave(inner, split);
    const again = redos.reduce((sum, redo) => sum + redo.frequency, 0);
    // At most 99 % of the runs go back, so that every case leaves the loop in the end.
    const back = round(Math.min(0.99, again / Math.max(1, body.frequency)));
    const ways = redos.map((redo) => ({ fragment: this.build(redo), share: redo.frequency }));
    this.branches(split, join, ways, true, back);
    return { entry: join, exit: split, exitProbability: round(1 - back) };
  }
}

/** A map from a process tree: start, tasks named by activity, gateways in matched split and join pairs, end. */
export function treeToModel(tree: ProcessTree, options: { id: string; name: string }): ProcessModel {
  const builder = new MapBuilder();
  const start = builder.node('startEvent', 'Start');
  const body = builder.chain({ entry: start, exit: start }, builder.build(tree))!;
  const end = builder.node('endEvent', 'End');
  builder.leave(body, end);
  return processSchema.parse({
    format: 'flowwright.process',
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    name: options.name,
    nodes: builder.nodes,
    flows: builder.flows,
  });
}
