import { read, SSF, utils, type CellObject, type WorkBook } from '@e965/xlsx';
import { FlowwrightError } from '../model/errors';
import { columnNames } from './header';
import type { RawRow, RawTable, RawValue } from './table';
import { readZipDirectory } from './zipEntries';

export interface XlsxOptions {
  /** The sheet to read, by name; the first sheet when absent. */
  sheet?: string;
}

/**
 * What a workbook may unpack to. The reader holds the unpacked sheets and several times their size as cells, so a
 * small file that declares gigabytes (a ZIP bomb) is refused before anything is unpacked. 100 MB is about a million
 * cells; larger data reads as CSV, which has no such step.
 */
export const xlsxLimits = { maxUncompressedBytes: 100_000_000, maxEntries: 10_000 };

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

function bytesOf(input: Uint8Array | ArrayBuffer): Uint8Array {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!zipSignature.every((byte, index) => bytes[index] === byte))
    throw new FlowwrightError(
      'FW_DATA_UNREADABLE',
      'the file is not an XLSX workbook (an .xlsx file is a ZIP archive; this one is not)',
    );
  const directory = readZipDirectory(bytes);
  if (directory && directory.uncompressedBytes > xlsxLimits.maxUncompressedBytes)
    throw new FlowwrightError(
      'FW_DATA_TOO_LARGE',
      `the workbook unpacks to ${directory.uncompressedBytes === Infinity ? 'an unknown size' : megabytes(directory.uncompressedBytes)}; at most ${megabytes(xlsxLimits.maxUncompressedBytes)} are read (save the sheet as CSV to read more)`,
    );
  if (directory && directory.entries > xlsxLimits.maxEntries)
    throw new FlowwrightError(
      'FW_DATA_TOO_LARGE',
      `the workbook holds ${directory.entries.toLocaleString('en')} files; at most ${xlsxLimits.maxEntries.toLocaleString('en')} are read`,
    );
  return bytes;
}

function readWorkbook(bytes: Uint8Array, sheet?: string): WorkBook {
  try {
    return read(
      bytes,
      sheet === undefined
        ? { type: 'array', bookSheets: true }
        : { type: 'array', dense: true, cellNF: true, sheets: sheet },
    );
  } catch (error) {
    throw new FlowwrightError('FW_DATA_UNREADABLE', `the workbook cannot be read: ${(error as Error).message}`);
  }
}

/** The names of a workbook's sheets, in order, without reading their cells. */
export function xlsxSheetNames(input: Uint8Array | ArrayBuffer): string[] {
  return readWorkbook(bytesOf(input)).SheetNames;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A date-formatted serial number as ISO text, to the second (serials count days from 1899-12-30, or 1904-01-01). */
function serialToIso(serial: number, date1904: boolean): string {
  const seconds = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400);
  const when = new Date(seconds * 1000);
  const time = `${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}:${pad(when.getUTCSeconds())}`;
  if (serial >= 0 && serial < 1) return time;
  const date = `${String(when.getUTCFullYear()).padStart(4, '0')}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())}`;
  return seconds % 86400 === 0 ? date : `${date}T${time}`;
}

function cellValue(cell: CellObject | undefined, date1904: boolean): RawValue {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  if (cell.t === 'n' && typeof cell.v === 'number' && cell.z !== undefined && SSF.is_date(cell.z))
    return serialToIso(cell.v, date1904);
  // Error cells (#N/A, #DIV/0!) keep their displayed text, so the quality report shows them.
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  if (typeof cell.v === 'string' || typeof cell.v === 'number' || typeof cell.v === 'boolean') return cell.v;
  return cell.w ?? String(cell.v);
}

/**
 * Parses one sheet of an XLSX workbook (the first, or the named one): the first row of the used range names the
 * columns; numbers, booleans and text keep their type, date cells become ISO text. Rows keep their sheet row number.
 */
export function parseXlsx(input: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): RawTable {
  const bytes = bytesOf(input);
  const sheetNames = readWorkbook(bytes).SheetNames;
  const sheetName = options.sheet ?? sheetNames[0];
  if (sheetName === undefined || !sheetNames.includes(sheetName))
    throw new FlowwrightError(
      'FW_DATA_NO_SHEET',
      `the workbook has no sheet "${sheetName ?? ''}"; its sheets are ${sheetNames.map((name) => `"${name}"`).join(', ') || 'none'}`,
    );
  const workbook = readWorkbook(bytes, sheetName);
  const sheet = workbook.Sheets[sheetName];
  const ref = sheet?.['!ref'];
  if (!sheet || !ref) throw new FlowwrightError('FW_DATA_EMPTY', `the sheet "${sheetName}" is empty`);
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const range = utils.decode_range(ref);
  const dense = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
  const readLine = (r: number): RawValue[] => {
    const cells: RawValue[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) cells.push(cellValue(dense[r]?.[c], date1904));
    // Workbooks do not store empty trailing cells: a short row is normal there, not ragged.
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  };
  const header = readLine(range.s.r);
  const rows: RawRow[] = [];
  for (let r = range.s.r + 1; r <= range.e.r; r++) rows.push({ row: r + 1, cells: readLine(r) });
  // Values beyond the header's last name get columns too (named by position, and reported), so none is lost.
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), header.length);
  while (header.length < width) header.push(null);
  const { columns, issues } = columnNames(header, range.s.r + 1);
  return { columns, rows, issues, source: { format: 'xlsx', sheet: sheetName, sheetNames } };
}
