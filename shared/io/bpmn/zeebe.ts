import { FlowwrightError, type FlowNode, type ProcessModel } from '../../model';
import { flowLabel, listed, nodeLabel, quotedName, sentence } from '../../validate/describe';
import type { ExportContext } from './exportContext';
import { elementTypeOf, slug } from './exportNodes';
import { keptNode } from './keptShapes';
import type { ModdleElement } from './moddleElement';

/** The execution platform attributes Camunda Modeler reads to pick its Camunda 8.8 tooling. */
export const zeebeDefinitionAttributes = {
  'xmlns:zeebe': 'http://camunda.org/schema/zeebe/1.0',
  'xmlns:modeler': 'http://camunda.org/schema/modeler/1.0',
  'modeler:executionPlatform': 'Camunda Cloud',
  'modeler:executionPlatformVersion': '8.8.0',
};

/** Kept BPMN constructs Camunda 8.8 cannot run. */
const unsupportedElements: Record<string, string> = {
  'bpmn:ComplexGateway': 'complex gateway',
  'bpmn:Transaction': 'transaction sub-process',
};
const unsupportedDefinitions = new Set(['conditional', 'cancel']);

/** "'Merge' is a complex gateway; Camunda 8 cannot run one", or "An untitled complex gateway is in the map; …". */
function cannotRun(node: FlowNode, what: string): string {
  const name = node.name.trim();
  const subject = name ? `${quotedName(name)} is a ${what}` : `An untitled ${what} is in the map`;
  return `${subject}; Camunda 8 cannot run one`;
}

/**
 * The zeebe settings of a node (`extensions.zeebe`): task type, retries, assignment, form, correlation key. Only
 * text settings count; a setting of another shape (a hand-edited file) is passed over.
 */
export function zeebeOf(node: FlowNode): Record<string, string> {
  const value = node.extensions?.zeebe;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, setting]) => typeof setting === 'string'));
}

/**
 * Everything in a map that Camunda 8.8 cannot run, each message leading with the element's name: constructs it has no
 * support for, gateway branches without a condition that are not the default, several plain start events, timers
 * without a delay.
 */
export function zeebeProblems(model: ProcessModel): FlowwrightError[] {
  const problems: FlowwrightError[] = [];
  const unsupported = (message: string) => problems.push(new FlowwrightError('FW_EXPORT_UNSUPPORTED', message));
  const nodeById = new Map(model.nodes.map((n) => [n.id, n]));
  for (const node of model.nodes) {
    const what = unsupportedElements[elementTypeOf(node)];
    if (what) unsupported(cannotRun(node, what));
    const kept = keptNode(node);
    const definition = kept.eventDefinition;
    if (definition && unsupportedDefinitions.has(definition)) unsupported(cannotRun(node, `${definition} event`));
    if (node.eventType === 'timer' && node.timer === undefined && !kept.timer)
      unsupported(`${sentence(nodeLabel(node))} is a timer without a delay; Camunda 8 needs one`);
  }
  const plainStarts = new Map<string, FlowNode[]>();
  for (const node of model.nodes.filter((n) => n.type === 'startEvent' && !n.eventType))
    plainStarts.set(node.parent ?? '', [...(plainStarts.get(node.parent ?? '') ?? []), node]);
  for (const [level, starts] of plainStarts) {
    if (starts.length < 2) continue;
    const container = nodeById.get(level);
    const where = container ? sentence(nodeLabel(container)) : 'The process';
    unsupported(
      `${where} has ${starts.length} start events without a trigger (${listed(starts.map(nodeLabel))}); ` +
        'Camunda 8 allows one per level',
    );
  }
  for (const gateway of model.nodes.filter((n) => n.type === 'exclusiveGateway' || n.type === 'inclusiveGateway')) {
    const outgoing = model.flows.filter((f) => f.source === gateway.id);
    if (outgoing.length < 2) continue;
    for (const bare of outgoing.filter((f) => !f.default && f.condition === undefined))
      problems.push(
        new FlowwrightError(
          'FW_EXPORT_CONDITION',
          `${sentence(flowLabel(bare, nodeById))} has no condition and is not the default flow; Camunda 8 needs one ` +
            'of the two',
        ),
      );
  }
  return problems;
}

/** Refuses (throws the first of zeebeProblems) a map Camunda 8.8 cannot run. */
export function checkZeebe(model: ProcessModel): void {
  const [first] = zeebeProblems(model);
  if (first) throw first;
}

/** Adds an extension element, replacing one of the same type kept from an import. */
function addExtension(context: ExportContext, element: ModdleElement, value: ModdleElement): void {
  let container = element.extensionElements as ModdleElement | undefined;
  if (!container) {
    container = context.moddle.create('bpmn:ExtensionElements', { values: [] });
    element.extensionElements = container;
  }
  const others = ((container.values as ModdleElement[] | undefined) ?? []).filter(
    (v) => v.$type.toLowerCase() !== value.$type.toLowerCase(),
  );
  container.values = [...others, value];
}

/** Message names and subscriptions: Camunda 8 correlates a waiting message by name and correlation key. */
function decorateMessage(context: ExportContext, node: FlowNode, element: ModdleElement): void {
  const definition = ((element.eventDefinitions as ModdleElement[] | undefined) ?? [])[0];
  let message = definition?.messageRef as ModdleElement | undefined;
  if (!message && node.taskType === 'receive') {
    message = context.moddle.create('bpmn:Message', {
      id: `Message_${context.id(node.id)}`,
      name: node.name || node.id,
    });
    context.globals.set(message.id!, message);
    element.messageRef = message;
  }
  if (
    !message ||
    node.type === 'startEvent' ||
    element.$type === 'bpmn:IntermediateThrowEvent' ||
    node.type === 'endEvent'
  )
    return;
  if (!(message.extensionElements as ModdleElement | undefined)) {
    const key = zeebeOf(node).correlationKey ?? 'correlationKey';
    addExtension(
      context,
      message,
      context.moddle.create('zeebe:Subscription', { correlationKey: key.startsWith('=') ? key : `=${key}` }),
    );
  }
}

/**
 * Adds what Camunda 8 needs to run the map: job types on service, send, script and business-rule tasks (from
 * `extensions.zeebe.taskType`, else derived from the name), Camunda user tasks assigned to their lane's group,
 * called process ids, and message subscriptions.
 */
export function decorateZeebe(context: ExportContext): void {
  const { moddle, model } = context;
  const laneName = new Map(model.lanes.map((l) => [l.id, l.name]));
  for (const node of model.nodes) {
    const element = context.elements.get(node.id)!;
    const zeebe = zeebeOf(node);
    const type = element.$type;
    if (['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'].includes(type))
      addExtension(
        context,
        element,
        moddle.create('zeebe:TaskDefinition', {
          type: zeebe.taskType ?? slug(node.name, context.id(node.id)),
          ...(zeebe.retries ? { retries: zeebe.retries } : {}),
        }),
      );
    if (type === 'bpmn:UserTask') {
      addExtension(context, element, moddle.create('zeebe:UserTask'));
      // A Camunda form linked by id when one is named; else a reference for the task application to resolve.
      const form = zeebe.formId
        ? { formId: zeebe.formId }
        : { externalReference: zeebe.formReference ?? slug(node.name, context.id(node.id)) };
      addExtension(context, element, moddle.create('zeebe:FormDefinition', form));
      const groups =
        zeebe.candidateGroups ??
        (node.lane !== undefined && laneName.get(node.lane) ? slug(laneName.get(node.lane)!, node.lane) : undefined);
      const assignment = {
        ...(zeebe.assignee ? { assignee: zeebe.assignee } : {}),
        ...(groups ? { candidateGroups: groups } : {}),
        ...(zeebe.candidateUsers ? { candidateUsers: zeebe.candidateUsers } : {}),
      };
      if (Object.keys(assignment).length)
        addExtension(context, element, moddle.create('zeebe:AssignmentDefinition', assignment));
    }
    if (type === 'bpmn:CallActivity')
      addExtension(
        context,
        element,
        moddle.create('zeebe:CalledElement', {
          processId: keptNode(node).calledElement ?? slug(node.name, context.id(node.id)),
          propagateAllChildVariables: false,
        }),
      );
    if (node.eventType === 'message' || node.taskType === 'receive') decorateMessage(context, node, element);
  }
}
