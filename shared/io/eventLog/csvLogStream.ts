import { detectDelimiter, type CsvDelimiter } from '../../data/csv';
import { readCsvRecords, type CsvIssue } from '../../data/csvRecords';
import { columnNames, positionalName, reportRaggedRows } from '../../data/header';
import { isEmptyRow, type ParseIssue, type RawRow } from '../../data/table';
import type { EventLog } from '../../log/eventLog';
import { FlowwrightError } from '../../model/errors';
import { CsvLogBuilder } from './csvLogBuilder';
import type { CsvLogMapping } from './csvLogMapping';

export interface CsvLogStreamOptions {
  /** The size of the file in bytes, passed on to progress. */
  total?: number;
  /** The delimiter; detected from the first piece when absent. */
  delimiter?: CsvDelimiter;
  /** Called after each chunk of bytes with the bytes read so far and the events made of them. */
  onProgress?: (progress: { bytes: number; total?: number; events: number }) => void;
  /** The least number of characters parsed at once (1 Mi by default); smaller pieces give finer progress. */
  pieceSize?: number;
}

/** Text is parsed in pieces of at least this many characters, cut at a line break outside quotes. */
const pieceChars = 1 << 20;

/** The decoder a file's first bytes ask for: a byte-order mark decides, UTF-8 otherwise. */
function decoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8', { fatal: true });
}

/**
 * Splits text arriving in chunks into pieces that end at a line break outside quoted values, so that each piece
 * holds whole records. A doubled quote inside a quoted value toggles twice, so counting quotes tells in from out.
 */
class RecordSplitter {
  private text = '';
  private scanned = 0;
  private quoted = false;
  private cut = 0;

  push(chunk: string, minimum = pieceChars): string | null {
    this.text += chunk;
    this.scan();
    if (this.cut === 0 || this.cut < minimum) return null;
    const piece = this.text.slice(0, this.cut);
    this.text = this.text.slice(this.cut);
    this.scanned -= this.cut;
    this.cut = 0;
    return piece;
  }

  /** What is left at the end of the file. */
  rest(): string {
    return this.text;
  }

  private scan(): void {
    const { text } = this;
    let at = this.scanned;
    for (;;) {
      const quote = text.indexOf('"', at);
      if (!this.quoted && quote === -1) {
        const lastBreak = text.lastIndexOf('\n');
        if (lastBreak >= at) this.cut = lastBreak + 1;
        break;
      }
      if (this.quoted) {
        if (quote === -1) break;
        this.quoted = false;
        at = quote + 1;
        continue;
      }
      const lastBreak = text.lastIndexOf('\n', quote);
      if (lastBreak >= at) this.cut = lastBreak + 1;
      this.quoted = true;
      at = quote + 1;
    }
    this.scanned = text.length;
  }
}

function countBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Reads a CSV event log from a stream of bytes (a file's `stream()` in a worker) under a column mapping: the text is
 * parsed piece by piece with the case-data CSV reader and turned into events as it comes, so the file is never held
 * whole, as text or as a table. Lines in warnings are those of the file.
 */
export async function importCsvLogStream(
  input: ReadableStream<Uint8Array>,
  mapping: CsvLogMapping,
  options: CsvLogStreamOptions = {},
): Promise<EventLog> {
  const source = input.getReader();
  const splitter = new RecordSplitter();
  let decoder: TextDecoder | null = null;
  let delimiter = options.delimiter;
  let builder: CsvLogBuilder | null = null;
  let columns: string[] = [];
  let linesBefore = 0;
  let bytes = 0;

  const parsePiece = (piece: string) => {
    delimiter ??= detectDelimiter(piece);
    const readIssues: CsvIssue[] = [];
    let rows: RawRow[] = readCsvRecords(piece, delimiter, readIssues).map((row) => ({
      row: row.row + linesBefore,
      cells: row.cells,
    }));
    const issues: ParseIssue[] = [];
    if (!builder) {
      const headerAt = rows.findIndex((row) => !isEmptyRow(row));
      if (headerAt === -1) return void (linesBefore += countBreaks(piece));
      const named = columnNames(rows[headerAt].cells, rows[headerAt].row);
      columns = named.columns;
      issues.push(...named.issues);
      builder = new CsvLogBuilder([...columns], mapping);
      rows = rows.slice(headerAt + 1);
    }
    reportRaggedRows([...columns], rows, columns.length, issues);
    for (const issue of readIssues)
      issues.push({
        code: issue.code,
        row: issue.row + linesBefore,
        column: columns[issue.columnIndex] ?? positionalName(issue.columnIndex),
        message: issue.message,
      });
    builder.addIssues(issues.sort((a, b) => a.row - b.row));
    builder.addRows(rows);
    linesBefore += countBreaks(piece);
  };

  const decode = (chunk: Uint8Array, stream: boolean): string => {
    decoder ??= decoderFor(chunk);
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      // not UTF-8: what spreadsheet exports on Western systems write, as the case-data reader assumes
      decoder = new TextDecoder('windows-1252');
      return decoder.decode(chunk, { stream });
    }
  };

  for (;;) {
    const { done, value } = await source.read();
    if (done) break;
    bytes += value.length;
    const piece = splitter.push(decode(value, true), options.pieceSize);
    if (piece !== null) parsePiece(piece);
    options.onProgress?.({ bytes, total: options.total, events: (builder as CsvLogBuilder | null)?.events ?? 0 });
  }
  const last = splitter.rest() + (decoder ? (decoder as TextDecoder).decode() : '');
  if (last.trim() !== '') parsePiece(last);
  if (!builder) throw new FlowwrightError('FW_DATA_EMPTY', 'the file is empty: it has no header row');
  const done = builder as CsvLogBuilder;
  options.onProgress?.({ bytes, total: options.total, events: done.events });
  return done.finish();
}
