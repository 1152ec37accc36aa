import type { FlowNode, NodeType, TaskType } from '../../model';
import { readEventDefinitions } from './eventDefinitions';
import type { ImportReport } from './importReport';
import { keptAttributes, readExtensionElements } from './keptExtensions';
import { flag, localType, many, one, text, type ModdleElement } from './moddleElement';

/** A node as read from the file, before positions and lanes are settled; `bpmn` becomes `extensions.bpmn`. */
export type NodeDraft = Omit<FlowNode, 'x' | 'y' | 'name' | 'extensions'> & {
  x?: number;
  y?: number;
  name: string;
  bpmn: Record<string, unknown>;
  extensions: Record<string, unknown>;
  /** Flowwright's own properties (`fw:properties`) written by an earlier export. */
  flowwright?: Record<string, unknown>;
};

const taskTypes: Record<string, TaskType | undefined> = {
  Task: undefined,
  UserTask: 'user',
  ServiceTask: 'service',
  ScriptTask: 'script',
  ManualTask: 'manual',
  SendTask: 'send',
  ReceiveTask: 'receive',
  BusinessRuleTask: 'businessRule',
  CallActivity: undefined,
};

const nodeTypes: Record<string, NodeType> = {
  StartEvent: 'startEvent',
  EndEvent: 'endEvent',
  IntermediateCatchEvent: 'intermediateEvent',
  IntermediateThrowEvent: 'intermediateEvent',
  BoundaryEvent: 'boundaryEvent',
  SubProcess: 'subProcess',
  Transaction: 'subProcess',
  AdHocSubProcess: 'subProcess',
  ExclusiveGateway: 'exclusiveGateway',
  ParallelGateway: 'parallelGateway',
  InclusiveGateway: 'inclusiveGateway',
  EventBasedGateway: 'eventBasedGateway',
  ComplexGateway: 'inclusiveGateway',
};

/** BPMN types read as a near Flowwright type; the original is kept in `extensions.bpmn.element` for the export. */
const approximated = new Set([
  'CallActivity',
  'Transaction',
  'AdHocSubProcess',
  'ComplexGateway',
  'IntermediateThrowEvent',
]);

/** The node type a BPMN flow node is read as, or undefined for those Flowwright does not model (choreographies). */
export function nodeTypeOf(element: ModdleElement): NodeType | undefined {
  const type = localType(element);
  return type in taskTypes ? 'task' : nodeTypes[type];
}

function loopOf(element: ModdleElement): Record<string, unknown> | undefined {
  const loop = one(element, 'loopCharacteristics');
  if (!loop) return undefined;
  if (localType(loop) === 'StandardLoopCharacteristics') return { kind: 'standard' };
  return { kind: 'multiInstance', sequential: flag(loop, 'isSequential', false) };
}

function readEvent(element: ModdleElement, draft: NodeDraft, report: ImportReport): void {
  const reading = readEventDefinitions(element);
  draft.eventType = reading.eventType;
  if (reading.timer !== undefined) draft.timer = reading.timer;
  Object.assign(draft.bpmn, reading.kept);
  if (reading.unsupported)
    report.add(
      'FW_IMPORT_EVENT_DEFINITION',
      `${describe(draft)} has a ${reading.unsupported} event definition; it is simulated as a plain event`,
      draft.id,
    );
  if (draft.type === 'boundaryEvent') {
    draft.attachedTo = one(element, 'attachedToRef')?.id;
    draft.interrupting = flag(element, 'cancelActivity', true);
  }
  if (draft.type === 'startEvent' && element.isInterrupting === false) draft.interrupting = false;
}

function describe(draft: Pick<NodeDraft, 'id' | 'name'>): string {
  return draft.name ? `"${draft.name}" (${draft.id})` : draft.id;
}

/** Reads one BPMN flow node into a node draft; undefined (and a report line) for types Flowwright does not model. */
export function readFlowNode(
  element: ModdleElement,
  parent: string | undefined,
  namespaces: Record<string, string>,
  report: ImportReport,
): NodeDraft | undefined {
  const type = nodeTypeOf(element);
  const id = element.id!;
  if (!type) {
    report.add(
      'FW_IMPORT_UNSUPPORTED_ELEMENT',
      `${localType(element)} ${id} is not modelled by Flowwright and was left out`,
      id,
    );
    return undefined;
  }
  const draft = readCommon(
    element,
    { id, type, name: text(element, 'name') ?? '', bpmn: {}, extensions: {} },
    parent,
    namespaces,
  );
  const local = localType(element);
  if (approximated.has(local)) draft.bpmn.element = local;
  if (type === 'task') {
    const taskType = taskTypes[local];
    if (taskType) draft.taskType = taskType;
    if (local === 'CallActivity') {
      const called = text(element, 'calledElement');
      if (called !== undefined) draft.bpmn.calledElement = called;
    }
    if (local === 'ScriptTask') {
      const script = text(element, 'script');
      if (script !== undefined) draft.bpmn.script = { format: text(element, 'scriptFormat'), body: script };
    }
  }
  if (type.endsWith('Event')) readEvent(element, draft, report);
  if (type === 'subProcess' && element.triggeredByEvent === true) {
    draft.bpmn.triggeredByEvent = true;
    report.add(
      'FW_IMPORT_EVENT_DEFINITION',
      `event sub-process ${describe(draft)} is kept, but cases do not enter it in simulation`,
      id,
    );
  }
  const loop = loopOf(element);
  if (loop) draft.bpmn.loop = loop;
  if (element.isForCompensation === true) draft.bpmn.isForCompensation = true;
  return draft;
}

/** What every node carries the same way: parent, documentation, vendor attributes and extension elements. */
export function readCommon(
  element: ModdleElement,
  draft: NodeDraft,
  parent: string | undefined,
  namespaces: Record<string, string>,
): NodeDraft {
  if (parent !== undefined) draft.parent = parent;
  const documentation = many(element, 'documentation')
    .map((d) => text(d, 'text'))
    .filter((t) => t !== undefined);
  if (documentation.length) draft.description = documentation.join('\n\n');
  const attrs = keptAttributes(element, namespaces);
  if (attrs) draft.bpmn.attrs = attrs;
  const extensions = readExtensionElements(element);
  if (extensions.kept.length) draft.bpmn.extensionElements = extensions.kept;
  if (extensions.zeebe) draft.extensions.zeebe = extensions.zeebe;
  if (extensions.flowwright && typeof extensions.flowwright === 'object')
    draft.flowwright = extensions.flowwright as Record<string, unknown>;
  return draft;
}

/** Reads a text annotation as an annotation node named by its text. */
export function readAnnotation(
  element: ModdleElement,
  parent: string | undefined,
  namespaces: Record<string, string>,
): NodeDraft {
  return readCommon(
    element,
    { id: element.id!, type: 'annotation', name: text(element, 'text') ?? '', bpmn: {}, extensions: {} },
    parent,
    namespaces,
  );
}
