import type { FlowNode, TaskType } from '../../model';
import {
  flowwrightProperties,
  otherExtensions,
  restoreKept,
  setExtensionElements,
  type ExportContext,
} from './exportContext';
import { formatIsoDuration, parseIsoDuration } from './isoDuration';
import { keptNode } from './keptShapes';
import type { ModdleElement } from './moddleElement';

const taskElements: Record<TaskType, string> = {
  user: 'bpmn:UserTask',
  service: 'bpmn:ServiceTask',
  script: 'bpmn:ScriptTask',
  manual: 'bpmn:ManualTask',
  send: 'bpmn:SendTask',
  receive: 'bpmn:ReceiveTask',
  businessRule: 'bpmn:BusinessRuleTask',
};

/** The BPMN element type a node is written as; the kept original type wins where it fits the node's type. */
export function elementTypeOf(node: FlowNode): string {
  const original = keptNode(node).element;
  switch (node.type) {
    case 'task':
      if (original === 'CallActivity') return 'bpmn:CallActivity';
      return node.taskType ? taskElements[node.taskType] : 'bpmn:Task';
    case 'subProcess':
      return original === 'Transaction' || original === 'AdHocSubProcess' ? `bpmn:${original}` : 'bpmn:SubProcess';
    case 'intermediateEvent':
      return original === 'IntermediateThrowEvent' ? 'bpmn:IntermediateThrowEvent' : 'bpmn:IntermediateCatchEvent';
    case 'inclusiveGateway':
      return original === 'ComplexGateway' ? 'bpmn:ComplexGateway' : 'bpmn:InclusiveGateway';
    case 'annotation':
      return 'bpmn:TextAnnotation';
    case 'dataObject':
      return 'bpmn:DataObjectReference';
    case 'dataStore':
      return 'bpmn:DataStoreReference';
    default:
      return `bpmn:${node.type[0].toUpperCase()}${node.type.slice(1)}`;
  }
}

/** A slug for generated names and codes (`Payment failed` → `payment-failed`). */
export function slug(text: string, fallback: string): string {
  const value = text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return value || fallback;
}

/** A message, error, signal or escalation root element, created once per id. */
function globalElement(
  context: ExportContext,
  type: 'Message' | 'Error' | 'Signal' | 'Escalation',
  node: FlowNode,
): ModdleElement {
  const kind = type.toLowerCase() as 'message' | 'error' | 'signal' | 'escalation';
  const kept = keptNode(node)[kind];
  const id = kept?.id ?? `${type}_${context.id(node.id)}`;
  const existing = context.globals.get(id);
  if (existing) return existing;
  const name = kept?.name ?? (node.name || `${type} ${node.id}`);
  const attrs: Record<string, unknown> = { id, name };
  // Camunda 8 needs a code on errors and escalations; a code derived from the name is a fair default to edit.
  const code = kept?.code ?? (context.flavour === 'zeebe' ? slug(name, kind) : undefined);
  if (code !== undefined && type === 'Error') attrs.errorCode = code;
  if (code !== undefined && type === 'Escalation') attrs.escalationCode = code;
  const element = context.moddle.create(`bpmn:${type}`, attrs);
  context.globals.set(id, element);
  return element;
}

function timerDefinition(context: ExportContext, node: FlowNode): ModdleElement {
  const kept = keptNode(node).timer;
  if (node.timer === undefined && !kept?.value) return context.moddle.create('bpmn:TimerEventDefinition');
  const keptSeconds = kept === undefined ? undefined : parseIsoDuration(kept.value);
  const useKept = kept?.value && (node.timer === undefined || keptSeconds === node.timer);
  const kind = useKept ? kept.kind : 'duration';
  const value = useKept ? kept.value : formatIsoDuration(node.timer ?? 0);
  const property = `time${kind[0].toUpperCase()}${kind.slice(1)}`;
  return context.moddle.create('bpmn:TimerEventDefinition', {
    [property]: context.moddle.create('bpmn:FormalExpression', { body: value }),
  });
}

const keptDefinitions: Record<string, string> = {
  conditional: 'bpmn:ConditionalEventDefinition',
  link: 'bpmn:LinkEventDefinition',
  compensate: 'bpmn:CompensateEventDefinition',
  cancel: 'bpmn:CancelEventDefinition',
};

function eventDefinitions(context: ExportContext, node: FlowNode): ModdleElement[] {
  const { moddle } = context;
  switch (node.eventType) {
    case 'timer':
      return [timerDefinition(context, node)];
    case 'message':
      return [moddle.create('bpmn:MessageEventDefinition', { messageRef: globalElement(context, 'Message', node) })];
    case 'error':
      return [moddle.create('bpmn:ErrorEventDefinition', { errorRef: globalElement(context, 'Error', node) })];
    case 'escalation':
      return [
        moddle.create('bpmn:EscalationEventDefinition', { escalationRef: globalElement(context, 'Escalation', node) }),
      ];
    case 'signal':
      return [moddle.create('bpmn:SignalEventDefinition', { signalRef: globalElement(context, 'Signal', node) })];
    case 'terminate':
      return [moddle.create('bpmn:TerminateEventDefinition')];
  }
  const kept = keptNode(node);
  const definition = Object.hasOwn(keptDefinitions, kept.eventDefinition ?? '')
    ? keptDefinitions[kept.eventDefinition!]
    : undefined;
  if (!definition) return [];
  const attrs: Record<string, unknown> = {};
  if (definition === 'bpmn:LinkEventDefinition') attrs.name = kept.link ?? node.name;
  if (definition === 'bpmn:ConditionalEventDefinition')
    attrs.condition = moddle.create('bpmn:FormalExpression', { body: kept.condition ?? 'true' });
  return [moddle.create(definition, attrs)];
}

function loopOf(context: ExportContext, node: FlowNode): ModdleElement | undefined {
  const loop = keptNode(node).loop;
  if (!loop) return undefined;
  if (loop.kind === 'standard') return context.moddle.create('bpmn:StandardLoopCharacteristics');
  return context.moddle.create('bpmn:MultiInstanceLoopCharacteristics', { isSequential: loop.sequential === true });
}

/**
 * Creates the BPMN element of a node with everything BPMN can say about it; the rest (simulation values, required
 * fields, other tools' extensions) goes into `fw:properties`, and what an import kept comes back as it was.
 */
export function createNodeElement(context: ExportContext, node: FlowNode): ModdleElement {
  const { moddle } = context;
  const kept = keptNode(node);
  const attrs: Record<string, unknown> = { id: context.id(node.id) };
  if (node.type === 'annotation') attrs.text = node.name;
  else if (node.name) attrs.name = node.name;
  if (node.description) attrs.documentation = [moddle.create('bpmn:Documentation', { text: node.description })];
  if (node.type.endsWith('Event')) {
    const definitions = eventDefinitions(context, node);
    if (definitions.length) attrs.eventDefinitions = definitions;
  }
  if (node.type === 'boundaryEvent') attrs.cancelActivity = node.interrupting !== false;
  if (node.type === 'startEvent' && node.interrupting === false) attrs.isInterrupting = false;
  if (node.type === 'subProcess' && kept.triggeredByEvent === true) attrs.triggeredByEvent = true;
  const called = kept.calledElement;
  if (called !== undefined && elementTypeOf(node) === 'bpmn:CallActivity') attrs.calledElement = called;
  const script = kept.script;
  if (script !== undefined && node.taskType === 'script')
    Object.assign(attrs, { scriptFormat: script.format, script: script.body });
  const loop = loopOf(context, node);
  if (loop) attrs.loopCharacteristics = loop;
  if (kept.isForCompensation === true) attrs.isForCompensation = true;
  const element = moddle.create(elementTypeOf(node), attrs);
  const restored = restoreKept(context, element, kept);
  const properties = flowwrightProperties(context, {
    sim: node.sim,
    requiredFields: node.requiredFields,
    // Lanes name top-level flow nodes only; an annotation or a node inside a sub-process keeps its lane here.
    lane: node.parent !== undefined || node.type === 'annotation' ? node.lane : undefined,
    condition: node.condition,
    // A delay on an event that is not a timer event has no place in BPMN.
    timer: node.timer !== undefined && node.eventType !== 'timer' ? node.timer : undefined,
    extensions: otherExtensions(node),
  });
  setExtensionElements(context, element, [...restored, properties]);
  context.elements.set(node.id, element);
  return element;
}
