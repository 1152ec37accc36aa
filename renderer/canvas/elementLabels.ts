import { nodeTypeLabel, nodeTypeNames, taskTypeNames, type EventType, type FlowNode } from '../../shared/model';

export const nodeTypeLabels = nodeTypeNames;
export const taskTypeLabels = taskTypeNames;

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
