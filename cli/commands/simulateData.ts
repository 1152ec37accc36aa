import { FlowwrightError, type DataField, type ProcessModel } from '../../shared/model';
import { compileExpression, type CompiledExpression } from '../../shared/expr';
import {
  findingKindLabels,
  inferColumns,
  mapColumns,
  parseRecords,
  qualityReport,
  recordsFileFormat,
  suggestFields,
  suggestMapping,
  type CaseRecord,
  type ColumnMapping,
  type FindingKind,
  type QualityReport,
  type RawTable,
  type RuleEvaluator,
} from '../../shared/data';
import { usageError, type CliIO } from '../io';

/** How the command line reads case data: the file, `--map field=Column` pairs, and the key and arrival columns. */
export interface DataRequest {
  path: string;
  maps: string[];
  key?: string;
  arrival?: string;
  sheet?: string;
}

/** Case records ready to run, the fields they were mapped to, and what the quality report found. */
export interface LoadedData {
  records: CaseRecord[];
  fields: DataField[];
  table: RawTable;
  mapping: ColumnMapping;
  quality: QualityReport;
}

const findingsListed = 10;
const findingsInJson = 1000;

/** Takes every `--map field=Column` (or `--map=field=Column`) out of argv, since the option may repeat. */
export function takeMapOptions(argv: readonly string[]): { rest: string[]; maps: string[] } {
  const rest: string[] = [];
  const maps: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--map') {
      if (argv[i + 1] === undefined) throw usageError('--map needs a value: field=Column');
      maps.push(argv[++i]);
    } else if (argv[i].startsWith('--map=')) maps.push(argv[i].slice('--map='.length));
    else rest.push(argv[i]);
  }
  return { rest, maps };
}

async function parseFile(io: CliIO, request: DataRequest): Promise<RawTable> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(request.path);
  } catch (error) {
    throw new FlowwrightError(
      'FW_FILE_UNREADABLE',
      `cannot read ${request.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const format = recordsFileFormat(request.path);
  if (format === undefined) throw usageError(`--data must name a .csv, .json or .xlsx file, got ${request.path}`);
  return parseRecords(format, bytes, { sheet: request.sheet });
}

/**
 * The mapping by name, with the `--map`, `--key` and `--arrival` choices applied on top; without --arrival, the
 * arrival column the map names (`arrivals.fromRecords.column`) when the file has it.
 */
function chosenMapping(
  table: RawTable,
  fields: DataField[],
  request: DataRequest,
  mapArrival: string | undefined,
): ColumnMapping {
  const mapping = suggestMapping(table, fields);
  for (const pair of request.maps) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at).trim();
    if (at < 1 || !fields.some((f) => f.name === field))
      throw usageError(
        `--map takes field=Column with a field of the map (${fields.map((f) => f.name).join(', ')}), got ${JSON.stringify(pair)}`,
      );
    mapping.fields[field] = pair.slice(at + 1).trim();
  }
  if (request.key !== undefined) mapping.keyColumn = request.key;
  if (request.arrival !== undefined) mapping.arrivalColumn = request.arrival;
  else if (mapArrival !== undefined && table.columns.includes(mapArrival)) mapping.arrivalColumn = mapArrival;
  return mapping;
}

/** Fields the map cannot run without: those marked required, and those a task requires. */
function requiredNames(model: ProcessModel, fields: DataField[]): string[] {
  const byTasks = new Set(model.nodes.flatMap((n) => n.requiredFields ?? []));
  return fields.filter((f) => f.required || byTasks.has(f.name)).map((f) => f.name);
}

function ruleEvaluator(fields: DataField[]): RuleEvaluator {
  const names = fields.map((f) => f.name);
  const compiled = new Map<string, CompiledExpression | Error>();
  return (expression, record) => {
    let rule = compiled.get(expression);
    if (rule === undefined) {
      const result = compileExpression(expression, names);
      compiled.set(expression, (rule = result.ok ? result.expression : new Error(result.error.message)));
    }
    return rule instanceof Error ? rule : rule.isTrue(record);
  };
}

/**
 * Reads case data for a map: parses the file, maps its columns to the map's fields (or, when the map declares
 * none, to fields inferred from the columns), refuses data without a column for a required field
 * (FW_DATA_MISSING_COLUMNS), and reports data quality.
 */
export async function loadCaseData(io: CliIO, model: ProcessModel, request: DataRequest): Promise<LoadedData> {
  const table = await parseFile(io, request);
  const fields = model.data.fields.length > 0 ? model.data.fields : suggestFields(inferColumns(table));
  const mapping = chosenMapping(table, fields, request, model.simulation.arrivals.fromRecords?.column);
  const missing = requiredNames(model, fields).filter((name) => mapping.fields[name] === undefined);
  if (missing.length > 0)
    throw new FlowwrightError(
      'FW_DATA_MISSING_COLUMNS',
      `${request.path} has no column for the required field${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ` +
        `(columns: ${table.columns.join(', ')}); map one with --map field=Column`,
    );
  const quality = qualityReport(table, fields, mapping, { evaluateRule: ruleEvaluator(fields) });
  const { records } = mapColumns(table, fields, mapping);
  return { records, fields, table, mapping, quality };
}

/**
 * Why a map that takes its arrivals from the records' arrival times ran at its own time between arrivals instead
 * (no records, or no arrival column known), for stderr; null when the records paced the run or were not asked for.
 */
export function recordArrivalsNote(model: ProcessModel, path: string | undefined, data?: LoadedData): string | null {
  const wanted = model.simulation.arrivals.fromRecords;
  if (!wanted || data?.mapping.arrivalColumn !== undefined) return null;
  const why =
    path === undefined
      ? 'no records were given (--data rows.csv)'
      : wanted.column === undefined
        ? `no arrival column is known for ${path} (name it with --arrival Column)`
        : `${path} has no column ${wanted.column} (name another with --arrival Column)`;
  return (
    `data: the map takes arrivals from the records' arrival times, but ${why}: ` +
    "cases arrived at the map's time between arrivals (arrivals.interarrival) instead\n"
  );
}

function describeSource(path: string, data: LoadedData): string {
  const { source } = data.table;
  const how = [
    source.format,
    source.encoding,
    source.delimiter && `delimiter ${JSON.stringify(source.delimiter)}`,
    source.sheet && `sheet ${source.sheet}`,
  ];
  return `${path} (${how.filter(Boolean).join(', ')})`;
}

/** The data-quality summary for stderr: counts by kind and the first findings with their rows. */
export function qualitySummary(path: string, data: LoadedData): string {
  const { quality, records } = data;
  const lines = [
    `data: ${describeSource(path, data)}: ${quality.rows} rows, ${records.length} records, ${quality.rowsWithFindings} rows with findings`,
  ];
  const counts = Object.entries(quality.counts).map(([kind, n]) => `${findingKindLabels[kind as FindingKind]} ${n}`);
  if (counts.length > 0) lines.push(`  ${counts.join(', ')}`);
  for (const f of quality.findings.slice(0, findingsListed))
    lines.push(`  ${f.row === null ? 'all rows' : `row ${f.row}`}: ${f.message}`);
  if (quality.findings.length > findingsListed)
    lines.push(`  ... and ${quality.findings.length - findingsListed} more (--json lists them)`);
  return `${lines.join('\n')}\n`;
}

/** The data-quality report for the --json report's `dataQuality`: the source, mapping, counts and findings. */
export function qualityJson(path: string, data: LoadedData): Record<string, unknown> {
  const { quality, table, mapping, records } = data;
  return {
    file: path,
    source: table.source,
    mapping: {
      fields: mapping.fields,
      keyColumn: mapping.keyColumn ?? null,
      arrivalColumn: mapping.arrivalColumn ?? null,
    },
    rows: quality.rows,
    records: records.length,
    rowsWithFindings: quality.rowsWithFindings,
    counts: quality.counts,
    findings: quality.findings.slice(0, findingsInJson),
    findingsOmitted: Math.max(0, quality.findings.length - findingsInJson),
  };
}
