import type { ProcessModel } from '../../shared/model';
import { flowJsonSchema } from '../../shared/model/jsonSchema';
import { exportAsl } from '../../shared/io/asl';
import { exportBpmn } from '../../shared/io/bpmn';
import { XesEventLog } from '../../shared/io/eventLog';
import { exportSvg } from '../../shared/io/svg';
import { simulate } from '../../shared/sim';

/** Settings of the targets that take them: the simulated sample's size and seed. */
export interface TargetSettings {
  cases: number;
  seed?: number;
}

/** What `--to` names: written from a map, or (the file format's schema) from nothing. */
export type ExportTarget = { description: string } & (
  | {
      fromMap: true;
      /** Runnable targets refuse maps with validation errors: an engine would reject them or run them wrongly. */
      runnable: boolean;
      write(model: ProcessModel, settings: TargetSettings): Promise<string | Uint8Array>;
    }
  | { fromMap: false; write(): Promise<string> }
);

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

/** A simulated event log of the map, one replication of `cases` cases, as XES. */
function xesSample(model: ProcessModel, { cases, seed }: TargetSettings): string {
  const log = new XesEventLog(model.name || model.id);
  simulate(model, { cases, seed, replications: 1, eventLog: (row) => log.add(row) });
  return log.text();
}

export const exportTargets: Record<string, ExportTarget> = {
  bpmn: {
    description: 'BPMN 2.0 XML with its diagram',
    fromMap: true,
    runnable: false,
    write: (model) => exportBpmn(model),
  },
  zeebe: {
    description: 'BPMN executable on Camunda 8.8 (Zeebe)',
    fromMap: true,
    runnable: true,
    write: (model) => exportBpmn(model, { flavour: 'zeebe' }),
  },
  asl: {
    description: 'AWS Step Functions state machine (Amazon States Language)',
    fromMap: true,
    runnable: true,
    write: async (model) => `${JSON.stringify(exportAsl(model), null, 2)}\n`,
  },
  svg: {
    description: 'SVG picture of the map',
    fromMap: true,
    runnable: false,
    write: async (model) => exportSvg(model),
  },
  png: { description: `PNG picture of the map (${pngScale}x)`, fromMap: true, runnable: false, write: pngPicture },
  'xes-sample': {
    description: 'simulated event log (XES)',
    fromMap: true,
    runnable: false,
    write: async (model, settings) => xesSample(model, settings),
  },
  schema: {
    description: 'JSON schema of the .flow.json format',
    fromMap: false,
    write: async () => `${JSON.stringify(flowJsonSchema(), null, 2)}\n`,
  },
};
