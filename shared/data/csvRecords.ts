import type { ParseIssueCode, RawRow } from './table';

const QUOTE = 34;
const LF = 10;
const CR = 13;

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

function lineBreaksIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/**
 * Reads CSV records (RFC 4180: quoted fields hold delimiters, line breaks and doubled quotes; CRLF, LF or CR ends a
 * record). Each record keeps the line it starts on. Malformed quoting is reported and read as literally as possible.
 */
export function readCsvRecords(
  text: string,
  delimiter: string,
  issues: CsvIssue[],
  options: ReadOptions = {},
): RawRow[] {
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  const limit = options.limit ?? Infinity;
  const rows: RawRow[] = [];
  let i = 0;
  let line = 1;
  while (i < n && rows.length < limit) {
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE && text.indexOf('"', i + 1) !== -1) {
        const fieldStart = i;
        value = '';
        let chunk = i + 1;
        for (;;) {
          const q = text.indexOf('"', chunk);
          if (q === -1) {
            // Only reachable after doubled quotes: the last one opened nothing that closes.
            value += text.slice(chunk);
            i = n;
            issues.push({
              code: 'unterminated-quote',
              row: startLine,
              columnIndex: cells.length,
              message: `a quoted value on row ${startLine} is never closed; it runs to the end of the file`,
            });
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(chunk, q + 1);
            chunk = q + 2;
            continue;
          }
          value += text.slice(chunk, q);
          i = q + 1;
          break;
        }
        line += lineBreaksIn(text, fieldStart, i);
        const after = i < n ? text.charCodeAt(i) : sep;
        if (after !== sep && after !== LF && after !== CR) {
          let end = i;
          while (end < n && text.charCodeAt(end) !== sep && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR)
            end++;
          value += text.slice(i, end);
          issues.push({
            code: 'malformed-quote',
            row: startLine,
            columnIndex: cells.length,
            message: `on row ${startLine} text follows a closing quote; the value is read as "${value}"`,
          });
          i = end;
        }
      } else {
        if (text.charCodeAt(i) === QUOTE)
          issues.push({
            code: 'unterminated-quote',
            row: startLine,
            columnIndex: cells.length,
            message: `a quote on row ${startLine} is never closed; it is read as a plain character`,
          });
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === sep || c === LF || c === CR) break;
          end++;
        }
        value = text.slice(i, end);
        i = end;
      }
      cells.push(value);
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c === sep) {
        i++;
        if (i === n) {
          cells.push('');
          break;
        }
        continue;
      }
      if (c === CR) {
        i++;
        if (text.charCodeAt(i) === LF) i++;
        line++;
      } else if (c === LF) {
        i++;
        line++;
      }
      break;
    }
    rows.push({ row: startLine, cells });
    if (options.onProgress && rows.length % 8192 === 0) options.onProgress(i / n);
  }
  return rows;
}
