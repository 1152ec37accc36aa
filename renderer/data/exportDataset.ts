import { mapColumns, toCsv } from '../../shared/data';
import type { DataField } from '../../shared/model';
import type { DatasetRecord } from '../workspace/db';

/** The dataset's records as CSV: the mapped fields (typed values) then the extra columns as read, in file order. */
export function datasetCsv(dataset: DatasetRecord, fields: readonly DataField[]): string {
  const { records, extraColumns } = mapColumns(dataset.table, fields, dataset.mapping);
  const mapped = fields.filter((field) => dataset.mapping.fields[field.name] !== undefined).map((f) => f.name);
  const clash = new Set(mapped);
  // An extra column named like a field would overwrite it in the row object; such columns are left to the field.
  const extras = extraColumns.filter((column) => !clash.has(column));
  const rows = records.map((record) => ({ ...record.extra, ...record.values }));
  return toCsv(rows, [...mapped, ...extras], { bom: true });
}

/** A file name for the export: the source's name with a .csv ending. */
export function exportName(dataset: DatasetRecord): string {
  return `${dataset.name.replace(/\.[^.]+$/, '')}.records.csv`;
}
