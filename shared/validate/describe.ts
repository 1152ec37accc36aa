import type { Flow, FlowNode, NodeType } from '../model';

const typeLabels: Record<NodeType, string> = {
  startEvent: 'start event',
  endEvent: 'end event',
  intermediateEvent: 'intermediate event',
  boundaryEvent: 'boundary event',
  task: 'task',
  subProcess: 'sub-process',
  exclusiveGateway: 'exclusive gateway',
  parallelGateway: 'parallel gateway',
  inclusiveGateway: 'inclusive gateway',
  eventBasedGateway: 'event-based gateway',
  annotation: 'annotation',
};

function named(kind: string, name: string | undefined, id: string): string {
  const trimmed = name?.trim();
  return trimmed ? `${kind} '${trimmed}' (${id})` : `${kind} (${id})`;
}

/** How messages name a node: "task 'Review' (review)", or "task (t3)" when it has no name. */
export function nodeLabel(node: FlowNode): string {
  return named(typeLabels[node.type], node.name, node.id);
}

/** How messages name a flow: "flow 'Yes' (f4)", or "flow (f4)" when it has no name. */
export function flowLabel(flow: Flow): string {
  return named('flow', flow.name, flow.id);
}

/** The message's first letter in upper case. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
