import type { DiagramIndex } from './diagramIndex';
import type { ImportReport } from './importReport';
import { declaredNamespaces, keptAttributes, readExtensionElements } from './keptExtensions';
import type { PoolRecord } from './lanes';
import { isType, many, one, text, type ModdleElement } from './moddleElement';
import type { KeptArtifact, ProcessReading } from './readProcesses';

/** What the map keeps of the file's structure under `extensions.bpmn`, for the export to write it again. */
export interface BpmnModelExtension {
  definitions: { id?: string; targetNamespace?: string; exporter?: string; exporterVersion?: string };
  namespaces?: Record<string, string>;
  collaboration?: { id: string; name?: string };
  pools?: PoolRecord[];
  processes: {
    id: string;
    name?: string;
    isExecutable?: boolean;
    attrs?: Record<string, string>;
    extensionElements?: unknown[];
  }[];
  artifacts?: (KeptArtifact & {
    bounds?: { x: number; y: number; width: number; height: number };
    waypoints?: { x: number; y: number }[];
    plane?: string;
  })[];
  messageFlows?: {
    id: string;
    name?: string;
    source: string;
    target: string;
    waypoints?: { x: number; y: number }[];
  }[];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const words: Record<string, string> = {
  dataObjectReference: 'data object reference',
  dataObject: 'data object',
  dataStoreReference: 'data store reference',
  group: 'group',
  association: 'association',
  dataInputAssociation: 'data input association',
  dataOutputAssociation: 'data output association',
  messageFlow: 'message flow',
};

/** Gathers the file-level structure (pools, processes, artifacts, message flows) and reports what is only kept. */
export function bpmnModelExtension(
  definitions: ModdleElement,
  reading: ProcessReading,
  pools: PoolRecord[],
  diagram: DiagramIndex,
  report: ImportReport,
  /** Message flows the map draws itself (as flows of kind `message`), not kept here. */
  modelled: ReadonlySet<string> = new Set(),
): BpmnModelExtension {
  const namespaces = declaredNamespaces(definitions);
  const roots = many(definitions, 'rootElements');
  const collaboration = roots.find((r) => isType(r, 'bpmn:Collaboration'));
  const extension: BpmnModelExtension = {
    definitions: Object.fromEntries(
      ['id', 'targetNamespace', 'exporter', 'exporterVersion'].flatMap((key) =>
        text(definitions, key) ? [[key, text(definitions, key)]] : [],
      ),
    ),
    processes: roots
      .filter((r) => isType(r, 'bpmn:Process') && r.id)
      .map((process) => {
        const kept = readExtensionElements(process).kept;
        const attrs = keptAttributes(process, namespaces);
        return {
          id: process.id!,
          ...(text(process, 'name') ? { name: text(process, 'name') } : {}),
          ...(typeof process.isExecutable === 'boolean' ? { isExecutable: process.isExecutable } : {}),
          ...(attrs ? { attrs } : {}),
          ...(kept.length ? { extensionElements: kept } : {}),
        };
      }),
  };
  if (Object.keys(namespaces).length) extension.namespaces = namespaces;
  if (collaboration?.id)
    extension.collaboration = {
      id: collaboration.id,
      ...(text(collaboration, 'name') ? { name: text(collaboration, 'name') } : {}),
    };
  if (pools.length) extension.pools = pools;
  const artifacts = reading.artifacts.map((artifact) => {
    const shape = diagram.shapes.get(artifact.id);
    const edge = diagram.edges.get(artifact.id);
    return {
      ...artifact,
      ...(shape ? { bounds: shape.bounds, plane: shape.plane } : {}),
      ...(edge ? { waypoints: edge.points, plane: edge.plane } : {}),
    };
  });
  if (artifacts.length) extension.artifacts = artifacts;
  const messageFlows = roots
    .filter((r) => isType(r, 'bpmn:Collaboration'))
    .flatMap((c) => many(c, 'messageFlows'))
    .flatMap((flow) => {
      const source = one(flow, 'sourceRef')?.id;
      const target = one(flow, 'targetRef')?.id;
      if (!flow.id || !source || !target || modelled.has(flow.id)) return [];
      const points = diagram.edges.get(flow.id)?.points;
      return [
        {
          id: flow.id,
          ...(text(flow, 'name') ? { name: text(flow, 'name') } : {}),
          source,
          target,
          ...(points ? { waypoints: points } : {}),
        },
      ];
    });
  if (messageFlows.length) extension.messageFlows = messageFlows;

  const counts = new Map<string, number>();
  for (const kind of [...artifacts.map((a) => a.kind), ...messageFlows.map(() => 'messageFlow')])
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  if (counts.size)
    report.add(
      'FW_IMPORT_KEPT_AS_EXTENSION',
      `kept under extensions and not simulated: ${[...counts].map(([kind, n]) => plural(n, words[kind] ?? kind)).join(', ')}`,
    );
  const loops = reading.nodes.filter((n) => n.bpmn.loop).length;
  if (loops)
    report.add(
      'FW_IMPORT_KEPT_AS_EXTENSION',
      `${loops === 1 ? '1 activity has' : `${loops} activities have`} loop or multi-instance markers: they are kept, and simulation runs each activity once per case`,
    );
  return extension;
}
