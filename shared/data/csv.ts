import { FlowwrightError } from '../model/errors';
import { readCsvRecords, type CsvIssue } from './csvRecords';
import { assertText, decodeText, stripBom } from './decode';
import { columnNames, positionalName, reportRaggedRows } from './header';
import { isEmptyRow, type ParseIssue, type RawTable } from './table';

export const csvDelimiters = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export interface CsvOptions {
  /** The delimiter; detected from the first records when absent. */
  delimiter?: CsvDelimiter;
  /** Whether the first non-empty record names the columns (default true); without, columns are "column 1", ... */
  header?: boolean;
  /** Called now and then with the share of the text read, for a progress bar. */
  onProgress?: (fraction: number) => void;
}

const sampleSize = 65536;
const sampleRecords = 50;

/**
 * The delimiter that splits the first records into the same number of values most consistently, preferring more
 * columns, then the order comma, semicolon, tab, pipe. A file of one column reads as comma-separated.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let sample = text.length > sampleSize ? text.slice(0, sampleSize) : text;
  const lastBreak = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  if (sample.length < text.length && lastBreak > 0) sample = sample.slice(0, lastBreak);
  let best: { delimiter: CsvDelimiter; consistency: number; width: number } = {
    delimiter: ',',
    consistency: 0,
    width: 1,
  };
  for (const delimiter of csvDelimiters) {
    const records = readCsvRecords(sample, delimiter, [], { limit: sampleRecords }).filter((row) => !isEmptyRow(row));
    const width = records[0]?.cells.length ?? 0;
    if (width < 2) continue;
    const consistency = records.filter((row) => row.cells.length === width).length / records.length;
    if (consistency > best.consistency || (consistency === best.consistency && width > best.width))
      best = { delimiter, consistency, width };
  }
  return best.delimiter;
}

function toParseIssue(issue: CsvIssue, columns: readonly string[]): ParseIssue {
  return {
    code: issue.code,
    row: issue.row,
    column: columns[issue.columnIndex] ?? positionalName(issue.columnIndex),
    message: issue.message,
  };
}

/** Parses CSV bytes (encoding detected) or text into a table; bad rows are reported, never dropped. */
export function parseCsv(input: Uint8Array | ArrayBuffer | string, options: CsvOptions = {}): RawTable {
  let text: string;
  let encoding: string | undefined;
  if (typeof input === 'string') {
    text = stripBom(input);
    assertText(text);
  } else {
    ({ text, encoding } = decodeText(input instanceof Uint8Array ? input : new Uint8Array(input)));
  }
  if (text.trim() === '') throw new FlowwrightError('FW_DATA_EMPTY', 'the file is empty');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const readIssues: CsvIssue[] = [];
  const records = readCsvRecords(text, delimiter, readIssues, { onProgress: options.onProgress });
  options.onProgress?.(1);

  let columns: string[];
  let headerIssues: ParseIssue[] = [];
  let rows = records;
  if (options.header === false) {
    columns = [];
  } else {
    const headerAt = records.findIndex((row) => !isEmptyRow(row));
    if (headerAt === -1) throw new FlowwrightError('FW_DATA_EMPTY', 'the file holds only empty values: no header row');
    const header = records[headerAt];
    ({ columns, issues: headerIssues } = columnNames(header.cells, header.row));
    rows = records.slice(headerAt + 1);
  }
  const headerWidth =
    options.header === false ? rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0) : columns.length;
  if (options.header === false) for (let i = 0; i < headerWidth; i++) columns.push(positionalName(i));

  const issues = [...headerIssues];
  reportRaggedRows(columns, rows, headerWidth, issues);
  issues.push(...readIssues.map((issue) => toParseIssue(issue, columns)));
  issues.sort((a, b) => a.row - b.row);
  return { columns, rows, issues, source: { format: 'csv', delimiter, ...(encoding ? { encoding } : {}) } };
}
