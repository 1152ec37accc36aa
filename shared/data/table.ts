/** A cell as read from the source: text from CSV, typed values from JSON and workbooks; null or '' when empty. */
export type RawValue = string | number | boolean | null;

/** One record of the source, before any typing. */
export interface RawRow {
  /**
   * 1-based position in the source: the line a CSV record starts on (the header is line 1), the sheet row of a
   * workbook, the item of a JSON array.
   */
  row: number;
  /** Values by column position; a short (ragged) row has fewer, which read as empty. */
  cells: RawValue[];
}

export type ParseIssueCode =
  | 'ragged-row'
  | 'unterminated-quote'
  | 'malformed-quote'
  | 'empty-column-name'
  | 'duplicate-column'
  | 'nested-value'
  | 'not-a-record';

/** Something the parser met and worked around; the data it concerns is kept, never dropped silently. */
export interface ParseIssue {
  code: ParseIssueCode;
  row: number;
  column?: string;
  message: string;
}

export type SourceFormat = 'csv' | 'json' | 'xlsx';

/** How the source was read, for the preview and the report. */
export interface TableSource {
  format: SourceFormat;
  /** Text encoding of CSV bytes (utf-8, utf-16le, utf-16be, windows-1252); absent when text was given. */
  encoding?: string;
  /** CSV delimiter in use. */
  delimiter?: string;
  /** Workbook sheet read, and every sheet of the workbook. */
  sheet?: string;
  sheetNames?: string[];
}

/** The common result of every parser: columns, rows with their source row numbers, and what went wrong. */
export interface RawTable {
  columns: string[];
  rows: RawRow[];
  issues: ParseIssue[];
  source: TableSource;
}

/** The value at a column position, '' for a cell a short row does not have. */
export function cellAt(row: RawRow, index: number): RawValue {
  const value = row.cells[index];
  return value === undefined ? '' : value;
}

/** Whether a cell holds nothing (null, or only blanks). */
export function isBlank(value: RawValue): boolean {
  if (typeof value !== 'string') return value === null;
  if (value.length === 0) return true;
  // Fast path: a first character between space and the Latin-1 no-break space cannot be white space.
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 0xa0) && value.trim() === '';
}

/** Whether every cell of a row is blank. */
export function isEmptyRow(row: RawRow): boolean {
  for (const value of row.cells) if (!isBlank(value)) return false;
  return true;
}
