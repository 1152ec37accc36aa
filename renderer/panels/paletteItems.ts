import type { NewNode } from '../../shared/model';

/** One entry of the palette: a node template, a lane, or another party's pool. */
export interface PaletteItem {
  id: string;
  /** The accessible name and tooltip: what the element is called in BPMN. */
  label: string;
  group: 'Events' | 'Tasks' | 'Gateways' | 'Other';
  node?: Omit<NewNode, 'x' | 'y' | 'id'>;
  lane?: true;
  pool?: true;
  /** The tooltip, when the usual one ("drag onto the canvas, or click …") does not say enough. */
  hint?: string;
}

export const paletteItems: readonly PaletteItem[] = [
  { id: 'startEvent', label: 'Start event', group: 'Events', node: { type: 'startEvent' } },
  { id: 'endEvent', label: 'End event', group: 'Events', node: { type: 'endEvent' } },
  {
    id: 'intermediateEvent',
    label: 'Intermediate event',
    group: 'Events',
    node: { type: 'intermediateEvent', eventType: 'timer', timer: 3600 },
  },
  {
    id: 'boundaryTimer',
    label: 'Boundary timer event',
    group: 'Events',
    node: { type: 'boundaryEvent', eventType: 'timer', interrupting: true, timer: 3600 },
  },
  { id: 'task', label: 'Task', group: 'Tasks', node: { type: 'task' } },
  { id: 'userTask', label: 'User task', group: 'Tasks', node: { type: 'task', taskType: 'user' } },
  { id: 'serviceTask', label: 'Service task', group: 'Tasks', node: { type: 'task', taskType: 'service' } },
  { id: 'scriptTask', label: 'Script task', group: 'Tasks', node: { type: 'task', taskType: 'script' } },
  { id: 'manualTask', label: 'Manual task', group: 'Tasks', node: { type: 'task', taskType: 'manual' } },
  { id: 'sendTask', label: 'Send task', group: 'Tasks', node: { type: 'task', taskType: 'send' } },
  { id: 'receiveTask', label: 'Receive task', group: 'Tasks', node: { type: 'task', taskType: 'receive' } },
  {
    id: 'businessRuleTask',
    label: 'Business rule task',
    group: 'Tasks',
    node: { type: 'task', taskType: 'businessRule' },
  },
  { id: 'subProcess', label: 'Sub-process', group: 'Tasks', node: { type: 'subProcess' } },
  { id: 'exclusiveGateway', label: 'Exclusive gateway', group: 'Gateways', node: { type: 'exclusiveGateway' } },
  { id: 'parallelGateway', label: 'Parallel gateway', group: 'Gateways', node: { type: 'parallelGateway' } },
  { id: 'inclusiveGateway', label: 'Inclusive gateway', group: 'Gateways', node: { type: 'inclusiveGateway' } },
  { id: 'eventBasedGateway', label: 'Event-based gateway', group: 'Gateways', node: { type: 'eventBasedGateway' } },
  { id: 'annotation', label: 'Annotation', group: 'Other', node: { type: 'annotation' } },
  { id: 'dataObject', label: 'Data object', group: 'Other', node: { type: 'dataObject' } },
  { id: 'dataStore', label: 'Data store', group: 'Other', node: { type: 'dataStore' } },
  { id: 'lane', label: 'Lane', group: 'Other', lane: true },
  {
    id: 'pool',
    label: 'Pool',
    group: 'Other',
    pool: true,
    hint: 'Pool: another party, such as a customer or a supplier. Drag onto the canvas or click to add; connect a task to it to send a message',
  },
];

/** The palette entry with this id. */
export function paletteItem(id: string): PaletteItem | undefined {
  return paletteItems.find((item) => item.id === id);
}

/** The drag-and-drop data type that carries a palette item id onto the canvas. */
export const paletteDragType = 'application/x-flowwright-element';
