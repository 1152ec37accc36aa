import type { CsvDelimiter } from './csv';

export interface CsvExportOptions {
  delimiter?: CsvDelimiter;
  /** Start with a UTF-8 byte-order mark, which spreadsheet programs need to read UTF-8 text as such. */
  bom?: boolean;
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
 * reads it back to the same cells (null and undefined become empty cells).
 */
export function toCsv(
  records: readonly Readonly<Record<string, unknown>>[],
  columns: readonly string[],
  options: CsvExportOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const lines = [columns.map((column) => quoted(column, delimiter)).join(delimiter)];
  for (const record of records)
    lines.push(columns.map((column) => quoted(cellText(record[column]), delimiter)).join(delimiter));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
