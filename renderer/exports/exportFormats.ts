import { FlowwrightError } from '../../shared/model/errors';
import { flowJsonSchema } from '../../shared/model/jsonSchema';
import type { ProcessModel } from '../../shared/model/schema';
import type { SvgOverlay } from '../../shared/io/svg';
import { flowFileName, flowFileText } from '../workspace/flowFile';

export type ExportFormatId = 'flow' | 'bpmn' | 'zeebe' | 'asl' | 'svg' | 'png' | 'schema';

/** What an export produces: text, or bytes (a PNG picture), with the media type a download is offered as. */
export type ExportContent = { text: string; type: string } | { bytes: Uint8Array<ArrayBuffer>; type: string };

/** Draws an SVG picture as PNG bytes; the browser does it with a canvas, tests with a stand-in. */
export type Rasterise = (svg: string) => Promise<Uint8Array<ArrayBuffer>>;

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  description: string;
  /** The file name ending, e.g. `.bpmn`. */
  extension: string;
  /** A definition meant to run on an engine: a map with validation errors is refused, as the command line does. */
  runnable: boolean;
  /** Whether the map's own problems matter to this file (the file format's schema does not depend on the map). */
  aboutTheMap: boolean;
  /** What the target cannot express, each naming its element; an export with any of these is refused. */
  refusals(model: ProcessModel): Promise<FlowwrightError[]>;
  /** `overlay`: a run's results, drawn over the pictures (SVG, PNG) and ignored by the other formats. */
  produce(model: ProcessModel, rasterise: Rasterise, overlay?: SvgOverlay): Promise<ExportContent>;
}

// The domain exporters (bpmn-moddle in particular) are large: they load the first time a format needs them.
const bpmnExport = () => import('../../shared/io/bpmn');
const aslExport = () => import('../../shared/io/asl');
const svgExport = () => import('../../shared/io/svg');

const none = async (): Promise<FlowwrightError[]> => [];

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

const xml = 'application/xml';

/** Every format the export dialog offers, in the order it lists them. */
export const exportFormats: readonly ExportFormat[] = [
  {
    id: 'flow',
    label: 'Flowwright (.flow.json)',
    extension: '.flow.json',
    runnable: false,
    aboutTheMap: true,
    description: 'The map with everything in it, to open again in Flowwright or keep under version control.',
    refusals: none,
    produce: async (model) => ({ text: flowFileText(model), type: 'application/json' }),
  },
  {
    id: 'bpmn',
    label: 'BPMN 2.0 (.bpmn)',
    extension: '.bpmn',
    runnable: false,
    aboutTheMap: true,
    description: 'BPMN 2.0 XML with its diagram, for Camunda Modeler, bpmn.io, Signavio or Bizagi.',
    refusals: none,
    produce: async (model) => ({ text: await (await bpmnExport()).exportBpmn(model), type: xml }),
  },
  {
    id: 'zeebe',
    label: 'Camunda 8 (Zeebe) BPMN (.bpmn)',
    extension: '.bpmn',
    runnable: true,
    aboutTheMap: true,
    description: 'Executable BPMN for Camunda 8.8: FEEL conditions, job types, user task assignment, ISO 8601 timers.',
    refusals: async (model) => (await bpmnExport()).zeebeProblems(model),
    produce: async (model) => ({ text: await (await bpmnExport()).exportBpmn(model, { flavour: 'zeebe' }), type: xml }),
  },
  {
    id: 'asl',
    label: 'AWS Step Functions (.asl.json)',
    extension: '.asl.json',
    runnable: true,
    aboutTheMap: true,
    description: 'An Amazon States Language state machine: Task, Choice, Parallel and Wait states.',
    refusals: async (model) => {
      const { exportAsl } = await aslExport();
      return firstRefusal(async () => exportAsl(model));
    },
    produce: async (model) => ({
      text: `${JSON.stringify((await aslExport()).exportAsl(model), null, 2)}\n`,
      type: 'application/json',
    }),
  },
  {
    id: 'svg',
    label: 'SVG image (.svg)',
    extension: '.svg',
    runnable: false,
    aboutTheMap: true,
    description: 'A picture of the map as the canvas draws it, sharp at any size.',
    refusals: none,
    produce: async (model, _rasterise, overlay) => ({
      text: (await svgExport()).exportSvg(model, overlay),
      type: 'image/svg+xml',
    }),
  },
  {
    id: 'png',
    label: 'PNG image (.png)',
    extension: '.png',
    runnable: false,
    aboutTheMap: true,
    description: 'A picture of the map at twice its size on screen, for documents and slides.',
    refusals: none,
    produce: async (model, rasterise, overlay) => ({
      bytes: await rasterise((await svgExport()).exportSvg(model, overlay)),
      type: 'image/png',
    }),
  },
  {
    id: 'schema',
    label: 'JSON schema of the file format',
    extension: '.schema.json',
    runnable: false,
    aboutTheMap: false,
    description: 'The JSON Schema every .flow.json file follows, for editors and other tools.',
    refusals: none,
    produce: async () => ({ text: `${JSON.stringify(flowJsonSchema(), null, 2)}\n`, type: 'application/schema+json' }),
  },
];

/** The format of an id. */
export function exportFormat(id: ExportFormatId): ExportFormat {
  return exportFormats.find((f) => f.id === id)!;
}

/** The format's name without its file ending, as sentences name it ("BPMN 2.0"). */
export function targetName(format: ExportFormat): string {
  return format.label.replace(/ \([^)]*\)$/, '');
}

/** The file name offered for the map in this format: the map's name with the format's ending. */
export function exportFileName(model: ProcessModel, format: ExportFormat): string {
  if (format.id === 'schema') return 'flow.schema.json';
  return flowFileName(model).replace(/\.flow\.json$/, format.extension);
}
