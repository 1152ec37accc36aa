import type { BpmnModdle } from 'bpmn-moddle';
import type { ProcessModel } from '../../model';
import type { KeptElement } from './keptExtensions';
import type { ModdleElement } from './moddleElement';
import { xmlSafeId } from './xmlText';

/** Which BPMN an export writes: plain BPMN 2.0, or the Camunda 8 (Zeebe) executable flavour. */
export type BpmnFlavour = 'bpmn' | 'zeebe';

/** State shared by the steps of one export. */
export interface ExportContext {
  moddle: BpmnModdle;
  model: ProcessModel;
  flavour: BpmnFlavour;
  /** The XML id written for a model id (ids that are not XML names are made safe). */
  id(modelId: string): string;
  /** The element written for each node, by node id. */
  elements: Map<string, ModdleElement>;
  /** Messages, errors, signals and escalations, by id, written as root elements. */
  globals: Map<string, ModdleElement>;
  /** Prefixes of vendor attributes and elements written, to declare their namespaces. */
  prefixes: Set<string>;
}

/** Hands out XML-safe ids that stay unique even where making them safe would merge two. */
export function idMapper(model: ProcessModel): (modelId: string) => string {
  const taken = new Set<string>();
  const mapped = new Map<string, string>();
  const all = [...model.nodes, ...model.flows, ...model.lanes, ...(model.participants ?? [])].map((e) => e.id);
  for (const id of all) if (xmlSafeId(id) === id) taken.add(id);
  return (modelId) => {
    let id = mapped.get(modelId);
    if (id !== undefined) return id;
    id = xmlSafeId(modelId);
    if (id !== modelId) while (taken.has(id)) id = `${id}_`;
    taken.add(id);
    mapped.set(modelId, id);
    return id;
  };
}

/** Writes vendor attributes and kept extension elements (as read through keptShapes) back onto an element. */
export function restoreKept(
  context: ExportContext,
  element: ModdleElement,
  kept: { attrs?: Record<string, string>; extensionElements?: KeptElement[] },
): ModdleElement[] {
  for (const [key, value] of Object.entries(kept.attrs ?? {})) {
    element.$attrs![key] = value;
    context.prefixes.add(key.slice(0, key.indexOf(':')));
  }
  return (kept.extensionElements ?? []).map((item) => createKept(context, item));
}

function createKept(context: ExportContext, kept: KeptElement): ModdleElement {
  const prefix = kept.name.includes(':') ? kept.name.slice(0, kept.name.indexOf(':')) : '';
  if (prefix) context.prefixes.add(prefix);
  const properties: Record<string, unknown> = { ...kept.attrs };
  if (kept.children?.length) properties.$children = kept.children.map((child) => createKept(context, child));
  if (kept.text !== undefined) properties.$body = kept.text;
  return context.moddle.createAny(kept.name, kept.uri ?? '', properties);
}

/** `fw:properties` holding values of a node or flow that BPMN has no place for; undefined when there are none. */
export function flowwrightProperties(
  context: ExportContext,
  values: Record<string, unknown>,
): ModdleElement | undefined {
  const present = Object.fromEntries(
    Object.entries(values).filter(
      ([, v]) => v !== undefined && !(typeof v === 'object' && v !== null && Object.keys(v).length === 0),
    ),
  );
  return Object.keys(present).length
    ? context.moddle.create('fw:Properties', { value: JSON.stringify(present) })
    : undefined;
}

/** A node's extensions other than `bpmn` (which the export writes as BPMN), e.g. `zeebe` or another tool's. */
export function otherExtensions(element: {
  extensions?: Record<string, unknown>;
}): Record<string, unknown> | undefined {
  if (!element.extensions) return undefined;
  const { bpmn: _bpmn, ...rest } = element.extensions;
  return Object.keys(rest).length ? rest : undefined;
}

/** Attaches extension elements to an element when there are any. */
export function setExtensionElements(
  context: ExportContext,
  element: ModdleElement,
  values: (ModdleElement | undefined)[],
): void {
  const present = values.filter((v): v is ModdleElement => v !== undefined);
  if (present.length) element.extensionElements = context.moddle.create('bpmn:ExtensionElements', { values: present });
}
