import { toCsv } from '../../shared/data/csvExport';
import { processSchema, SCHEMA_VERSION, type ProcessModel, type ProcessModelInput } from '../../shared/model/schema';
import { arrivalTimes } from './arrivals';
import { gridLayout, type GridCell } from './gridLayout';
import { plantDefects, type CsvRow, type DefectPlan, type PlantedDefect } from './messyRows';
import { RecordRandom } from './recordRandom';

/** What a template is made of: the map without positions, and how to write its sample records. */
export interface TemplateDefinition {
  /** The folder name under templates/ and the map's id. */
  id: string;
  /** The map without the file header (format, schema version, id), which is filled in. */
  model: Omit<ProcessModelInput, 'format' | 'schemaVersion' | 'id'>;
  /** Where each node is drawn (boundary events sit on their hosts). */
  layout: Record<string, GridCell>;
  records: {
    count: number;
    seed: number;
    /** The column that identifies a record (duplicates are checked on it). */
    keyColumn: string;
    /** The column with each record's arrival time, filled from the map's arrival pace and calendar. */
    arrivalColumn: string;
    /** One clean record; `index` counts from 0 and `arrival` is its arrival time. */
    row(random: RecordRandom, index: number, arrival: string): CsvRow;
    /** The mistakes planted on purpose. */
    defects: DefectPlan[];
  };
}

export interface BuiltTemplate {
  model: ProcessModel;
  /** The text of `map.flow.json`: the model with every default filled in, pretty-printed. */
  mapText: string;
  /** The text of `records.csv`. */
  csvText: string;
  planted: PlantedDefect[];
}

/** Builds a template's map and records from its definition; the same definition always gives the same texts. */
export function buildTemplate(definition: TemplateDefinition): BuiltTemplate {
  const header = { format: 'flowwright.process', schemaVersion: SCHEMA_VERSION, id: definition.id } as const;
  const model = gridLayout(processSchema.parse({ ...header, ...definition.model }), definition.layout);
  const { records } = definition;
  const columns = model.data.fields.map((field) => field.name);
  const rowRandom = new RecordRandom(records.seed, 1);
  const { arrivals, startAt } = model.simulation;
  const calendar = model.simulation.calendars.find((c) => c.id === arrivals.calendar);
  if (!calendar) throw new Error(`${definition.id}: the arrivals need a calendar of the map`);
  const times = arrivalTimes(
    records.count,
    arrivals.interarrival,
    calendar,
    startAt,
    new RecordRandom(records.seed, 0),
  );
  const clean = times.map((arrival, index) => ({
    ...records.row(rowRandom, index, arrival),
    [records.arrivalColumn]: arrival,
  }));
  const { rows, planted } = plantDefects(clean, records.defects, columns, new RecordRandom(records.seed, 2));
  return {
    model,
    mapText: `${JSON.stringify(model, null, 2)}\n`,
    csvText: toCsv(rows, columns),
    planted,
  };
}
