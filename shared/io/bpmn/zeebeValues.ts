import type { Flow, FlowNode, ProcessModel } from '../../model';
import { flowLabel, nodeLabel, sentence } from '../../validate/describe';
import { idMapper } from './exportContext';
import { slug } from './exportNodes';
import { keptNode } from './keptShapes';
import {
  isCallActivity,
  isJobTask,
  isTimerEvent,
  isUserTask,
  keptZeebeElement,
  zeebeKey,
  type TimerKind,
} from './zeebeSettings';

/** A value the Zeebe export writes; `from` says what it was derived from when the person did not set it. */
export interface ZeebeValue {
  value: string;
  from?: string;
}

/** The text settings of a node's `extensions.zeebe`; a setting of another shape (a hand-edited file) is passed over. */
export function zeebeOf(node: FlowNode): Record<string, string> {
  const value = node.extensions?.[zeebeKey];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, setting]) => typeof setting === 'string' && setting.trim() !== ''),
  ) as Record<string, string>;
}

/** A value from a name, or from the id when the node has no name. */
function fromName(node: FlowNode, id: (modelId: string) => string): ZeebeValue {
  const value = slug(node.name, id(node.id));
  return { value, from: slug(node.name, '') ? 'its name' : 'its id' };
}

/** The job type of a service, send, script or business-rule task: the one set, else from the name. */
export function jobTypeOf(node: FlowNode, id: (modelId: string) => string): ZeebeValue {
  const set = zeebeOf(node).taskType;
  return set ? { value: set.trim() } : fromName(node, id);
}

/** A user task's form: a linked Camunda form by id, else a form key (external reference); the file's, else from the name. */
export function formOf(
  node: FlowNode,
  id: (modelId: string) => string,
): { attribute: 'formId' | 'externalReference' } & ZeebeValue {
  const zeebe = zeebeOf(node);
  if (zeebe.formId) return { attribute: 'formId', value: zeebe.formId.trim() };
  if (zeebe.formReference) return { attribute: 'externalReference', value: zeebe.formReference.trim() };
  // An imported file's form stays (a job-worker form key becomes the reference a Camunda user task takes).
  const kept = keptZeebeElement(node, 'formDefinition')?.attrs ?? {};
  if (kept.formId) return { attribute: 'formId', value: kept.formId };
  const reference = kept.externalReference ?? kept.formKey;
  if (reference) return { attribute: 'externalReference', value: reference };
  return { attribute: 'externalReference', ...fromName(node, id) };
}

/** A user task's candidate groups: those set, else its lane's name as a group, else none. */
export function candidateGroupsOf(node: FlowNode, model: ProcessModel): ZeebeValue | undefined {
  const set = zeebeOf(node).candidateGroups;
  if (set) return { value: set.trim() };
  const lane = model.lanes.find((l) => l.id === node.lane);
  if (!lane?.name.trim()) return undefined;
  return { value: slug(lane.name, lane.id), from: `its lane '${lane.name.trim()}'` };
}

/** The process a call activity starts: the one set, else the file's, else from the name. */
export function calledProcessOf(node: FlowNode, id: (modelId: string) => string): ZeebeValue {
  const set = zeebeOf(node).processId ?? keptNode(node).calledElement;
  return set ? { value: set.trim() } : fromName(node, id);
}

/** A timer expression set under Camunda 8, which the export writes instead of the delay. */
export function timerOf(node: FlowNode): { kind: TimerKind; value: string } | undefined {
  const zeebe = zeebeOf(node);
  if (!zeebe.timerValue || !isTimerEvent(node)) return undefined;
  const kind = (['duration', 'date', 'cycle'] as const).find((k) => k === zeebe.timerKind) ?? 'duration';
  return { kind, value: zeebe.timerValue.trim() };
}

/** The key a waiting message is correlated by: the one set, else a placeholder variable to set in Camunda. */
export function correlationKeyOf(node: FlowNode): ZeebeValue {
  const set = zeebeOf(node).correlationKey;
  if (set) return { value: set.startsWith('=') ? set : `=${set}` };
  return { value: '=correlationKey', from: 'nothing (a placeholder variable)' };
}

/** Whether the export writes a message subscription for a node (a waiting message whose file gave none). */
export function waitsForMessage(node: FlowNode): boolean {
  const waits =
    (node.eventType === 'message' && node.type !== 'startEvent' && node.type !== 'endEvent') ||
    node.taskType === 'receive';
  return waits && keptNode(node).element !== 'IntermediateThrowEvent';
}

/** The longest label a condition gives an unnamed flow; a longer condition is cut with an ellipsis. */
const labelLength = 60;

/** The label an unnamed conditional flow gets in the Zeebe export: its condition (BPMN linters want one). */
export function conditionLabel(flow: Flow): string | undefined {
  if (flow.name?.trim() || flow.condition === undefined) return undefined;
  const condition = flow.condition.trim().replace(/\s+/g, ' ');
  return condition.length > labelLength ? `${condition.slice(0, labelLength - 1)}…` : condition;
}

/**
 * What the Zeebe export of a map derives because the person did not set it, one sentence each: "Job type for 'Check
 * stock' derived from its name: check-stock". Empty when every value written was set.
 */
export function zeebeDerived(model: ProcessModel): string[] {
  const id = idMapper(model);
  const notes: string[] = [];
  const note = (what: string, node: FlowNode, value: ZeebeValue | undefined) => {
    if (value?.from) notes.push(`${what} for ${nodeLabel(node)} derived from ${value.from}: ${value.value}`);
  };
  for (const node of model.nodes) {
    if (isJobTask(node)) note('Job type', node, jobTypeOf(node, id));
    if (isUserTask(node)) {
      note('Form key', node, formOf(node, id));
      note('Candidate groups', node, candidateGroupsOf(node, model));
    }
    if (isCallActivity(node)) note('Called process id', node, calledProcessOf(node, id));
    if (waitsForMessage(node)) note('Correlation key', node, correlationKeyOf(node));
    for (const kind of ['error', 'escalation'] as const) {
      if (node.eventType !== kind || keptNode(node)[kind]?.code !== undefined) continue;
      // As the export names the error or escalation it creates: the file's name, the node's, else its id.
      const name = keptNode(node)[kind]?.name ?? (node.name || `${sentence(kind)} ${node.id}`);
      const from = keptNode(node)[kind]?.name !== undefined || node.name ? 'its name' : 'its id';
      note(`${sentence(kind)} code`, node, { value: slug(name, kind), from });
    }
  }
  const nodeById = new Map(model.nodes.map((n) => [n.id, n]));
  for (const flow of model.flows) {
    const label = conditionLabel(flow);
    if (label !== undefined)
      notes.push(`Label for the ${flowLabel(flow, nodeById)} taken from its condition: ${label}`);
  }
  return notes;
}
