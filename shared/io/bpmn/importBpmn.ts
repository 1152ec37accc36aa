import {
  FlowwrightError,
  restore,
  SCHEMA_VERSION,
  type Lane,
  type ProcessModel,
  type ProcessModelInput,
} from '../../model';
import { autoLayout } from '../autoLayout';
import { assignLanes, toFlowInput, toNodeInput } from './assembleNodes';
import { indexDiagrams } from './diagramIndex';
import { checkImportedSize, importableXml } from './importLimits';
import { ImportReport, type ImportWarning } from './importReport';
import { declaredNamespaces, readExtensionElements } from './keptExtensions';
import { readLanes, settleOwnPoolBands, type LaneReading } from './lanes';
import { dropOwnPoolLane, readMessageFlows, takeParticipants } from './collaborationImport';
import { bpmnModelExtension } from './modelExtensions';
import { isType, many, one, text, type ModdleElement } from './moddleElement';
import { parseDefinitions } from './parse';
import { applyDiagram } from './positions';
import { readQbp, type QbpReading } from './qbp';
import { markDefaultFlows, readContainer, type ProcessReading } from './readProcesses';

export interface BpmnImportOptions {
  /** The map's name when the file names neither a collaboration, a pool nor a process (e.g. the file name). */
  name?: string;
}

export interface BpmnImportResult {
  model: ProcessModel;
  warnings: ImportWarning[];
}

/** Map settings saved by a Flowwright export (`fw:model`), or read from a BIMP/QBP block. */
function simulationSettings(
  definitions: ModdleElement,
  processes: ModdleElement[],
  report: ImportReport,
): { saved?: Record<string, unknown>; qbp?: QbpReading } {
  const saved = processes
    .map((p) => readExtensionElements(p).flowwright)
    .find((json) => json && typeof json === 'object') as Record<string, unknown> | undefined;
  const blocks = [
    ...many(definitions, 'processSimulationInfo'),
    ...processes.flatMap((p) => readExtensionElements(p).qbp),
  ];
  if (blocks.length > 1)
    report.add('FW_IMPORT_SIMULATION', `the file has ${blocks.length} BIMP/QBP simulation blocks; the first is used`);
  return { saved, qbp: blocks.length ? readQbp(blocks[0], report) : undefined };
}

function modelName(roots: ModdleElement[], fallback: string | undefined): string {
  const named = (type: string) =>
    roots
      .filter((r) => isType(r, type))
      .map((r) => text(r, 'name'))
      .find((n) => n !== undefined);
  const pools = roots.filter((r) => isType(r, 'bpmn:Collaboration')).flatMap((c) => many(c, 'participants'));
  // A pool holding a process names the map before a black box (another party) listed ahead of it.
  const pool = [...pools.filter((p) => one(p, 'processRef')), ...pools]
    .map((p) => text(p, 'name'))
    .find((n) => n !== undefined);
  return (named('bpmn:Collaboration') ?? pool ?? named('bpmn:Process') ?? fallback ?? 'Imported process').trim();
}

/** Gives processes, pools and lanes without an id (which some tools omit) one, so that they can be referred to. */
function ensureIds(roots: ModdleElement[]): void {
  let count = 0;
  const name = (element: ModdleElement, kind: string) => {
    if (!element.id) element.id = `${kind}_without_id_${++count}`;
  };
  const lanes = (laneSet: ModdleElement | undefined): void => {
    for (const lane of many(laneSet, 'lanes')) {
      name(lane, 'Lane');
      lanes(one(lane, 'childLaneSet'));
    }
  };
  for (const root of roots) {
    if (isType(root, 'bpmn:Process')) {
      name(root, 'Process');
      many(root, 'laneSets').forEach(lanes);
    }
    if (isType(root, 'bpmn:Collaboration'))
      for (const participant of many(root, 'participants')) name(participant, 'Participant');
  }
}

/** Says what the one map joins that the file keeps apart: several diagrams, processes given pools of their own. */
function reportMerged(definitions: ModdleElement, lanes: LaneReading, report: ImportReport): void {
  const diagrams = many(definitions, 'diagrams').filter(
    (d) => !isType(one(one(d, 'plane'), 'bpmnElement'), 'bpmn:SubProcess'),
  );
  if (diagrams.length > 1)
    report.add(
      'FW_IMPORT_MERGED',
      `the file has ${diagrams.length} diagrams (${diagrams.map((d) => `"${text(d, 'name') ?? d.id}"`).join(', ')}); ` +
        'the map shows them one under another, and a BPMN export writes them as one diagram',
    );
  for (const { process, name, caller } of lanes.ownPools) {
    const called = caller === undefined ? '' : `, called by ${caller ? `"${caller}"` : 'a call activity'},`;
    report.add(
      'FW_IMPORT_MERGED',
      `the process ${name ? `"${name}"` : `"${process}" (it has no name)`}${called} is outside the file's pools; ` +
        'the map shows it as a lane of its own, and a BPMN export writes it as a pool',
    );
  }
}

/** Runs the automatic layout for the scopes the file does not draw (all of it when it has no diagram at all). */
async function layOutUndrawn(model: ProcessModel, scopes: Set<string>, report: ImportReport): Promise<void> {
  const layout = await autoLayout(model);
  for (const node of model.nodes) {
    const position = layout.positions[node.id];
    if (position && scopes.has(node.parent ?? '')) Object.assign(node, position);
  }
  if (scopes.has(''))
    for (const lane of model.lanes)
      if (lane.y === undefined && layout.lanes[lane.id]) Object.assign(lane, layout.lanes[lane.id]);
  const what = scopes.has('') ? 'the process' : `${scopes.size} sub-process${scopes.size === 1 ? '' : 'es'}`;
  report.add('FW_IMPORT_LAYOUT', `the file does not draw ${what}; it was laid out automatically`);
}

/**
 * Imports BPMN 2.0 XML (text or bytes) as a process map: every process and pool of the file in one map, lanes
 * flattened, positions from the diagram interchange or laid out, simulation settings from a BIMP/QBP block or an
 * earlier Flowwright export. The result has passed restore(); what could not be carried over is in `warnings`.
 * Throws FlowwrightError for a file that cannot be imported (broken XML, wrong encoding, not BPMN, no process), or
 * one over the limits of bpmnImportLimits, checked before the model is built, and restore()'s, checked on the map.
 */
export async function importBpmn(
  input: string | Uint8Array,
  options: BpmnImportOptions = {},
): Promise<BpmnImportResult> {
  const report = new ImportReport();
  const { definitions, renamed } = await parseDefinitions(importableXml(input, report), report);
  const roots = many(definitions, 'rootElements');
  const processes = roots.filter((r) => isType(r, 'bpmn:Process'));
  const hasPool = roots.some((r) => isType(r, 'bpmn:Collaboration') && many(r, 'participants').length > 0);
  if (processes.length === 0 && !hasPool)
    throw new FlowwrightError(
      'FW_IMPORT_NO_PROCESS',
      'the file has no <process> and no pool (<participant>) to import',
    );

  ensureIds(roots);
  const namespaces = declaredNamespaces(definitions);
  const diagram = indexDiagrams(definitions, report);
  const reading: ProcessReading = { nodes: [], flows: [], artifacts: [] };
  const processOf = new Map<string, string>();
  for (const process of processes) {
    const first = reading.nodes.length;
    readContainer(process, undefined, namespaces, report, reading);
    for (const node of reading.nodes.slice(first)) processOf.set(node.id, process.id!);
  }
  // Collaborations hold artifacts too (annotations drawn on pools); they have no flow elements.
  for (const collaboration of roots.filter((r) => isType(r, 'bpmn:Collaboration')))
    readContainer(collaboration, undefined, namespaces, report, reading);
  markDefaultFlows(processes, reading.flows);
  const lanes = readLanes(definitions, diagram);
  const participants = takeParticipants(lanes);
  reportMerged(definitions, lanes, report);
  const { undrawnScopes, placedInRow } = applyDiagram(reading.nodes, reading.flows, diagram);
  if (placedInRow)
    report.add(
      'FW_IMPORT_LAYOUT',
      `${placedInRow} element${placedInRow === 1 ? ' is' : 's are'} not drawn in the file; they were put in a row under the diagram`,
    );
  settleOwnPoolBands(lanes, reading.nodes, diagram.shapes);
  const { saved, qbp } = simulationSettings(definitions, processes, report);
  assignLanes(reading.nodes, lanes, processOf, diagram, saved?.exactLanes === true);
  if (processes.length > 1) for (const node of reading.nodes) node.bpmn.process = processOf.get(node.id);

  // A map drawn without lanes was written as one pool beside its other parties; it comes back without lanes.
  if (saved?.withoutLanes === true) dropOwnPoolLane(lanes, reading.nodes);
  const messages = readMessageFlows(
    definitions,
    new Set(reading.nodes.map((n) => n.id)),
    new Set(participants.map((p) => p.id)),
  );
  const bpmn = bpmnModelExtension(
    definitions,
    reading,
    lanes.pools,
    diagram,
    report,
    new Set(messages.map((m) => m.id)),
  );
  const savedExtensions = saved?.extensions && typeof saved.extensions === 'object' ? saved.extensions : {};
  const laneKinds = (saved?.laneKinds ?? {}) as Record<string, Lane['kind']>;
  for (const lane of lanes.lanes) lane.kind = laneKinds[lane.id] ?? lane.kind;
  const draft: ProcessModelInput = {
    format: 'flowwright.process',
    schemaVersion: SCHEMA_VERSION,
    id: processes[0]?.id ?? text(definitions, 'id') ?? 'imported-process',
    name: modelName(roots, options.name),
    lanes: lanes.lanes,
    nodes: reading.nodes.map((node) => toNodeInput(node, qbp)),
    flows: [...reading.flows.map((flow) => toFlowInput(flow, qbp)), ...messages],
    ...(participants.length ? { participants } : {}),
    extensions: { ...savedExtensions, bpmn },
  };
  if (qbp) Object.assign(draft, { simulation: qbp.simulation }, qbp.currency ? { currency: qbp.currency } : {});
  if (saved)
    for (const key of ['description', 'currency', 'data', 'simulation', 'scenarios'] as const)
      if (saved[key] !== undefined) Object.assign(draft, { [key]: saved[key] });

  const modelIds = new Set([...draft.nodes, ...draft.flows, ...(draft.lanes ?? [])].map((element) => element.id));
  for (const [from, to] of renamed)
    if (modelIds.has(to))
      report.add('FW_IMPORT_ID_RENAMED', `the id "${from}" is not an XML name; it was read as "${to}"`, to);
  const restored = restore(draft);
  if (!restored.ok)
    throw new FlowwrightError(
      restored.problems[0].code,
      `the imported map is not valid: ${restored.problems.map((p) => p.message).join('; ')}`,
    );
  for (const fix of restored.fixes) report.add('FW_IMPORT_RESTORE_FIX', fix);
  if (undrawnScopes.size) await layOutUndrawn(restored.model, undrawnScopes, report);
  checkImportedSize(restored.model);
  return { model: restored.model, warnings: report.warnings() };
}
