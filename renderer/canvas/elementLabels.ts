import { nodeTypeLabel, type EventType, type FlowNode, type NodeType, type TaskType } from '../../shared/model';

export const nodeTypeLabels: Record<NodeType, string> = {
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
};

export const taskTypeLabels: Record<TaskType, string> = {
  user: 'User task',
  service: 'Service task',
  script: 'Script task',
  manual: 'Manual task',
  send: 'Send task',
  receive: 'Receive task',
  businessRule: 'Business rule task',
};

export const eventTypeLabels: Record<EventType, string> = {
  none: 'None',
  timer: 'Timer',
  message: 'Message',
  error: 'Error',
  escalation: 'Escalation',
  terminate: 'Terminate',
  signal: 'Signal',
};

/** What a reader calls the element: "User task", "Timer boundary event", "Exclusive gateway". */
export const describeNode = nodeTypeLabel;

/** The element's name, or what it is when it has none; used wherever a node is listed. */
export function nodeTitle(node: Pick<FlowNode, 'type' | 'taskType' | 'eventType' | 'name'>): string {
  return node.name.trim() || describeNode(node);
}
