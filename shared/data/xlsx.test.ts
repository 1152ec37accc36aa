import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredBombXlsx, xlsxBomb, zipArchive } from '../../scripts/gen-hostile';
import { parseXlsx, xlsxLimits, xlsxSheetNames } from './xlsx';
import { codeOf } from './testSupport';
import { readZipDirectory } from './zipEntries';

const workbook = () => new Uint8Array(readFileSync(new URL('../../test/fixtures/data/requests.xlsx', import.meta.url)));

describe('parseXlsx', () => {
  it('lists the sheets', () => {
    expect(xlsxSheetNames(workbook())).toEqual(['Requests', 'Cost centres']);
  });

  it('reads the first sheet with typed cells, dates as ISO text and sheet row numbers', () => {
    const table = parseXlsx(workbook());
    expect(table.source).toEqual({ format: 'xlsx', sheet: 'Requests', sheetNames: ['Requests', 'Cost centres'] });
    expect(table.columns).toEqual(['Request ID', 'Amount', 'Submitted', 'Urgent', 'Tier', 'Notes']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['PR-001', 1250.5, '2025-03-03', false, 'gold'] },
      { row: 3, cells: ['PR-002', 12400, '2025-03-04T14:30:00', true, 'silver', 'Laptop, dock'] },
      { row: 4, cells: ['PR-003', '310', '2025-03-05', null, 'gold', 'amount typed as text'] },
      { row: 5, cells: [] },
      { row: 6, cells: ['PR-005', 'n/a', 'soon', false, 'bronze'] },
    ]);
    expect(table.issues).toEqual([]);
  });

  it('reads dates of the 1904 date system, date-times to the second and time-only cells', () => {
    const mac = new Uint8Array(readFileSync(new URL('../../test/fixtures/data/dates-1904.xlsx', import.meta.url)));
    expect(parseXlsx(mac).rows).toEqual([{ row: 2, cells: ['2025-03-04', '2025-03-04T08:15:30', '08:15:00'] }]);
  });

  it('reads a chosen sheet', () => {
    const table = parseXlsx(workbook(), { sheet: 'Cost centres' });
    expect(table.columns).toEqual(['Code', 'Owner']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['CC-100', 'Finance'],
      ['CC-200', 'IT'],
    ]);
  });

  it('refuses an unknown sheet, a file that is not a workbook and a broken archive', () => {
    expect(codeOf(() => parseXlsx(workbook(), { sheet: 'Nope' }))).toBe('FW_DATA_NO_SHEET');
    expect(codeOf(() => parseXlsx(new TextEncoder().encode('a,b\n1,2\n')))).toBe('FW_DATA_UNREADABLE');
    expect(codeOf(() => parseXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9])))).toBe('FW_DATA_UNREADABLE');
  });

  it('refuses a workbook that declares more than it may unpack, before unpacking it', () => {
    expect(codeOf(() => parseXlsx(declaredBombXlsx()))).toBe('FW_DATA_TOO_LARGE');
    expect(codeOf(() => xlsxSheetNames(declaredBombXlsx()))).toBe('FW_DATA_TOO_LARGE');
    expect(() => parseXlsx(xlsxBomb(120))).toThrow('the workbook unpacks to 120 MB; at most 100 MB are read');
  });

  it('refuses a workbook of more files than it may hold', () => {
    const parts = Array.from({ length: xlsxLimits.maxEntries + 1 }, (_, i) => ({
      name: `f${i}`,
      data: new Uint8Array(),
    }));
    expect(() => parseXlsx(zipArchive(parts))).toThrow(/holds 10,001 files; at most 10,000/);
  });
});

describe('readZipDirectory', () => {
  it('sums what the directory declares, and gives null without a directory', () => {
    const directory = readZipDirectory(workbook());
    expect(directory?.entries).toBeGreaterThan(5);
    expect(directory?.uncompressedBytes).toBeGreaterThan(workbook().length);
    const two = zipArchive([
      { name: 'a', data: new Uint8Array(10) },
      { name: 'b', data: new Uint8Array(5), declaredSize: 1_000 },
    ]);
    expect(readZipDirectory(two)).toEqual({ entries: 2, uncompressedBytes: 1_010 });
    expect(readZipDirectory(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]))).toBeNull();
  });
});
