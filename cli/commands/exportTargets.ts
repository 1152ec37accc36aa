import type { FlowwrightError, ProcessModel } from '../../shared/model';
import {
  exportTargets as targetList,
  targetName,
  type ExportTarget as SharedTarget,
} from '../../shared/io/exportTargets';
import type { OutputFile } from '../outputFile';

/** Settings of the targets that take them: the simulated sample's size and seed. */
export interface TargetSettings {
  cases: number;
  seed?: number;
}

/** What `--to` names: written from a map, or (the file format's schema) from nothing, into the output file. */
export type ExportTarget = { description: string; name: string } & (
  | {
      fromMap: true;
      /** Runnable targets refuse maps with validation errors: an engine would reject them or run them wrongly. */
      runnable: boolean;
      /** What the target cannot express in the map, as write() would refuse it (`validate --for`). */
      problems?(model: ProcessModel): Promise<FlowwrightError[]>;
      /** Values the export makes up because the map does not give them, printed after the export. */
      derived(model: ProcessModel): Promise<string[]>;
      write(model: ProcessModel, settings: TargetSettings, output: OutputFile): Promise<void>;
    }
  | { fromMap: false; write(output: OutputFile): Promise<void> }
);

/** PNG pictures are drawn at twice the canvas's size, as the app's export does. */
const pngScale = 2;

/**
 * Rasterises the SVG picture with resvg (a native build shipped in its npm package). Unknown font families fall
 * back to the system's sans-serif; Linux machines without Arial use DejaVu Sans.
 */
async function rasterise(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js'); // loaded by this target only: a native module
  const picture = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: pngScale },
    font: { loadSystemFonts: true, sansSerifFamily: 'Arial', defaultFontFamily: 'DejaVu Sans' },
  });
  return picture.render().asPng();
}

/** The command line's view of a target of the shared list: it writes into a file, and a PNG comes from resvg. */
function onTheCommandLine(target: SharedTarget): ExportTarget {
  const sink = (output: OutputFile) => ({
    write: (chunk: string | Uint8Array) => void output.write(chunk),
    drain: () => output.drain(),
  });
  if (!target.fromMap)
    return {
      description: target.description,
      name: targetName(target),
      fromMap: false,
      write: (output) => target.write(undefined as never, { rasterise }, sink(output)),
    };
  return {
    description: target.description,
    name: targetName(target),
    fromMap: true,
    runnable: target.runnable,
    problems: target.problems,
    derived: target.derived,
    write: (model, settings, output) => target.write(model, { rasterise, sample: settings }, sink(output)),
  };
}

/** The targets of `--to`, by id: the shared list of export targets, the same the app's export dialog offers. */
export const exportTargets: Record<string, ExportTarget> = Object.fromEntries(
  targetList.map((target) => [target.id, onTheCommandLine(target)]),
);
