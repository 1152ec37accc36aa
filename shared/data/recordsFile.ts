import { parseCsv } from './csv';
import { parseJsonRecords } from './json';
import type { RawTable, SourceFormat } from './table';
import { parseXlsx } from './xlsx';

/** How a records file is read: the sheet of a workbook, and progress through delimited text. */
export interface RecordsFileOptions {
  /** The workbook sheet to read, by name; the first sheet when absent. */
  sheet?: string;
  /** Called with the fraction of delimited text read so far. */
  onProgress?: (fraction: number) => void;
}

/** The reader a file name asks for by its extension (.json, .xlsx, .csv/.tsv/.txt), or undefined for any other. */
export function recordsFileFormat(name: string): SourceFormat | undefined {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.xlsx$/i.test(name)) return 'xlsx';
  if (/\.(csv|tsv|txt)$/i.test(name)) return 'csv';
  return undefined;
}

/** Parses case-data bytes with the reader of the given format. */
export function parseRecords(format: SourceFormat, bytes: Uint8Array, options: RecordsFileOptions = {}): RawTable {
  if (format === 'json') return parseJsonRecords(bytes);
  if (format === 'xlsx') return parseXlsx(bytes, { sheet: options.sheet });
  return parseCsv(bytes, { onProgress: options.onProgress });
}
