import Papa from 'papaparse';
import { readBrokenRecord } from './csvBrokenQuotes';
import { stripBom } from './decode';
import type { ParseIssueCode, RawRow } from './table';

/** A problem met while reading, by column position (names come from the header, read by the same pass). */
export interface CsvIssue {
  code: ParseIssueCode;
  row: number;
  columnIndex: number;
  message: string;
}

export interface ReadOptions {
  /** Stop after this many records (delimiter detection reads a sample). */
  limit?: number;
  /** Called every few thousand records with the share of the text read. */
  onProgress?: (fraction: number) => void;
}

type RecordEnd = '\n' | '\r\n' | '\r';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const progressEvery = 8192;
const lineEndSample = 65536;
// What papaparse takes for blanks between a closing quote and the line end (the set String.prototype.trim removes).
const blank = /\s/;

/**
 * The line end that ends records: the one papaparse finds outside quotes at the start of the file, but LF when the
 * file also has LF alone (CRLF and LF records mixed, or LF inside the quoted values of CRLF records), since LF also
 * ends a CRLF record (whose CR is then removed).
 */
function recordEndOf(text: string, delimiter: string): RecordEnd {
  const sample = text.length > lineEndSample ? text.slice(0, lineEndSample) : text;
  if (Papa.parse(sample, { delimiter, preview: 1 }).meta.linebreak === '\r') return '\r';
  for (let lf = text.indexOf('\n'); lf !== -1; lf = text.indexOf('\n', lf + 1))
    if (text.charCodeAt(lf - 1) !== CR) return '\n';
  return '\r\n';
}

/** The line number of each offset (a line ends at LF, CRLF or a lone CR), for offsets asked in increasing order. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  return (offset) => {
    for (;;) {
      if (nextCr !== -1 && nextCr < offset && (nextLf === -1 || nextCr < nextLf)) {
        line++;
        if (nextLf === nextCr + 1) nextLf = text.indexOf('\n', nextLf + 1);
        nextCr = text.indexOf('\r', nextCr + 1);
      } else if (nextLf !== -1 && nextLf < offset) {
        line++;
        nextLf = text.indexOf('\n', nextLf + 1);
      } else {
        return line;
      }
    }
  };
}

/**
 * With LF as the record end, an unquoted last value of a CRLF record keeps the CR: it is removed here. A quoted last
 * value has none (papaparse skips blanks after a closing quote) unless the CR is data just inside the quote; when
 * the value may be quoted, the record is read again with CRLF as its end to tell.
 */
function withoutCarriageReturn(text: string, start: number, end: number, cells: string[], delimiter: string) {
  if (text.charCodeAt(end - 1) !== LF || text.charCodeAt(end - 2) !== CR) return cells;
  const last = cells[cells.length - 1];
  if (last.charCodeAt(last.length - 1) !== CR) return cells;
  let beforeBlanks = end - 3;
  while (beforeBlanks > start && blank.test(text.charAt(beforeBlanks))) beforeBlanks--;
  if (text.charCodeAt(beforeBlanks) === QUOTE)
    return Papa.parse<string[]>(text.slice(start, end), { delimiter, newline: '\r\n' }).data[0];
  cells[cells.length - 1] = last.slice(0, -1);
  return cells;
}

/**
 * Reads CSV records with papaparse (RFC 4180: quoted values hold delimiters, line breaks and doubled quotes).
 * Records end at CRLF or LF, mixed as they come, or at CR when that is the file's line end. Each record keeps the
 * line it starts on. A record whose quoting breaks is read again line by line and its problems reported, so that
 * a stray quote cannot swallow the lines after it.
 */
export function readCsvRecords(
  input: string,
  delimiter: string,
  issues: CsvIssue[],
  options: ReadOptions = {},
): RawRow[] {
  // Without a byte-order mark, papaparse's cursor counts from the same place as this text.
  const text = stripBom(input);
  const limit = options.limit ?? Infinity;
  const recordEnd = recordEndOf(text, delimiter);
  const lineAt = lineCounter(text);
  const rows: RawRow[] = [];
  let recordStart = 0;
  let nextProgress = progressEvery;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: recordEnd,
    step: (result, parser) => {
      const start = recordStart;
      const end = result.meta.cursor;
      recordStart = end;
      if (start === text.length) return; // the line break that ends the file starts no record
      const row = lineAt(start);
      if (result.errors.length > 0) {
        // With CR as the record end, a record may start with the LF of a CRLF: that line break is behind it.
        const from = text.charCodeAt(start) === LF && text.charCodeAt(start - 1) === CR ? start + 1 : start;
        for (const line of readBrokenRecord(text.slice(from, end), row, delimiter, issues))
          if (rows.length < limit) rows.push(line);
      } else {
        const cells =
          recordEnd === '\n' ? withoutCarriageReturn(text, start, end, result.data, delimiter) : result.data;
        rows.push({ row, cells });
      }
      if (rows.length >= limit) parser.abort();
      else if (options.onProgress && rows.length >= nextProgress) {
        options.onProgress(end / text.length);
        nextProgress += progressEvery;
      }
    },
  });
  return rows;
}
