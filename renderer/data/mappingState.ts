import {
  suggestFields,
  suggestMapping,
  type ColumnMapping,
  type ColumnProfile,
  type RawTable,
} from '../../shared/data';
import type { DataField } from '../../shared/model';

/**
 * The mapping step's state as plain functions over a ColumnMapping, so that the rules (a column feeds one field at
 * most, roles only name real columns) are tested without the view.
 */

/**
 * The saved mapping when it names columns and every one is still in the table, else one suggested from names (an
 * empty mapping, say from a workbook's cover sheet, holds no choice worth keeping).
 */
export function startingMapping(
  table: RawTable,
  fields: readonly DataField[],
  profiles: readonly ColumnProfile[],
  saved?: ColumnMapping,
): ColumnMapping {
  if (saved) {
    const named = [...Object.values(saved.fields), saved.keyColumn, saved.arrivalColumn].filter(
      (column): column is string => column !== undefined,
    );
    if (named.length > 0 && named.every((column) => table.columns.includes(column))) return saved;
  }
  return suggestMapping(table, fields, profiles);
}

/** Maps `field` to `column` (null: no column); a column taken by another field is taken from it. */
export function setFieldColumn(mapping: ColumnMapping, field: string, column: string | null): ColumnMapping {
  const fields: Record<string, string> = {};
  for (const [name, mapped] of Object.entries(mapping.fields))
    if (name !== field && mapped !== column) fields[name] = mapped;
  if (column !== null) fields[field] = column;
  return { ...mapping, fields };
}

export function setRoleColumn(
  mapping: ColumnMapping,
  role: 'keyColumn' | 'arrivalColumn',
  column: string | null,
): ColumnMapping {
  const next = { ...mapping };
  if (column === null) delete next[role];
  else next[role] = column;
  return next;
}

/** Columns that feed no field: kept with each record as extra values unless added as fields. */
export function extraColumns(table: RawTable, mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping.fields));
  return table.columns.filter((column) => !used.has(column));
}

/** A new field for an unmapped column (its inferred type and values, a name no field has yet) mapped to it. */
export function fieldForColumn(
  profile: ColumnProfile,
  fields: readonly DataField[],
  mapping: ColumnMapping,
): { field: DataField; mapping: ColumnMapping } {
  const [suggested] = suggestFields([profile]);
  const taken = new Set(fields.map((f) => f.name));
  let name = suggested.name;
  for (let copy = 2; taken.has(name); copy++) name = `${suggested.name}${copy}`;
  const field = { ...suggested, name };
  return { field, mapping: setFieldColumn(mapping, name, profile.column) };
}

/** The mapping without fields the map no longer has (after a field is removed or renamed). */
export function forFields(mapping: ColumnMapping, fields: readonly DataField[]): ColumnMapping {
  const names = new Set(fields.map((f) => f.name));
  const kept = Object.entries(mapping.fields).filter(([name]) => names.has(name));
  return kept.length === Object.keys(mapping.fields).length
    ? mapping
    : { ...mapping, fields: Object.fromEntries(kept) };
}
