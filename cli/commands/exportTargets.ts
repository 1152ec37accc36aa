import { FlowwrightError, type ProcessModel } from '../../shared/model';
import { flowJsonSchema } from '../../shared/model/jsonSchema';
import { exportAsl } from '../../shared/io/asl';
import { exportBpmn, zeebeProblems } from '../../shared/io/bpmn';
import { exportSvg } from '../../shared/io/svg';
import type { OutputFile } from '../outputFile';
import { runSimulation } from './simulationRun';

/** Settings of the targets that take them: the simulated sample's size and seed. */
export interface TargetSettings {
  cases: number;
  seed?: number;
}

/** What `--to` names: written from a map, or (the file format's schema) from nothing, into the output file. */
export type ExportTarget = { description: string } & (
  | {
      fromMap: true;
      /** Runnable targets refuse maps with validation errors: an engine would reject them or run them wrongly. */
      runnable: boolean;
      /** What the target cannot express in the map, as write() would refuse it (`validate --for`). */
      problems?(model: ProcessModel): FlowwrightError[];
      write(model: ProcessModel, settings: TargetSettings, output: OutputFile): Promise<void>;
    }
  | { fromMap: false; write(output: OutputFile): Promise<void> }
);

/** A target whose whole content is made first, then written. */
const whole =
  (make: (model: ProcessModel) => Promise<string | Uint8Array>) =>
  async (model: ProcessModel, _settings: TargetSettings, output: OutputFile) =>
    void output.write(await make(model));

/** PNG pictures are drawn at twice the canvas's size, as the app's export does. */
const pngScale = 2;

/**
 * Rasterises the SVG picture with resvg (a native build shipped in its npm package). Unknown font families fall
 * back to the system's sans-serif; Linux machines without Arial use DejaVu Sans.
 */
async function pngPicture(model: ProcessModel): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js'); // loaded by this target only: a native module
  const picture = new Resvg(exportSvg(model), {
    fitTo: { mode: 'zoom', value: pngScale },
    font: { loadSystemFonts: true, sansSerifFamily: 'Arial', defaultFontFamily: 'DejaVu Sans' },
  });
  return picture.render().asPng();
}

/** The one refusal of the Step Functions translation, if any: it stops at the first thing it cannot express. */
function aslProblems(model: ProcessModel): FlowwrightError[] {
  try {
    exportAsl(model);
    return [];
  } catch (error) {
    if (error instanceof FlowwrightError && error.code.startsWith('FW_EXPORT_')) return [error];
    throw error;
  }
}

/** A simulated event log of the map, one replication of `cases` cases, streamed as XES. */
async function xesSample(model: ProcessModel, { cases, seed }: TargetSettings, output: OutputFile): Promise<void> {
  await runSimulation(
    model,
    { cases, seed, replications: 1 },
    { path: 'sample.xes', logName: model.name || model.id, output },
  );
}

export const exportTargets: Record<string, ExportTarget> = {
  bpmn: {
    description: 'BPMN 2.0 XML with its diagram',
    fromMap: true,
    runnable: false,
    write: whole(async (model) => exportBpmn(model)),
  },
  zeebe: {
    description: 'BPMN executable on Camunda 8.8 (Zeebe)',
    fromMap: true,
    runnable: true,
    problems: zeebeProblems,
    write: whole(async (model) => exportBpmn(model, { flavour: 'zeebe' })),
  },
  asl: {
    description: 'AWS Step Functions state machine (Amazon States Language)',
    fromMap: true,
    runnable: true,
    problems: aslProblems,
    write: whole(async (model) => `${JSON.stringify(exportAsl(model), null, 2)}\n`),
  },
  svg: {
    description: 'SVG picture of the map',
    fromMap: true,
    runnable: false,
    write: whole(async (model) => exportSvg(model)),
  },
  png: {
    description: `PNG picture of the map (${pngScale}x)`,
    fromMap: true,
    runnable: false,
    write: whole(pngPicture),
  },
  'xes-sample': {
    description: 'simulated event log (XES)',
    fromMap: true,
    runnable: false,
    write: xesSample,
  },
  schema: {
    description: 'JSON schema of the .flow.json format',
    fromMap: false,
    write: async (output) => void output.write(`${JSON.stringify(flowJsonSchema(), null, 2)}\n`),
  },
};
