import type { Flow } from '../../model';
import { readCondition } from './conditions';
import { readAnnotation, readFlowNode, type NodeDraft } from './flowNodes';
import type { ImportReport } from './importReport';
import { keptAttributes, readExtensionElements } from './keptExtensions';
import { isType, localType, many, one, text, type ModdleElement } from './moddleElement';

/** A sequence flow as read, before waypoints are settled; `bpmn` becomes `extensions.bpmn`. */
export type FlowDraft = Omit<Flow, 'extensions'> & {
  bpmn: Record<string, unknown>;
  extensions: Record<string, unknown>;
  flowwright?: Record<string, unknown>;
  /** The sub-process the flow lies in, for placing its waypoints in that sub-process's coordinates. */
  parent?: string;
};

/** An element Flowwright does not model but keeps, so that the export can write it again. */
export interface KeptArtifact {
  kind: string;
  id: string;
  name?: string;
  /** The sub-process or process holding it. */
  container?: string;
  source?: string;
  target?: string;
  /** For data object references: the data object they point to. */
  dataObject?: string;
}

export interface ProcessReading {
  nodes: NodeDraft[];
  flows: FlowDraft[];
  artifacts: KeptArtifact[];
}

function readSequenceFlow(
  element: ModdleElement,
  parent: string | undefined,
  namespaces: Record<string, string>,
  report: ImportReport,
): FlowDraft | undefined {
  const source = one(element, 'sourceRef')?.id;
  const target = one(element, 'targetRef')?.id;
  if (!source || !target) {
    report.add(
      'FW_IMPORT_UNRESOLVED_REFERENCE',
      `sequence flow ${element.id} has no ${source ? 'target' : 'source'} and was left out`,
      element.id,
    );
    return undefined;
  }
  const flow: FlowDraft = { id: element.id!, source, target, bpmn: {}, extensions: {} };
  if (parent !== undefined) flow.parent = parent;
  const name = text(element, 'name');
  if (name !== undefined) flow.name = name;
  const reading = readCondition(one(element, 'conditionExpression'));
  if (reading.condition !== undefined) flow.condition = reading.condition;
  if (reading.original) flow.bpmn.condition = reading.original;
  if (reading.note) report.add('FW_IMPORT_CONDITION', `sequence flow ${flow.id} ${reading.note}`, flow.id);
  const attrs = keptAttributes(element, namespaces);
  if (attrs) flow.bpmn.attrs = attrs;
  const extensions = readExtensionElements(element);
  if (extensions.kept.length) flow.bpmn.extensionElements = extensions.kept;
  if (extensions.flowwright && typeof extensions.flowwright === 'object')
    flow.flowwright = extensions.flowwright as Record<string, unknown>;
  return flow;
}

function keptOf(element: ModdleElement, kind: string, container: string | undefined): KeptArtifact {
  const artifact: KeptArtifact = { kind, id: element.id! };
  const name = text(element, 'name');
  if (name !== undefined) artifact.name = name;
  if (container !== undefined) artifact.container = container;
  return artifact;
}

/** Data associations of an activity: inputs point from a data object into it, outputs from it to a data object. */
function dataAssociations(activity: ModdleElement, container: string | undefined): KeptArtifact[] {
  const kept: KeptArtifact[] = [];
  for (const association of many(activity, 'dataInputAssociations'))
    for (const source of many(association, 'sourceRef'))
      if (association.id && source.id)
        kept.push({
          ...keptOf(association, 'dataInputAssociation', container),
          source: source.id,
          target: activity.id,
        });
  for (const association of many(activity, 'dataOutputAssociations')) {
    const target = one(association, 'targetRef');
    if (association.id && target?.id)
      kept.push({ ...keptOf(association, 'dataOutputAssociation', container), source: activity.id, target: target.id });
  }
  return kept;
}

/**
 * Reads the flow nodes, sequence flows and artifacts of a process or sub-process, recursing into sub-processes.
 * Text annotations become annotation nodes that remember what they annotate; data objects, stores, groups and
 * other associations are kept aside.
 */
export function readContainer(
  container: ModdleElement,
  parent: string | undefined,
  namespaces: Record<string, string>,
  report: ImportReport,
  into: ProcessReading,
): void {
  const scope = parent ?? container.id;
  for (const element of many(container, 'flowElements')) {
    if (!element.id) {
      report.add('FW_IMPORT_UNSUPPORTED_ELEMENT', `a ${localType(element)} without an id was left out`);
      continue;
    }
    if (isType(element, 'bpmn:SequenceFlow')) {
      const flow = readSequenceFlow(element, parent, namespaces, report);
      if (flow) into.flows.push(flow);
    } else if (isType(element, 'bpmn:FlowNode')) {
      const node = readFlowNode(element, parent, namespaces, report);
      if (!node) continue;
      into.nodes.push(node);
      into.artifacts.push(...dataAssociations(element, scope));
      if (node.type === 'subProcess') readContainer(element, node.id, namespaces, report, into);
    } else if (isType(element, 'bpmn:DataObjectReference')) {
      into.artifacts.push({
        ...keptOf(element, 'dataObjectReference', scope),
        ...(one(element, 'dataObjectRef')?.id ? { dataObject: one(element, 'dataObjectRef')!.id } : {}),
      });
    } else if (isType(element, 'bpmn:DataStoreReference') || isType(element, 'bpmn:DataObject')) {
      into.artifacts.push(
        keptOf(
          element,
          localType(element).replace(/^./, (c) => c.toLowerCase()),
          scope,
        ),
      );
    } else
      report.add(
        'FW_IMPORT_UNSUPPORTED_ELEMENT',
        `${localType(element)} ${element.id} is not modelled by Flowwright and was left out`,
        element.id,
      );
  }
  const annotations = new Map<string, NodeDraft>();
  for (const artifact of many(container, 'artifacts')) {
    if (!artifact.id) continue;
    if (isType(artifact, 'bpmn:TextAnnotation')) {
      const node = readAnnotation(artifact, parent, namespaces);
      annotations.set(node.id, node);
      into.nodes.push(node);
    }
  }
  for (const artifact of many(container, 'artifacts')) {
    if (!artifact.id || isType(artifact, 'bpmn:TextAnnotation')) continue;
    if (isType(artifact, 'bpmn:Association')) {
      const source = one(artifact, 'sourceRef')?.id;
      const target = one(artifact, 'targetRef')?.id;
      if (!source || !target) continue;
      const note = annotations.get(target) ?? annotations.get(source);
      if (note) {
        const other = note.id === target ? source : target;
        const annotates = (note.bpmn.annotates ??= []) as unknown[];
        annotates.push({ association: artifact.id, node: other });
      } else into.artifacts.push({ ...keptOf(artifact, 'association', scope), source, target });
    } else if (isType(artifact, 'bpmn:Group')) into.artifacts.push(keptOf(artifact, 'group', scope));
    else
      report.add(
        'FW_IMPORT_UNSUPPORTED_ELEMENT',
        `${localType(artifact)} ${artifact.id} is not modelled by Flowwright and was left out`,
        artifact.id,
      );
  }
}

/** Marks flows named as `default` by their gateway or activity. */
export function markDefaultFlows(containers: ModdleElement[], flows: FlowDraft[]): void {
  const byId = new Map(flows.map((f) => [f.id, f]));
  const visit = (container: ModdleElement) => {
    for (const element of many(container, 'flowElements')) {
      const fallback = one(element, 'default')?.id;
      if (fallback && byId.has(fallback)) byId.get(fallback)!.default = true;
      if (isType(element, 'bpmn:SubProcess')) visit(element);
    }
  };
  containers.forEach(visit);
}
