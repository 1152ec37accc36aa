import type { Flow } from '../../model';
import { readCondition } from './conditions';
import { readDataAssociations, readDataReference } from './dataElements';
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

/** The data objects that references in a container or its sub-processes point to. */
function referencedDataObjects(container: ModdleElement): (string | undefined)[] {
  return many(container, 'flowElements').flatMap((e) =>
    isType(e, 'bpmn:DataObjectReference')
      ? [one(e, 'dataObjectRef')?.id]
      : isType(e, 'bpmn:SubProcess')
        ? referencedDataObjects(e)
        : [],
  );
}

/**
 * Reads the flow nodes, sequence flows and artifacts of a process or sub-process, recursing into sub-processes.
 * Text annotations become annotation nodes that remember what they annotate; data objects and stores become
 * nodes and their data associations flows of kind `data`; groups and other associations are kept aside.
 */
export function readContainer(
  container: ModdleElement,
  parent: string | undefined,
  namespaces: Record<string, string>,
  report: ImportReport,
  into: ProcessReading,
): void {
  const scope = parent ?? container.id;
  const referenced = new Set(referencedDataObjects(container));
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
      const data = readDataAssociations(element, scope, parent);
      into.flows.push(...data.flows);
      into.artifacts.push(...data.kept);
      if (node.type === 'subProcess') readContainer(element, node.id, namespaces, report, into);
    } else if (isType(element, 'bpmn:DataObjectReference') || isType(element, 'bpmn:DataStoreReference')) {
      into.nodes.push(readDataReference(element, parent, namespaces));
    } else if (isType(element, 'bpmn:DataObject')) {
      // A data object a reference points to is written again with that reference's node; others are kept aside.
      if (!referenced.has(element.id)) into.artifacts.push(keptOf(element, 'dataObject', scope));
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
