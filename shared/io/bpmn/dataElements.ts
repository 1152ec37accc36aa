import type { Flow, FlowNode } from '../../model';
import {
  flowwrightProperties,
  otherExtensions,
  restoreKept,
  setExtensionElements,
  type ExportContext,
} from './exportContext';
import { readCommon, type NodeDraft } from './flowNodes';
import { readExtensionElements } from './keptExtensions';
import { keptFlow, keptNode } from './keptShapes';
import { flag, isType, many, one, text, type ModdleElement } from './moddleElement';
import type { FlowDraft, KeptArtifact } from './readProcesses';

// BPMN has data objects and stores as references (drawn) to a definition: a bpmn:dataObject in the same process,
// or a bpmn:dataStore at the root. Flowwright models the reference as the node and writes the definition with it.

const isDataReference = (element: ModdleElement | undefined) =>
  isType(element, 'bpmn:DataObjectReference') || isType(element, 'bpmn:DataStoreReference');

/** Reads a data object or data store reference as a node named like it; a collection object keeps its bars. */
export function readDataReference(
  element: ModdleElement,
  parent: string | undefined,
  namespaces: Record<string, string>,
): NodeDraft {
  const store = isType(element, 'bpmn:DataStoreReference');
  const draft: NodeDraft = {
    id: element.id!,
    type: store ? 'dataStore' : 'dataObject',
    name: text(element, 'name') ?? '',
    bpmn: {},
    extensions: {},
  };
  const definition = one(element, store ? 'dataStoreRef' : 'dataObjectRef');
  if (!store && flag(definition, 'isCollection', false)) draft.collection = true;
  if (definition?.id) draft.bpmn.dataObject = definition.id;
  if (!draft.name) draft.name = text(definition, 'name') ?? '';
  return readCommon(element, draft, parent, namespaces);
}

/**
 * The data associations of a flow node: those joining it to a data object or store become flows of kind `data`
 * (input: from the data to the node; output: from the node to the data); others (to a property or an
 * input of the node's own specification) are kept aside as before.
 */
export function readDataAssociations(
  node: ModdleElement,
  container: string | undefined,
  parent: string | undefined,
): { flows: FlowDraft[]; kept: KeptArtifact[] } {
  const flows: FlowDraft[] = [];
  const kept: KeptArtifact[] = [];
  const add = (association: ModdleElement, kind: string, source: string, target: string, data: boolean) => {
    if (data) {
      const flow: FlowDraft = { id: association.id!, kind: 'data', source, target, bpmn: {}, extensions: {} };
      if (parent !== undefined) flow.parent = parent;
      const name = text(association, 'name');
      if (name !== undefined) flow.name = name;
      const extensions = readExtensionElements(association);
      if (extensions.kept.length) flow.bpmn.extensionElements = extensions.kept;
      if (extensions.flowwright && typeof extensions.flowwright === 'object')
        flow.flowwright = extensions.flowwright as Record<string, unknown>;
      flows.push(flow);
    } else
      kept.push({
        kind,
        id: association.id!,
        source,
        target,
        ...(container !== undefined ? { container } : {}),
      });
  };
  for (const association of many(node, 'dataInputAssociations'))
    for (const source of many(association, 'sourceRef'))
      if (association.id && source.id)
        add(association, 'dataInputAssociation', source.id, node.id!, isDataReference(source));
  for (const association of many(node, 'dataOutputAssociations')) {
    const target = one(association, 'targetRef');
    if (association.id && target?.id)
      add(association, 'dataOutputAssociation', node.id!, target.id, isDataReference(target));
  }
  return { flows, kept };
}

const dataObjectsWritten = new WeakMap<ExportContext, Map<string, ModdleElement>>();

/**
 * Creates the reference element of a data object or store node and, for a data object, the bpmn:dataObject it
 * points to; returns the elements to put in the node's process or sub-process (the reference last).
 */
export function createDataNodeElements(context: ExportContext, node: FlowNode): ModdleElement[] {
  const { moddle } = context;
  const kept = keptNode(node);
  const id = context.id(node.id);
  const attrs: Record<string, unknown> = { id };
  if (node.name) attrs.name = node.name;
  if (node.description) attrs.documentation = [moddle.create('bpmn:Documentation', { text: node.description })];
  const definitions: ModdleElement[] = [];
  if (node.type === 'dataObject') {
    // Several references may share one data object (as imported): it is written once, with the first.
    const written = dataObjectsWritten.get(context) ?? new Map<string, ModdleElement>();
    dataObjectsWritten.set(context, written);
    const objectId = kept.dataObject ?? `DataObject_${id}`;
    let dataObject = written.get(objectId);
    if (!dataObject) {
      dataObject = moddle.create('bpmn:DataObject', {
        id: objectId,
        ...(node.collection ? { isCollection: true } : {}),
      });
      written.set(objectId, dataObject);
      definitions.push(dataObject);
    }
    attrs.dataObjectRef = dataObject;
  }
  const element = moddle.create(
    node.type === 'dataObject' ? 'bpmn:DataObjectReference' : 'bpmn:DataStoreReference',
    attrs,
  );
  const restored = restoreKept(context, element, kept);
  const properties = flowwrightProperties(context, { lane: node.lane, extensions: otherExtensions(node) });
  setExtensionElements(context, element, [...restored, properties]);
  context.elements.set(node.id, element);
  return [...definitions, element];
}

/** The property a data input association writes into, as bpmn-js adds one: BPMN wants every association a target. */
function inputTarget(context: ExportContext, node: ModdleElement): ModdleElement {
  const properties = (node.properties ??= []) as ModdleElement[];
  let property = properties.find((p) => p.name === '__targetRef_placeholder');
  if (!property) {
    property = context.moddle.create('bpmn:Property', { id: `Property_${node.id}`, name: '__targetRef_placeholder' });
    properties.push(property);
  }
  return property;
}

/**
 * Writes a data association on the flow node it belongs to: an output association from an activity or catch event
 * to the data, an input association from the data into an activity or throw event. Undefined when the flow's ends
 * cannot hold one (neither end is data, or the node takes no data that way).
 */
export function createDataAssociation(
  context: ExportContext,
  flow: Flow,
  data: Set<string>,
): ModdleElement | undefined {
  const source = context.elements.get(flow.source);
  const target = context.elements.get(flow.target);
  if (!source || !target) return undefined;
  const association = dataAssociationOn(context, flow, data, source, target);
  if (!association) return undefined;
  const restored = restoreKept(context, association, keptFlow(flow));
  setExtensionElements(context, association, [
    ...restored,
    flowwrightProperties(context, {
      extensions: otherExtensions(flow),
      // As for sequence flows: a route Flowwright works out stays automatic after an import.
      route: flow.waypoints?.length ? undefined : 'auto',
    }),
  ]);
  return association;
}

function dataAssociationOn(
  context: ExportContext,
  flow: Flow,
  data: Set<string>,
  source: ModdleElement,
  target: ModdleElement,
): ModdleElement | undefined {
  const attrs: Record<string, unknown> = { id: context.id(flow.id) };
  if (flow.name) attrs.name = flow.name;
  if (data.has(flow.target) && !data.has(flow.source)) {
    if (!source.$instanceOf('bpmn:Activity') && !source.$instanceOf('bpmn:CatchEvent')) return undefined;
    const association = context.moddle.create('bpmn:DataOutputAssociation', { ...attrs, targetRef: target });
    ((source.dataOutputAssociations ??= []) as ModdleElement[]).push(association);
    return association;
  }
  if (data.has(flow.source) && !data.has(flow.target)) {
    if (!target.$instanceOf('bpmn:Activity') && !target.$instanceOf('bpmn:ThrowEvent')) return undefined;
    const association = context.moddle.create('bpmn:DataInputAssociation', {
      ...attrs,
      sourceRef: [source],
      ...(target.$instanceOf('bpmn:Activity') ? { targetRef: inputTarget(context, target) } : {}),
    });
    ((target.dataInputAssociations ??= []) as ModdleElement[]).push(association);
    return association;
  }
  return undefined;
}
