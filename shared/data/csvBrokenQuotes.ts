import Papa from 'papaparse';
import type { CsvIssue } from './csvRecords';
import type { RawRow } from './table';

const lineBreak = /\r\n|\r|\n/;

function parseLine(line: string, delimiter: string): Papa.ParseResult<string[]> {
  // The line holds no line break, so it is one record whatever papaparse takes for the line end.
  return Papa.parse<string[]>(line, { delimiter, newline: '\n' });
}

/**
 * Reads one line of a record whose quoting broke. A value whose quotes fail (text after its closing quote, or no
 * closing quote in the line) is read as written, quotes included, up to the next delimiter; the rest of the line
 * is read normally.
 */
function readLineLeniently(line: string, row: number, delimiter: string, issues: CsvIssue[]): string[] {
  const cells: string[] = [];
  let rest = line;
  for (;;) {
    if (!rest.includes('"')) return cells.concat(rest.split(delimiter));
    const parsed = parseLine(rest, delimiter);
    if (parsed.errors.length === 0) return cells.concat(parsed.data[0]);
    // A quote error's index is that of the value after its opening quote; the first one counts.
    const valueAt = parsed.errors.reduce((first, error) => Math.min(first, error.index ?? first), rest.length);
    const quoteAt = valueAt - 1;
    if (quoteAt > 0) cells.push(...parseLine(rest.slice(0, quoteAt), delimiter).data[0].slice(0, -1));
    const valueEnd = rest.indexOf(delimiter, quoteAt);
    const value = valueEnd === -1 ? rest.slice(quoteAt) : rest.slice(quoteAt, valueEnd);
    const malformed = parsed.errors.some((error) => error.code === 'InvalidQuotes' && error.index === valueAt);
    issues.push({
      code: malformed ? 'malformed-quote' : 'unterminated-quote',
      row,
      columnIndex: cells.length,
      message: malformed
        ? `on row ${row} text follows a closing quote; the value is read as written: ${value}`
        : `a quote on row ${row} is never closed; it is read as a plain character`,
    });
    cells.push(value);
    if (valueEnd === -1) return cells;
    rest = rest.slice(valueEnd + delimiter.length);
  }
}

/**
 * Reads again, line by line, a record whose quoting broke: papaparse runs such a value on to the next quote that
 * can close it, possibly many lines further or to the end of the file. Each line becomes a record of its own.
 */
export function readBrokenRecord(span: string, firstRow: number, delimiter: string, issues: CsvIssue[]): RawRow[] {
  const lines = span.split(lineBreak);
  if (lineBreak.test(span.charAt(span.length - 1))) lines.pop(); // the break that ends the record starts no line
  return lines.map((line, index) => ({
    row: firstRow + index,
    cells: readLineLeniently(line, firstRow + index, delimiter, issues),
  }));
}
