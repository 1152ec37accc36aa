import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecords, recordsFileFormat } from './recordsFile';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/data/${name}`, import.meta.url)));

describe('records files', () => {
  it('picks the reader from the extension, in any case, and none for other names', () => {
    const names = ['a.JSON', 'b.xlsx', 'c.csv', 'd.TSV', 'e.txt', 'f', 'g.xls', 'h.json.bak'];
    expect(names.map(recordsFileFormat)).toEqual([
      'json',
      'xlsx',
      'csv',
      'csv',
      'csv',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('parses with the reader of the format', () => {
    expect(parseRecords('json', new TextEncoder().encode('[{"id":1}]')).source.format).toBe('json');
    expect(parseRecords('csv', new TextEncoder().encode('id\n1\n')).source.format).toBe('csv');
    expect(parseRecords('xlsx', fixture('requests.xlsx')).source).toMatchObject({ format: 'xlsx', sheet: 'Requests' });
  });

  it('reads the named sheet and reports progress through delimited text', () => {
    expect(parseRecords('xlsx', fixture('requests.xlsx'), { sheet: 'Cost centres' }).source.sheet).toBe('Cost centres');
    const seen: number[] = [];
    parseRecords('csv', fixture('purchase-requests.messy.csv'), { onProgress: (fraction) => seen.push(fraction) });
    expect(seen.at(-1)).toBe(1);
  });
});
