/**
 * A process tree (Leemans et al.): leaves are activities or silent steps (tau); operators are sequence, exclusive
 * choice, parallel and loop. Each node keeps how many times it ran in the log it was discovered from, which gives
 * the branch probabilities of the map built from it.
 */
export type ProcessTree =
  | { kind: 'activity'; name: string; frequency: number }
  | { kind: 'tau'; frequency: number }
  | { kind: 'sequence' | 'xor' | 'parallel'; children: ProcessTree[]; frequency: number }
  /** children[0] is the body (done at least once); each further child is a way back to the body (redo). */
  | { kind: 'loop'; children: ProcessTree[]; frequency: number };

export type OperatorKind = 'sequence' | 'xor' | 'parallel' | 'loop';

/** The tree written the way the papers write it, e.g. `->(a, X(b, tau), *(c, tau))`; for tests and debugging. */
export function treeText(tree: ProcessTree): string {
  switch (tree.kind) {
    case 'activity':
      return tree.name;
    case 'tau':
      return 'tau';
    default: {
      const symbol = { sequence: '->', xor: 'X', parallel: '+', loop: '*' }[tree.kind];
      return `${symbol}(${tree.children.map(treeText).join(', ')})`;
    }
  }
}

/** The activity names of a tree's leaves, each once, in the order met. */
export function treeActivities(tree: ProcessTree): string[] {
  const names = new Set<string>();
  const visit = (node: ProcessTree): void => {
    if (node.kind === 'activity') names.add(node.name);
    else if (node.kind !== 'tau') node.children.forEach(visit);
  };
  visit(tree);
  return [...names];
}

/**
 * The same behaviour with fewer nodes: choices never taken and silent steps in sequences or parallels are dropped,
 * an operator with one child is that child, and an operator directly inside one of its kind is flattened into it.
 */
export function simplifyTree(tree: ProcessTree): ProcessTree {
  if (tree.kind === 'activity' || tree.kind === 'tau') return tree;
  let children = tree.children.map(simplifyTree);
  if (tree.kind === 'loop') {
    const redos = children.slice(1).filter((c) => c.frequency > 0);
    return redos.length === 0 ? children[0] : { ...tree, children: [children[0], ...redos] };
  }
  if (tree.kind === 'xor') children = children.filter((c) => c.frequency > 0);
  else children = children.filter((c) => c.kind !== 'tau');
  children = children.flatMap((c) => (c.kind === tree.kind ? c.children : [c]));
  if (children.length === 0) return { kind: 'tau', frequency: tree.frequency };
  if (children.length === 1) return children[0];
  return { ...tree, children };
}
