import { FlowwrightError, type FlowNode, type ProcessModel } from '../../model';
import { flowLabel, listed, nodeLabel, quotedName, sentence } from '../../validate/describe';
import type { ExportContext } from './exportContext';
import { elementTypeOf } from './exportNodes';
import { keptNode } from './keptShapes';
import type { ModdleElement } from './moddleElement';
import { parseIsoDuration } from './isoDuration';
import {
  allowedTimerKinds,
  takesMappings,
  zeebeMappings,
  zeebeSettingProblems,
  type ZeebeMapping,
} from './zeebeSettings';
import {
  calledProcessOf,
  candidateGroupsOf,
  conditionLabel,
  correlationKeyOf,
  formOf,
  jobTypeOf,
  timerOf,
  zeebeOf,
} from './zeebeValues';

export { zeebeOf };

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
    if (node.eventType === 'timer' && node.timer === undefined && !kept.timer && !timerOf(node))
      unsupported(`${sentence(nodeLabel(node))} is a timer without a delay; Camunda 8 needs one`);
    const parent = node.parent === undefined ? undefined : nodeById.get(node.parent);
    if (node.type === 'startEvent' && node.eventType === 'timer' && !timerOf(node)) {
      // Without an expression set, the export writes the file's timer if it still fits the delay, else a duration.
      const fits = kept.timer && (node.timer === undefined || parseIsoDuration(kept.timer.value) === node.timer);
      const written = fits ? kept.timer!.kind : 'duration';
      if ((node.timer !== undefined || kept.timer) && !allowedTimerKinds(node, parent).includes(written))
        unsupported(
          `${sentence(nodeLabel(node))} is a timer start event with a delay; Camunda 8 starts a process at a date or ` +
            'on a cycle: set one under Camunda 8 in its properties',
        );
    }
    for (const problem of zeebeSettingProblems(node, parent))
      problems.push(
        new FlowwrightError('FW_EXPORT_SETTING', `${sentence(nodeLabel(node))}, Camunda 8: ${problem.message}`, [
          `element ${node.id}`,
          `setting ${problem.field}`,
        ]),
      );
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

/** Removes extension elements of a type (compared without case: an import keeps them as generic elements). */
function dropExtension(element: ModdleElement, type: string): void {
  const container = element.extensionElements as ModdleElement | undefined;
  if (!container) return;
  container.values = ((container.values as ModdleElement[] | undefined) ?? []).filter(
    (v) => v.$type.toLowerCase() !== type.toLowerCase(),
  );
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
    addExtension(
      context,
      message,
      context.moddle.create('zeebe:Subscription', { correlationKey: correlationKeyOf(node).value }),
    );
  }
}

/** Input and output mappings (`zeebe:ioMapping`); FEEL sources get Zeebe's leading `=`. */
function mappingsElement(context: ExportContext, node: FlowNode): ModdleElement | undefined {
  const feel = (source: string) => (source.trim().startsWith('=') ? source.trim() : `=${source.trim()}`);
  const parameters = (rows: ZeebeMapping[], type: string) =>
    rows.map((row) =>
      context.moddle.create(type, {
        ...(row.source.trim() ? { source: feel(row.source) } : {}),
        target: row.target.trim(),
      }),
    );
  const inputs = zeebeMappings(node, 'inputs');
  const outputs = zeebeMappings(node, 'outputs');
  if (!inputs.length && !outputs.length) return undefined;
  return context.moddle.create('zeebe:IoMapping', {
    inputParameters: parameters(inputs, 'zeebe:Input'),
    outputParameters: parameters(outputs, 'zeebe:Output'),
  });
}

/** The timer expression set under Camunda 8 replaces the one written from the delay. */
function decorateTimer(context: ExportContext, node: FlowNode, element: ModdleElement): void {
  const timer = timerOf(node);
  const definitions = (element.eventDefinitions as ModdleElement[] | undefined) ?? [];
  if (!timer || definitions[0]?.$type !== 'bpmn:TimerEventDefinition') return;
  const property = `time${timer.kind[0].toUpperCase()}${timer.kind.slice(1)}`;
  definitions[0] = context.moddle.create('bpmn:TimerEventDefinition', {
    [property]: context.moddle.create('bpmn:FormalExpression', { body: timer.value }),
  });
  element.eventDefinitions = definitions;
}

/** An unnamed conditional flow is labelled with its condition: Camunda's linting wants every such flow named. */
function labelConditionalFlows(context: ExportContext): void {
  for (const flow of context.model.flows) {
    const label = conditionLabel(flow);
    if (label === undefined) continue;
    const outgoing = (context.elements.get(flow.source)?.outgoing as ModdleElement[] | undefined) ?? [];
    const element = outgoing.find((e) => e.id === context.id(flow.id));
    if (element) element.name = label;
  }
}

/**
 * Adds what Camunda 8 needs to run the map, from the Camunda 8 settings a person gave each node (`extensions.zeebe`)
 * and, where none is set, from names and lanes (zeebeDerived lists those): job types, user task forms and assignment,
 * variable mappings, called process ids, timer expressions, message subscriptions and labels of conditional flows.
 */
export function decorateZeebe(context: ExportContext): void {
  const { moddle, model } = context;
  for (const node of model.nodes) {
    const element = context.elements.get(node.id)!;
    const zeebe = zeebeOf(node);
    const type = element.$type;
    if (['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'].includes(type))
      addExtension(
        context,
        element,
        moddle.create('zeebe:TaskDefinition', {
          type: jobTypeOf(node, context.id).value,
          ...(zeebe.retries ? { retries: zeebe.retries.trim() } : {}),
        }),
      );
    if (type === 'bpmn:UserTask') {
      addExtension(context, element, moddle.create('zeebe:UserTask'));
      const form = formOf(node, context.id);
      addExtension(context, element, moddle.create('zeebe:FormDefinition', { [form.attribute]: form.value }));
      const groups = candidateGroupsOf(node, model)?.value;
      const assignment = {
        ...(zeebe.assignee ? { assignee: zeebe.assignee.trim() } : {}),
        ...(groups ? { candidateGroups: groups } : {}),
        ...(zeebe.candidateUsers ? { candidateUsers: zeebe.candidateUsers.trim() } : {}),
      };
      if (Object.keys(assignment).length)
        addExtension(context, element, moddle.create('zeebe:AssignmentDefinition', assignment));
    }
    if (type === 'bpmn:CallActivity')
      addExtension(
        context,
        element,
        moddle.create('zeebe:CalledElement', {
          processId: calledProcessOf(node, context.id).value,
          propagateAllChildVariables: false,
        }),
      );
    if (takesMappings(node)) {
      const mappings = mappingsElement(context, node);
      // Mappings the person removed are not written again from the imported file.
      if (mappings) addExtension(context, element, mappings);
      else dropExtension(element, 'zeebe:IoMapping');
    }
    decorateTimer(context, node, element);
    if (node.eventType === 'message' || node.taskType === 'receive') decorateMessage(context, node, element);
  }
  labelConditionalFlows(context);
}
