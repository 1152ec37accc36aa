import type { DataField } from '../model/schema';
import type { ColumnFormat } from './convert';
import { feelKeywords } from './feelKeywords';
import { inferColumns, type ColumnProfile } from './infer';
import { isEmptyRow, type RawTable } from './table';

/** Which column feeds which field, plus the optional key and arrival-time columns and per-column formats. */
export interface ColumnMapping {
  /** Field name → column name; a field not listed has no column (its values are null). */
  fields: Record<string, string>;
  /** Identifies a record in reports; duplicates are checked on it. */
  keyColumn?: string;
  /** The record's own arrival time, for replay: a date-time, or a number of seconds. */
  arrivalColumn?: string;
  /** Column name → how it writes numbers and dates; inferred where absent. */
  formats?: Record<string, Partial<ColumnFormat>>;
}

// `not` is a built-in function, not a keyword, but a field of that name would hide it.
const reservedNames = new Set<string>([...feelKeywords, 'not']);

/** A FEEL-friendly field name for a column header: "Cost Center" → costCenter, "case:concept:name" → caseConceptName. */
export function fieldNameFor(column: string): string {
  const words = column.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return 'field';
  const [first, ...rest] = words;
  const head = first === first.toUpperCase() ? first.toLowerCase() : first[0].toLowerCase() + first.slice(1);
  let name = head + rest.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  if (/^\p{N}/u.test(name)) name = `field${name}`;
  return reservedNames.has(name) ? `${name}Field` : name;
}

const comparable = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Fields for the columns, with inferred types (enum values included) and unique FEEL-friendly names. */
export function suggestFields(profiles: readonly ColumnProfile[]): DataField[] {
  const taken = new Set<string>();
  return profiles.map((profile) => {
    let name = fieldNameFor(profile.column);
    for (let copy = 2; taken.has(name); copy++) name = `${fieldNameFor(profile.column)}${copy}`;
    taken.add(name);
    const field: DataField = { name, type: profile.type };
    if (profile.values) field.values = profile.values;
    if (name !== profile.column) field.label = profile.column;
    return field;
  });
}

/** A column every row fills with a different value: the first such text or number column is offered as the key. */
export function suggestKeyColumn(profiles: readonly ColumnProfile[], rowCount: number): string | undefined {
  return profiles.find(
    (p) =>
      rowCount > 0 && p.filled === rowCount && p.distinct === rowCount && (p.type === 'text' || p.type === 'number'),
  )?.column;
}

/**
 * Maps each field to the column of the same name (or label), ignoring case, spaces and punctuation, with the
 * inferred formats of the mapped columns and a suggested key column.
 */
export function suggestMapping(
  table: RawTable,
  fields: readonly DataField[],
  profiles: readonly ColumnProfile[] = inferColumns(table),
): ColumnMapping {
  const mapping: ColumnMapping = { fields: {}, formats: {} };
  const free = new Set(table.columns);
  const pick = (same: (column: string) => boolean) => {
    const column = [...free].find(same);
    if (column !== undefined) free.delete(column);
    return column;
  };
  for (const field of fields) {
    const names = [field.name, ...(field.label ? [field.label] : [])];
    const column =
      pick((c) => names.includes(c)) ?? pick((c) => names.some((name) => comparable(name) === comparable(c)));
    if (column !== undefined) mapping.fields[field.name] = column;
  }
  for (const profile of profiles) mapping.formats![profile.column] = profile.format;
  const key = suggestKeyColumn(profiles, table.rows.filter((row) => !isEmptyRow(row)).length);
  if (key !== undefined) mapping.keyColumn = key;
  return mapping;
}
