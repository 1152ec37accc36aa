import zeebeSchema from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { participantsOf, type ProcessModel } from '../../model';
import { xmlLegal } from '../xmlChars';
import { buildDiagrams } from './exportDiagram';
import { idMapper, setExtensionElements, type BpmnFlavour, type ExportContext } from './exportContext';
import { planExport } from './exportPlan';
import { buildStructure } from './exportStructure';
import { flowwrightNamespace } from './extensionSchemas';
import { keptModel } from './keptShapes';
import type { ModdleElement } from './moddleElement';
import { createModdle } from './parse';
import { checkZeebe, decorateZeebe, zeebeDefinitionAttributes } from './zeebe';

export interface BpmnExportOptions {
  /** `bpmn` (default): plain BPMN 2.0 with DI; `zeebe`: executable on Camunda 8.8. */
  flavour?: BpmnFlavour;
}

/** The version written in `exporterVersion`. */
export const exporterVersion = '0.1.0';

/** Settings of the map BPMN has no place for, written as `fw:model` JSON on the first process. */
function modelSettings(context: ExportContext): ModdleElement {
  const { model } = context;
  const { bpmn: _bpmn, ...extensions } = model.extensions ?? {};
  const laneKinds = Object.fromEntries(model.lanes.filter((l) => l.kind !== 'internal').map((l) => [l.id, l.kind]));
  const settings = {
    description: model.description,
    currency: model.currency,
    data: model.data,
    simulation: model.simulation,
    scenarios: model.scenarios,
    // Lanes are written exactly (nested nodes' lanes in fw:properties), so an import need not guess any.
    exactLanes: true,
    ...(Object.keys(laneKinds).length ? { laneKinds } : {}),
    // The pool the collaboration gives a map without lanes is not a lane of it.
    ...(model.lanes.length === 0 && participantsOf(model).length ? { withoutLanes: true } : {}),
    ...(Object.keys(extensions).length ? { extensions } : {}),
  };
  return context.moddle.create('fw:Model', { value: JSON.stringify(settings) });
}

/** Namespace declarations for the vendor prefixes written, from those the imported file declared. */
function namespaceDeclarations(context: ExportContext): Record<string, string> {
  const known = keptModel(context.model).namespaces ?? {};
  const declarations: Record<string, string> = { 'xmlns:fw': flowwrightNamespace };
  for (const prefix of context.prefixes)
    if (Object.hasOwn(known, prefix) && !['bpmn', 'bpmndi', 'dc', 'di', 'fw'].includes(prefix))
      declarations[`xmlns:${prefix}`] = known[prefix];
  return declarations;
}

/**
 * Exports a map as BPMN 2.0 XML with its diagram (pools, lanes, shapes, waypoints). What an import kept (pools,
 * vendor extensions, data objects, message flows) is written again; simulation settings and other values BPMN
 * cannot hold travel in Flowwright's namespace. The `zeebe` flavour is executable on Camunda 8.8 and refuses
 * (FlowwrightError) what Camunda cannot run. Characters XML forbids (control characters in a name) are left out.
 */
export async function exportBpmn(model: ProcessModel, options: BpmnExportOptions = {}): Promise<string> {
  const flavour = options.flavour ?? 'bpmn';
  if (flavour === 'zeebe') checkZeebe(model);
  const moddle = createModdle({ zeebe: zeebeSchema });
  const context: ExportContext = {
    moddle,
    model,
    flavour,
    id: idMapper(model),
    elements: new Map(),
    globals: new Map(),
    prefixes: new Set(),
  };
  const plan = planExport(model, context.id);
  const structure = buildStructure(context, plan);
  const first = structure.processes.get(plan.processes[0].id)!;
  const firstValues = (first.extensionElements as ModdleElement | undefined)?.values as ModdleElement[] | undefined;
  setExtensionElements(context, first, [modelSettings(context), ...(firstValues ?? [])]);
  if (flavour === 'zeebe') decorateZeebe(context);
  const diagrams = buildDiagrams(context, plan, structure);
  const kept = keptModel(model).definitions ?? {};
  const definitions = moddle.create('bpmn:Definitions', {
    id: kept.id ?? `Definitions_${context.id(model.id)}`,
    targetNamespace: kept.targetNamespace ?? 'http://bpmn.io/schema/bpmn',
    exporter: 'Flowwright',
    exporterVersion,
    rootElements: [
      ...context.globals.values(),
      ...(structure.collaboration ? [structure.collaboration] : []),
      ...structure.processes.values(),
    ],
    diagrams,
  });
  Object.assign(
    definitions.$attrs!,
    namespaceDeclarations(context),
    flavour === 'zeebe' ? zeebeDefinitionAttributes : {},
  );
  const { xml } = await moddle.toXML(definitions, { format: true });
  // moddle escapes markup but writes control characters as they are; one would make the file unreadable.
  return xmlLegal(xml);
}
