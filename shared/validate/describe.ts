import { nodeTypeLabel, type Flow, type FlowNode } from '../model';

/**
 * How messages name elements: by the name people gave them, in quotes, and only by what they are when they have no
 * name. Ids and codes never lead a message; they travel beside it (Problem.elementId and code) as secondary detail.
 */

/** What a node is, in lower case: "user task", "timer boundary event", "exclusive gateway". */
export function nodeKind(node: Pick<FlowNode, 'type' | 'taskType' | 'eventType'>): string {
  return nodeTypeLabel(node).toLowerCase();
}

/** A name in quotes, whole: messages are read in full, so nothing is shortened. */
export function quotedName(name: string): string {
  return `'${name}'`;
}

/** How messages name a node: "'Review'", or "an untitled user task" when it has no name. */
export function nodeLabel(node: FlowNode): string {
  const name = node.name.trim();
  return name ? quotedName(name) : `an untitled ${nodeKind(node)}`;
}

/** A node with what it is, where that matters to the message: "exclusive gateway 'Split'", "an untitled task". */
export function nodeKindLabel(node: FlowNode): string {
  const name = node.name.trim();
  return name ? `${nodeKind(node)} ${quotedName(name)}` : nodeLabel(node);
}

/** How messages name a node that may be missing: its label, or "a missing node 'x'" (an id is all there is). */
export function endLabel(nodeById: ReadonlyMap<string, FlowNode>, id: string): string {
  const node = nodeById.get(id);
  return node ? nodeLabel(node) : `a missing node ${quotedName(id)}`;
}

/** How messages name a flow, by its ends: "flow 'Yes' from 'Amount over 1,000?' to 'Approve'", unnamed without 'Yes'. */
export function flowLabel(flow: Flow, nodeById: ReadonlyMap<string, FlowNode>): string {
  const name = flow.name?.trim();
  const ends = `from ${endLabel(nodeById, flow.source)} to ${endLabel(nodeById, flow.target)}`;
  return name ? `flow ${quotedName(name)} ${ends}` : `flow ${ends}`;
}

/** "'A'", "'A' and 'B'", "'A', 'B' and 'C'". */
export function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The message's first letter in upper case. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
