import { FlowwrightError, type ProcessModel } from '../model';
import { flowJsonSchema } from '../model/jsonSchema';
import type { SvgOverlay } from './svg';

/**
 * The one list of export targets: the app's export dialog and the command line's `export --to` both read it, so
 * that neither offers a target the other lacks. The exporters load the first time a target needs them (bpmn-moddle
 * in particular is large); what a target needs from its platform (drawing a PNG) is handed in.
 */

export type ExportTargetId = 'flow' | 'bpmn' | 'zeebe' | 'asl' | 'svg' | 'png' | 'xes-sample' | 'schema';

/** What a platform hands an export: a PNG rasteriser, results to draw over pictures, the simulated sample's size. */
export interface ExportTools {
  /** Draws an SVG picture as PNG bytes at twice its size: a canvas in the app, resvg on the command line. */
  rasterise(svg: string): Promise<Uint8Array>;
  /** A run's results, drawn over the pictures (SVG, PNG) and ignored by the other targets. */
  overlay?: SvgOverlay;
  /** Cases and seed of the simulated sample log (`xes-sample`). */
  sample?: { cases: number; seed?: number };
}

/** Where an export writes: text or bytes, in one piece or (a long simulated log) in many. */
export interface ExportSink {
  write(chunk: string | Uint8Array): void;
  /** Resolves when the sink is ready for more (a file on a slow disk); absent when it always is. */
  drain?(): Promise<void>;
}

export interface ExportTarget {
  id: ExportTargetId;
  /** The name in the app's format list, with the file ending: "BPMN 2.0 (.bpmn)". */
  label: string;
  /** One sentence for people choosing a format. */
  description: string;
  /** The file name ending, e.g. `.bpmn`. */
  extension: string;
  /** The media type a download is offered as. */
  mime: string;
  /** A definition meant to run on an engine: a map with validation errors is refused. */
  runnable: boolean;
  /** Whether the file is written from a map (the file format's schema is not). */
  fromMap: boolean;
  /**
   * What the target cannot express, each naming its element; an export with any of these is refused. Only targets
   * that can refuse a map have it (`validate --for` offers those).
   */
  problems?(model: ProcessModel): Promise<FlowwrightError[]>;
  /** Values the export makes up because the map does not give them, one sentence each (for the export's notice). */
  derived(model: ProcessModel): Promise<string[]>;
  /** Writes the file for the map (ignored by targets that are not written from a map). */
  write(model: ProcessModel, tools: ExportTools, sink: ExportSink): Promise<void>;
}

/** Cases in the simulated sample log unless the caller says otherwise. */
export const defaultSampleCases = 100;
/** Events the engine runs between two looks at the sink's backlog. */
const sliceEvents = 16_384;

const bpmn = () => import('./bpmn');
const asl = () => import('./asl');
const svg = () => import('./svg');
const none = async (): Promise<string[]> => [];

/** The first refusal of an exporter that stops at the first thing it cannot express. */
async function firstRefusal(run: () => Promise<unknown>): Promise<FlowwrightError[]> {
  try {
    await run();
    return [];
  } catch (error) {
    if (error instanceof FlowwrightError && error.code.startsWith('FW_EXPORT_')) return [error];
    throw error;
  }
}

/** A simulated event log of the map, one replication, streamed as XES into the sink. */
async function xesSample(model: ProcessModel, tools: ExportTools, sink: ExportSink): Promise<void> {
  const [{ startSimulation }, { XesEventLog }] = await Promise.all([import('../sim'), import('./eventLog')]);
  const log = new XesEventLog(model.name || model.id, (text) => sink.write(text));
  const run = startSimulation(model, {
    cases: tools.sample?.cases ?? defaultSampleCases,
    seed: tools.sample?.seed,
    replications: 1,
    eventLog: (row) => log.add(row),
    onCaseEnd: (caseId) => log.caseEnded(caseId),
  });
  while (!run.advance(sliceEvents)) await sink.drain?.();
  log.end();
}

const xml = 'application/xml';

/** Every export target, in the order the app lists them. */
export const exportTargets: readonly ExportTarget[] = [
  {
    id: 'flow',
    label: 'Flowwright (.flow.json)',
    extension: '.flow.json',
    mime: 'application/json',
    runnable: false,
    fromMap: true,
    description: 'The map with everything in it, to open again in Flowwright or keep under version control.',
    derived: none,
    write: async (model, _tools, sink) => sink.write(`${JSON.stringify(model, null, 2)}\n`),
  },
  {
    id: 'bpmn',
    label: 'BPMN 2.0 (.bpmn)',
    extension: '.bpmn',
    mime: xml,
    runnable: false,
    fromMap: true,
    description: 'BPMN 2.0 XML with its diagram, for Camunda Modeler, bpmn.io, Signavio or Bizagi.',
    derived: none,
    write: async (model, _tools, sink) => sink.write(await (await bpmn()).exportBpmn(model)),
  },
  {
    id: 'zeebe',
    label: 'Camunda 8 (Zeebe) BPMN (.bpmn)',
    extension: '.bpmn',
    mime: xml,
    runnable: true,
    fromMap: true,
    description:
      'Executable BPMN for Camunda 8.8: FEEL conditions, job types, forms, assignments, mappings and ISO 8601 timers.',
    problems: async (model) => (await bpmn()).zeebeProblems(model),
    derived: async (model) => (await bpmn()).zeebeDerived(model),
    write: async (model, _tools, sink) => sink.write(await (await bpmn()).exportBpmn(model, { flavour: 'zeebe' })),
  },
  {
    id: 'asl',
    label: 'AWS Step Functions (.asl.json)',
    extension: '.asl.json',
    mime: 'application/json',
    runnable: true,
    fromMap: true,
    description: 'An Amazon States Language state machine: Task, Choice, Parallel and Wait states.',
    problems: async (model) => {
      const { exportAsl } = await asl();
      return firstRefusal(async () => exportAsl(model));
    },
    derived: none,
    write: async (model, _tools, sink) => sink.write(`${JSON.stringify((await asl()).exportAsl(model), null, 2)}\n`),
  },
  {
    id: 'svg',
    label: 'SVG image (.svg)',
    extension: '.svg',
    mime: 'image/svg+xml',
    runnable: false,
    fromMap: true,
    description: 'A picture of the map as the canvas draws it, sharp at any size.',
    derived: none,
    write: async (model, tools, sink) => sink.write((await svg()).exportSvg(model, tools.overlay)),
  },
  {
    id: 'png',
    label: 'PNG image (.png)',
    extension: '.png',
    mime: 'image/png',
    runnable: false,
    fromMap: true,
    description: 'A picture of the map at twice its size on screen, for documents and slides.',
    derived: none,
    write: async (model, tools, sink) =>
      sink.write(await tools.rasterise((await svg()).exportSvg(model, tools.overlay))),
  },
  {
    id: 'xes-sample',
    label: 'Simulated event log (.xes)',
    extension: '.xes',
    mime: 'application/xml',
    runnable: false,
    fromMap: true,
    description: `An event log of ${defaultSampleCases} simulated cases, for process mining tools such as Disco or ProM.`,
    derived: none,
    write: xesSample,
  },
  {
    id: 'schema',
    label: 'JSON schema of the file format',
    extension: '.schema.json',
    mime: 'application/schema+json',
    runnable: false,
    fromMap: false,
    description: 'The JSON Schema every .flow.json file follows, for editors and other tools.',
    derived: none,
    write: async (_model, _tools, sink) => sink.write(`${JSON.stringify(flowJsonSchema(), null, 2)}\n`),
  },
];

/** The target's name without its file ending, as sentences name it ("BPMN 2.0"). */
export function targetName(target: Pick<ExportTarget, 'label'>): string {
  return target.label.replace(/ \([^)]*\)$/, '');
}

/** The target of an id, or undefined. */
export function exportTarget(id: string): ExportTarget | undefined {
  return exportTargets.find((t) => t.id === id);
}

/** Writes a target's file into memory: its text, or its bytes (a PNG picture). */
export async function exportToMemory(
  target: ExportTarget,
  model: ProcessModel,
  tools: ExportTools,
): Promise<string | Uint8Array> {
  const chunks: (string | Uint8Array)[] = [];
  await target.write(model, tools, { write: (chunk) => void chunks.push(chunk) });
  if (chunks.every((c) => typeof c === 'string')) return chunks.join('');
  const encoder = new TextEncoder();
  const bytes = chunks.map((c) => (typeof c === 'string' ? encoder.encode(c) : c));
  const joined = new Uint8Array(bytes.reduce((sum, b) => sum + b.length, 0));
  let offset = 0;
  for (const b of bytes) {
    joined.set(b, offset);
    offset += b.length;
  }
  return joined;
}
