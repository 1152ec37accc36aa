import { FlowwrightError } from '../model/errors';
import type { DataField } from '../model/schema';
import { convertCell, defaultFormat, type ColumnFormat, type ConversionProblem } from './convert';
import { isoToEpochSeconds, parseDate } from './dates';
import { inferColumns } from './infer';
import { suggestMapping, type ColumnMapping } from './mapping';
import { parseNumber } from './numbers';
import { cellAt, isBlank, isEmptyRow, type RawRow, type RawTable, type RawValue } from './table';

/** One record as a case sees it. */
export interface CaseRecord {
  /** The source row number (see RawRow.row). */
  row: number;
  /** The key column's value, trimmed; null without a key column or when empty. */
  key: string | null;
  /** Seconds from the arrival column (date-times as seconds since 1970-01-01T00:00Z, UTC when no zone). */
  arrival: number | null;
  /** Field name → typed value (null when empty); a value that does not convert stays as its raw text. */
  values: Record<string, unknown>;
  /** Columns mapped to no field, by column name, as read. */
  extra: Record<string, RawValue>;
}

export interface MappedRecords {
  records: CaseRecord[];
  extraColumns: string[];
  /** Rows with no value at all: not made into records (the quality report lists them too). */
  emptyRows: number[];
}

/** A cell that could not be read as its field's type, or an arrival time that could not be read. */
export interface CellProblem {
  problem: ConversionProblem | 'missing-arrival';
  field: string | null;
  column: string;
  value: string;
  message: string;
}

interface Binding {
  field: DataField;
  index: number;
  format: ColumnFormat;
}

/** A mapping resolved to column positions once, then applied row by row. */
export interface PreparedMapping {
  bindings: Binding[];
  unmapped: DataField[];
  extras: { column: string; index: number }[];
  keyIndex: number;
  arrivalIndex: number;
  arrivalFormat: ColumnFormat;
  columns: readonly string[];
}

function columnIndex(table: RawTable, column: string, role: string): number {
  const index = table.columns.indexOf(column);
  if (index === -1)
    throw new FlowwrightError(
      'FW_DATA_MAPPING',
      `${role} is mapped to "${column}", which is not a column (columns: ${table.columns.join(', ')})`,
    );
  return index;
}

/** Resolves a mapping against a table; a column it names that the table lacks is an FW_DATA_MAPPING error. */
export function prepareMapping(table: RawTable, fields: readonly DataField[], mapping: ColumnMapping): PreparedMapping {
  let inferred: Map<string, ColumnFormat> | null = null;
  const formatOf = (column: string): ColumnFormat => {
    const chosen = mapping.formats?.[column];
    if (chosen?.decimal && chosen.dateOrder) return { decimal: chosen.decimal, dateOrder: chosen.dateOrder };
    inferred ??= new Map(inferColumns(table).map((profile) => [profile.column, profile.format]));
    return { ...defaultFormat, ...inferred.get(column), ...chosen };
  };
  const bindings: Binding[] = [];
  const unmapped: DataField[] = [];
  for (const field of fields) {
    const column = Object.hasOwn(mapping.fields, field.name) ? mapping.fields[field.name] : undefined;
    if (column === undefined) unmapped.push(field);
    else bindings.push({ field, index: columnIndex(table, column, `field ${field.name}`), format: formatOf(column) });
  }
  const used = new Set(Object.values(mapping.fields));
  const extras = table.columns.map((column, index) => ({ column, index })).filter(({ column }) => !used.has(column));
  const keyIndex = mapping.keyColumn === undefined ? -1 : columnIndex(table, mapping.keyColumn, 'the key');
  const arrivalIndex =
    mapping.arrivalColumn === undefined ? -1 : columnIndex(table, mapping.arrivalColumn, 'the arrival time');
  const arrivalFormat = mapping.arrivalColumn === undefined ? defaultFormat : formatOf(mapping.arrivalColumn);
  return { bindings, unmapped, extras, keyIndex, arrivalIndex, arrivalFormat, columns: table.columns };
}

function readArrival(raw: RawValue, format: ColumnFormat): number | null {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return null;
  const seconds = parseNumber(raw, format.decimal);
  if (seconds !== null) return seconds;
  const iso = parseDate(raw, format.dateOrder);
  return iso === null ? null : isoToEpochSeconds(iso);
}

/** Sets a key as an own property: a column or field called `__proto__` is data, and must not set the prototype. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** One row as a case record, with the cells that did not convert. */
export function readRow(prepared: PreparedMapping, row: RawRow): { record: CaseRecord; problems: CellProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  for (const { field, index, format } of prepared.bindings) {
    const raw = cellAt(row, index);
    const converted = convertCell(raw, field, format);
    if (converted.ok) put(values, field.name, converted.value);
    else {
      put(values, field.name, raw);
      problems.push({
        problem: converted.problem,
        field: field.name,
        column: prepared.columns[index],
        value: String(raw),
        message: converted.message,
      });
    }
  }
  for (const field of prepared.unmapped) put(values, field.name, null);
  const extra: Record<string, RawValue> = {};
  for (const { column, index } of prepared.extras) put(extra, column, cellAt(row, index));
  const keyCell = prepared.keyIndex === -1 ? null : cellAt(row, prepared.keyIndex);
  const key = keyCell === null || isBlank(keyCell) ? null : String(keyCell).trim();
  let arrival: number | null = null;
  if (prepared.arrivalIndex !== -1) {
    const column = prepared.columns[prepared.arrivalIndex];
    const raw = cellAt(row, prepared.arrivalIndex);
    arrival = isBlank(raw) ? null : readArrival(raw, prepared.arrivalFormat);
    if (isBlank(raw))
      problems.push({
        problem: 'missing-arrival',
        field: null,
        column,
        value: '',
        message: 'the arrival time is empty',
      });
    else if (arrival === null)
      problems.push({
        problem: 'unparseable-date',
        field: null,
        column,
        value: String(raw),
        message: `the arrival time ${JSON.stringify(raw)} is not a date-time or a number of seconds`,
      });
  }
  return { record: { row: row.row, key, arrival, values, extra }, problems };
}

/** Typed case records from a table; fields are mapped by name unless a mapping is given. Empty rows are listed, not made into records. */
export function mapColumns(
  table: RawTable,
  fields: readonly DataField[],
  mapping: ColumnMapping = suggestMapping(table, fields),
): MappedRecords {
  const prepared = prepareMapping(table, fields, mapping);
  const records: CaseRecord[] = [];
  const emptyRows: number[] = [];
  for (const row of table.rows) {
    if (isEmptyRow(row)) emptyRows.push(row.row);
    else records.push(readRow(prepared, row).record);
  }
  return { records, extraColumns: prepared.extras.map((extra) => extra.column), emptyRows };
}
