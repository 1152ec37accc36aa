import type { CsvDelimiter } from './csv';

export interface CsvExportOptions {
  delimiter?: CsvDelimiter;
  /** Start with a UTF-8 byte-order mark, which spreadsheet programs need to read UTF-8 text as such. */
  bom?: boolean;
}

/** Characters that make a spreadsheet read a cell as a formula when they lead it (OWASP, CSV injection). */
const formulaLeads = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A plain decimal number, signed or not, with a point or a comma and an exponent: spreadsheets read it as a number. */
const plainNumber = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * The cell text a spreadsheet shows as text, never runs as a formula: a cell that begins with `=`, `+`, `-`, `@`,
 * tab or carriage return gets a leading single quote (the OWASP rule), except a plain number such as `-5` or `+3.2`.
 */
export function spreadsheetSafeCell(text: string): string {
  if (text === '' || !formulaLeads.has(text.charAt(0)) || plainNumber.test(text)) return text;
  return `'${text}`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** Quotes a value when reading it back would otherwise split it or strip its quotes (RFC 4180). */
function quoted(text: string, delimiter: string): string {
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Records as CSV text with a header of the given columns, CRLF line ends, and quotes only where needed; parseCsv
 * reads it back to the same cells (null and undefined become empty cells), except that a cell a spreadsheet would
 * run as a formula is written spreadsheet-safe (see spreadsheetSafeCell).
 */
export function toCsv(
  records: readonly Readonly<Record<string, unknown>>[],
  columns: readonly string[],
  options: CsvExportOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const cell = (text: string) => quoted(spreadsheetSafeCell(text), delimiter);
  const lines = [columns.map(cell).join(delimiter)];
  for (const record of records) lines.push(columns.map((column) => cell(cellText(record[column]))).join(delimiter));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
