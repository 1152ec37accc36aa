import type { Flow, FlowNode, NodeType, ProcessModel, TaskType } from '../schema';

/** Each node type in words, as the palette and messages name it. */
export const nodeTypeNames: Record<NodeType, string> = {
  startEvent: 'Start event',
  endEvent: 'End event',
  intermediateEvent: 'Intermediate event',
  boundaryEvent: 'Boundary event',
  task: 'Task',
  subProcess: 'Sub-process',
  exclusiveGateway: 'Exclusive gateway',
  parallelGateway: 'Parallel gateway',
  inclusiveGateway: 'Inclusive gateway',
  eventBasedGateway: 'Event-based gateway',
  annotation: 'Annotation',
  dataObject: 'Data object',
  dataStore: 'Data store',
};

/** Each task type in words. */
export const taskTypeNames: Record<TaskType, string> = {
  user: 'User task',
  service: 'Service task',
  script: 'Script task',
  manual: 'Manual task',
  send: 'Send task',
  receive: 'Receive task',
  businessRule: 'Business rule task',
};

/** What a node is, in words: "User task", "Timer boundary event", "Exclusive gateway". */
export function nodeTypeLabel(node: Pick<FlowNode, 'type' | 'taskType' | 'eventType'>): string {
  if (node.type === 'task' && node.taskType) return taskTypeNames[node.taskType];
  const base = nodeTypeNames[node.type];
  if (!node.eventType || node.eventType === 'none' || !node.type.endsWith('Event')) return base;
  return `${node.eventType[0].toUpperCase()}${node.eventType.slice(1)} ${base.toLowerCase()}`;
}

/** Quotes a name for a label, shortened so that menus stay readable. */
export function quoted(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `'${short}'`;
}

/** A node as the user knows it: its name, or what it is when unnamed, quoted. */
export function nodePhrase(node: FlowNode): string {
  return quoted(node.name.trim() || nodeTypeLabel(node));
}

function flowPhrase(model: ProcessModel, flow: Flow): string {
  if (flow.name?.trim()) return quoted(flow.name.trim());
  const end = (id: string) => {
    const node = model.nodes.find((n) => n.id === id);
    // A message flow may end at another party's pool.
    const pool = node ? undefined : model.participants?.find((p) => p.id === id);
    return node ? nodePhrase(node) : pool ? `pool ${quoted(pool.name.trim() || id)}` : quoted(id);
  };
  return `the flow from ${end(flow.source)} to ${end(flow.target)}`;
}

/** Names any element for a label: 'Review', the flow from 'A' to 'B', lane 'Finance'. */
export function elementPhrase(model: ProcessModel, kind: 'node' | 'flow' | 'lane', id: string): string {
  if (kind === 'node') {
    const node = model.nodes.find((n) => n.id === id);
    return node ? nodePhrase(node) : quoted(id);
  }
  if (kind === 'flow') {
    const flow = model.flows.find((f) => f.id === id);
    return flow ? flowPhrase(model, flow) : quoted(id);
  }
  const lane = model.lanes.find((l) => l.id === id);
  return `lane ${quoted(lane?.name.trim() || id)}`;
}

/** "3 elements", "1 element". */
export function countPhrase(count: number, noun = 'element'): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A property key in words: fixedCost → "fixed cost". */
export function propertyPhrase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
