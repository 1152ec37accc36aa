import type { FlowNode } from './schema';

/**
 * The offset of the first `[` or `{` that opens level `limit + 1` of JSON text, or -1 when it nests no deeper.
 * One pass that skips strings and checks nothing else, so that deep text is refused before JSON.parse and the
 * recursive steps after it (schema checks, copies, JSON.stringify) run out of stack.
 */
export function jsonNestingOffset(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character, a quote included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** Whether a value already in memory (from storage, say) nests objects and arrays deeper than `limit`. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  // Iterative, so that the check itself cannot overflow the stack; a cycle ends at the limit like depth does.
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The first node that makes sub-processes nest more than `limit` levels through `parent` (a node inside more than
 * `limit` of them, or a sub-process that would open level `limit + 1`), with those levels, or null. Linear: each
 * node's depth is found once; a cycle of parents (reported by validation) ends the count.
 */
export function deepestNesting(nodes: readonly FlowNode[], limit: number): { node: FlowNode; levels: number } | null {
  const parentOf = new Map(nodes.map((node) => [node.id, node.parent]));
  const depthOf = new Map<string, number>();
  for (const node of nodes) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let id: string | undefined = node.id;
    let base = 0;
    while (id !== undefined && !onChain.has(id)) {
      const known = depthOf.get(id);
      if (known !== undefined) {
        base = known + 1;
        break;
      }
      chain.push(id);
      onChain.add(id);
      id = parentOf.get(id);
    }
    for (let i = chain.length - 1; i >= 0; i--) depthOf.set(chain[i], base + (chain.length - 1 - i));
    const levels = depthOf.get(node.id)! + (node.type === 'subProcess' ? 1 : 0);
    if (levels > limit) return { node, levels };
  }
  return null;
}
