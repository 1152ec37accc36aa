import type { FlowwrightError } from '../../shared/model/errors';
import type { ProcessModel } from '../../shared/model/schema';
import type { SvgOverlay } from '../../shared/io/svg';
import {
  exportTargets,
  exportToMemory,
  targetName as sharedTargetName,
  type ExportTarget,
  type ExportTargetId,
} from '../../shared/io/exportTargets';
import { flowFileName } from '../workspace/flowFile';

export type ExportFormatId = ExportTargetId;

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
  /** Values the export makes up because the map does not set them, shown before exporting. */
  derived(model: ProcessModel): Promise<string[]>;
  /** `overlay`: a run's results, drawn over the pictures (SVG, PNG) and ignored by the other formats. */
  produce(model: ProcessModel, rasterise: Rasterise, overlay?: SvgOverlay): Promise<ExportContent>;
}

const none = async (): Promise<FlowwrightError[]> => [];

/** The app's view of a target of the shared list (the command line reads the same list): a download in memory. */
function inTheApp(target: ExportTarget): ExportFormat {
  return {
    id: target.id,
    label: target.label,
    description: target.description,
    extension: target.extension,
    runnable: target.runnable,
    aboutTheMap: target.fromMap,
    refusals: target.problems ?? none,
    derived: target.derived,
    produce: async (model, rasterise, overlay) => {
      const content = await exportToMemory(target, model, { rasterise, overlay });
      return typeof content === 'string'
        ? { text: content, type: target.mime }
        : { bytes: new Uint8Array(content), type: target.mime };
    },
  };
}

/** Every format the export dialog offers, in the order it lists them: the shared list of export targets. */
export const exportFormats: readonly ExportFormat[] = exportTargets.map(inTheApp);

/** The format of an id. */
export function exportFormat(id: ExportFormatId): ExportFormat {
  return exportFormats.find((f) => f.id === id)!;
}

/** The format's name without its file ending, as sentences name it ("BPMN 2.0"). */
export function targetName(format: ExportFormat): string {
  return sharedTargetName(format);
}

/** The file name offered for the map in this format: the map's name with the format's ending. */
export function exportFileName(model: ProcessModel, format: ExportFormat): string {
  if (format.id === 'schema') return 'flow.schema.json';
  return flowFileName(model).replace(/\.flow\.json$/, format.extension);
}
